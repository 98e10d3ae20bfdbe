// Builders for domain specs: a ticket in any state, and the demo people as actors.
import { DEMO_USERS } from '../../cloudfunctions/domain/demo-data';
import type { Ticket, User } from '../../cloudfunctions/domain/model';
import { promiseIn } from '../../cloudfunctions/domain/flows';
import { startSla } from '../../cloudfunctions/domain/sla';
import { DEFAULT_SETTINGS } from '../../cloudfunctions/domain/settings';
import { toIso } from '../../cloudfunctions/domain/time';

/** Sunday 2026-11-22 15:01 in China. */
export const SUNDAY_AFTERNOON = new Date('2026-11-22T15:01:00+08:00');
/** Sunday 2026-11-22 15:10, nine minutes later. */
export const NINE_MINUTES_LATER = new Date('2026-11-22T15:10:00+08:00');
/** Monday 2026-11-23 09:00, long past a 15-minute promise. */
export const MONDAY_MORNING = new Date('2026-11-23T09:00:00+08:00');

export function person(openid: string): User {
  const user = DEMO_USERS.find((u) => u.openid === openid);
  if (!user) throw new Error(`no demo user ${openid}`);
  return user;
}

export const owner = () => person('demo-owner-1');
export const otherOwner = () => person('demo-owner-2');
export const engineer = () => person('demo-engineering');
export const engineeringHead = () => person('demo-engineering-head');
export const receptionist = () => person('demo-receptionist');
export const securityGuard = () => person('demo-security');
export const manager = () => person('demo-manager');
export const leadership = () => person('demo-leadership');
export const groupAdmin = () => person('demo-group-admin');
export const serviceHead = () => person('demo-service-head');

/** demo-owner-1 — who files aTicket() — as if they also worked in engineering. */
export const anEngineerWhoFiledIt = (): User => ({ ...owner(), roles: ['owner', 'staff'], department: 'engineering' });

/** A repair from demo-owner-1's unit, routed to engineering, submitted on Sunday afternoon. */
export function aTicket(overrides: Partial<Ticket> = {}): Ticket {
  const at = toIso(SUNDAY_AFTERNOON);
  const status = overrides.status ?? 'submitted';
  const category = overrides.category ?? 'repair';
  const urgency = overrides.urgency ?? 'normal';
  // the promise the category's flow runs in that status
  const promise = promiseIn({ category }, status);
  const step = promise === 'owner' ? null : promise;
  return {
    id: 't1',
    number: 'ED20261122-0001',
    clientRequestId: 'client-request-0001',
    ownerOpenid: 'demo-owner-1',
    ownerName: '张业主',
    communityId: 'demo-cuihu',
    unitId: 'demo-unit-1-1-101',
    location: { kind: 'unit', text: '1栋1单元101' },
    category,
    channel: 'miniprogram',
    urgency,
    description: '厨房水龙头一直滴水，关不紧',
    photos: [],
    contactPhone: '13812345678',
    status,
    department: 'engineering',
    reprocessCount: 0,
    ...(step ? { sla: startSla(step, { category, urgency }, at, DEFAULT_SETTINGS) } : {}),
    timeline: [
      {
        id: 'e1',
        kind: 'created',
        at,
        actor: { openid: 'demo-owner-1', name: '张业主', role: 'owner' },
        internal: false,
        text: '厨房水龙头一直滴水，关不紧',
      },
    ],
    createdAt: at,
    updatedAt: at,
    version: 1,
    ...overrides,
  };
}
