import { z } from 'zod';
import { DEMO_ADMIN_OPENID, DEMO_COMMUNITY, DEMO_REGISTER, DEMO_UNITS, DEMO_USERS } from '../../domain/demo-data';
import { DEMO_FAQS, DEMO_SERVICES } from '../../domain/demo-guide';
import { forbidden } from '../../domain/errors';
import { DEFAULT_RULES } from '../../domain/routing';
import { toIso } from '../../domain/time';
import { defineAction } from '../../server/action';

export interface SeedAnswer {
  seeded: boolean;
  communities: number;
  units: number;
  users: number;
}

/**
 * Fills an empty database with the demo community. Only the demo administrator may call it — an
 * OPENID no real WeChat user has, so a deployed environment can never be seeded from a phone.
 * An existing database is left as it is (`seeded: false`).
 */
export const seedDemo = defineAction({
  schema: z.object({}).strict(),
  roles: 'anyone',
  async run(_input, { caller, now, repos }): Promise<SeedAnswer> {
    if (caller.openid !== DEMO_ADMIN_OPENID) throw forbidden('只有演示管理员可以写入演示数据');
    const counts = { communities: 1, units: DEMO_UNITS.length, users: DEMO_USERS.length };
    if (!(await repos.seed.isEmpty())) return { seeded: false, ...counts };
    await repos.seed.write({
      communities: [DEMO_COMMUNITY],
      units: DEMO_UNITS,
      users: DEMO_USERS,
      register: DEMO_REGISTER,
      // today's table as the company's first rule list, for admins to edit
      routingRules: DEFAULT_RULES,
    });
    // the service guide and frequent questions owners read before they call or file
    await repos.guides.save(0, {
      communityId: DEMO_COMMUNITY.id,
      services: DEMO_SERVICES,
      faqs: DEMO_FAQS,
      version: 1,
      updatedAt: toIso(now),
    });
    // the demo administrator is this database's administrator: no setup code makes another
    await repos.adminSetup.markClaimed(DEMO_ADMIN_OPENID, toIso(now));
    return { seeded: true, ...counts };
  },
});
