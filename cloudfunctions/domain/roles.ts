// The one table of roles: what each may do and how far it sees. Permissions, the timeline's
// acting role, the 工作台 tab and every cloud function's audience are derived from it, so adding
// or changing a role is one edit here.
import type { Role } from './model';
import { ROLES } from './model';

/** Which requests a role reads as staff: none, its department's, its community's, or every community's. */
export type Reach = 'none' | 'department' | 'community' | 'company';

export interface RoleRules {
  /** files requests for the units they are bound to, follows and rates them */
  files: boolean;
  /** works the requests their department holds: accept, reply, transfer, resolve */
  handles: boolean;
  /** the service desk: replies to and passes on any request of their community */
  serviceDesk: boolean;
  /** what they read as staff; anything but 'none' gives the 工作台 tab and internal notes */
  reach: Reach;
  /** when someone holds several roles, the lowest rank names the role they act in on the timeline */
  actingRank?: number;
}

export const ROLE_TABLE: { readonly [R in Role]: RoleRules } = {
  owner: { files: true, handles: false, serviceDesk: false, reach: 'none' },
  receptionist: { files: false, handles: true, serviceDesk: true, reach: 'community', actingRank: 1 },
  staff: { files: false, handles: true, serviceDesk: false, reach: 'department', actingRank: 3 },
  dept_head: { files: false, handles: true, serviceDesk: false, reach: 'department', actingRank: 2 },
  manager: { files: false, handles: false, serviceDesk: false, reach: 'community', actingRank: 4 },
  leadership: { files: false, handles: false, serviceDesk: false, reach: 'company', actingRank: 5 },
  group_admin: { files: false, handles: false, serviceDesk: false, reach: 'none' },
  admin: { files: false, handles: false, serviceDesk: false, reach: 'company', actingRank: 6 },
};

export const rolesWhere = (test: (rules: RoleRules) => boolean): readonly Role[] =>
  ROLES.filter((role) => test(ROLE_TABLE[role]));

/** Who may call what: the audience lists of the cloud functions' actions. */
export const AUDIENCES = {
  /** owners: create, listMine, rate */
  filers: rolesWhere((r) => r.files),
  /** department workers: accept, reply, transfer, resolve */
  handlers: rolesWhere((r) => r.handles),
  /** everyone with a 工作台: listInbox, inboxCounts, note */
  staff: rolesWhere((r) => r.reach !== 'none'),
  /** any bound person: get (what they may read is decided per request) */
  bound: ROLES,
  /** decides binding requests and unbinds sold houses: the service desk (checked per request), and admins */
  bindingDesk: [...rolesWhere((r) => r.handles), 'admin'] as readonly Role[],
  /** reads communities, units and the register: the service desk, managers, leadership, admins */
  placeReaders: rolesWhere((r) => r.reach === 'community' || r.reach === 'company'),
  /** changes communities and units, imports the owner register */
  placeEditors: ['admin'] as readonly Role[],
  /** edits the routing rules */
  ruleEditors: ['admin'] as readonly Role[],
  /** records requests for others and looks up who called: the service desk (checked per call), and those who read places (phones masked) */
  deskLookup: [
    ...new Set<Role>([
      ...rolesWhere((r) => r.handles),
      ...rolesWhere((r) => r.reach === 'community' || r.reach === 'company'),
    ]),
  ] as readonly Role[],
  /** decide a complaint's plan: department heads, and leadership for the complaints that are theirs */
  planDeciders: ['dept_head', 'leadership'] as readonly Role[],
  /** supervise (督办): department heads (their department), managers (their community) */
  supervisors: ['dept_head', 'manager'] as readonly Role[],
} as const;

/** The roles in the order that names the role someone acts in (receptionist before staff …). */
export const ACTING_ORDER: readonly Role[] = rolesWhere((r) => r.actingRank !== undefined)
  .slice()
  .sort((a, b) => (ROLE_TABLE[a].actingRank ?? 0) - (ROLE_TABLE[b].actingRank ?? 0));
