import { z } from 'zod';
import type { MeView } from '../../domain/api';
import { toMeView } from '../../domain/me-view';
import { defineAction } from '../../server/action';

/**
 * Who the caller is: roles, units, department, community. Answers `bound: false` for a new WeChat
 * user. One database request: the caller's record carries everything shown.
 */
export const me = defineAction({
  schema: z.object({}).strict(),
  roles: 'anyone',
  async run(_input, { caller }): Promise<MeView> {
    return toMeView(caller.openid, caller.bound ? caller : null);
  },
});
