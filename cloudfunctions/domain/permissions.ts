// Who may see and do what with a request. Reading rules and the inbox scope must agree: a ticket
// in someone's inbox is always one they may open.
//
// - An owner reads only their own requests.
// - Department staff read what their department holds now: a request passed on to another
//   department (故障转呈) leaves their hands and their sight; one sent back after a low rating
//   returns to the department that resolved it.
// - The service desk — receptionists and the service department (客服中心) — and the community's
//   manager read every request of their community; leadership and admin read company-wide.
// - Nobody works on a request they filed themselves: staff who are also owners read their own
//   request as its owner (no internal notes) and cannot handle it.
import type { Actor, Department, Role, Ticket } from './model';
import { rolesWhere } from './roles';
import { communitiesOf, worksIn } from './scope';

type Placed = Pick<Ticket, 'ownerOpenid' | 'communityId' | 'department'>;

export const hasRole = (actor: Actor, ...roles: readonly Role[]): boolean => roles.some((r) => actor.roles.includes(r));

/** The request is in a community the actor works for. */
const inCommunity = (ticket: Placed, actor: Actor) => worksIn(communitiesOf(actor), ticket.communityId);

/** Roles that see every request of every community (company-wide). */
const COMPANY_WIDE = rolesWhere((r) => r.reach === 'company');
/** Roles that see every request of their community. */
const COMMUNITY_WIDE = rolesWhere((r) => r.reach === 'community');
/** Roles that see what their department holds. */
const DEPARTMENT_WIDE = rolesWhere((r) => r.reach === 'department');
/** Roles that work a department's requests. */
const HANDLING = rolesWhere((r) => r.handles);
const SERVICE_DESK_ROLES = rolesWhere((r) => r.serviceDesk);
/** Roles that file requests (owners). */
const FILING = rolesWhere((r) => r.files);

/** The department of the service centre (客服中心), which receives every request of its community. */
export const SERVICE_DESK_DEPARTMENT: Department = 'service';

export const isOwnerOf = (ticket: Placed, actor: Actor): boolean =>
  actor.openid === ticket.ownerOpenid && hasRole(actor, ...FILING);

/** Staff on a request: anyone but the owner who filed it. */
const notTheOwner = (ticket: Placed, actor: Actor): boolean => !isOwnerOf(ticket, actor);

/** Receptionists and the service department: the service desk, wherever a request sits. */
export const worksAtServiceDesk = (actor: Actor): boolean =>
  hasRole(actor, ...SERVICE_DESK_ROLES) ||
  (actor.department === SERVICE_DESK_DEPARTMENT && hasRole(actor, ...HANDLING));

/** Staff of the department that holds the request now. */
export const isHandler = (ticket: Placed, actor: Actor): boolean =>
  inCommunity(ticket, actor) &&
  actor.department === ticket.department &&
  hasRole(actor, ...HANDLING) &&
  notTheOwner(ticket, actor);

/** The service desk of the request's community. */
export const isServiceDesk = (ticket: Placed, actor: Actor): boolean =>
  inCommunity(ticket, actor) && worksAtServiceDesk(actor) && notTheOwner(ticket, actor);

export const isOverseer = (ticket: Placed, actor: Actor): boolean =>
  ((inCommunity(ticket, actor) && hasRole(actor, ...COMMUNITY_WIDE)) || hasRole(actor, ...COMPANY_WIDE)) &&
  notTheOwner(ticket, actor);

/** Staff who may read the request, with its internal notes. */
export const isStaffReader = (ticket: Placed, actor: Actor): boolean =>
  isHandler(ticket, actor) || isServiceDesk(ticket, actor) || isOverseer(ticket, actor);

export const canRead = (ticket: Placed, actor: Actor): boolean =>
  isOwnerOf(ticket, actor) || isStaffReader(ticket, actor);

/** Those who see the owner's phone number unmasked: the owner, the holding department, the service desk. */
export const inHandlingTeam = (ticket: Placed, actor: Actor): boolean =>
  isOwnerOf(ticket, actor) || isHandler(ticket, actor) || isServiceDesk(ticket, actor);

/** Which requests fill an actor's staff inbox; null when the actor has none. */
export interface InboxScope {
  /** the communities the actor works for (absent: every community) */
  communityIds?: string[];
  department?: Department;
}

export function inboxScope(actor: Actor): InboxScope | null {
  const communities = communitiesOf(actor);
  if (communities.all) return {};
  if (communities.ids.length === 0) return null;
  const communityIds = communities.ids;
  if (worksAtServiceDesk(actor) || hasRole(actor, ...COMMUNITY_WIDE)) return { communityIds };
  if (hasRole(actor, ...DEPARTMENT_WIDE) && actor.department) return { communityIds, department: actor.department };
  return null;
}

/** Owners file requests for their own units (or their community's common areas). */
export const mayFile = (actor: Actor & { units: readonly unknown[] }): boolean =>
  hasRole(actor, ...FILING) && actor.units.length > 0;

/** The head of the department that holds the request, in its community. */
export const isDeptHeadOf = (ticket: Placed, actor: Actor): boolean =>
  isHandler(ticket, actor) && hasRole(actor, 'dept_head');

/** The manager of the request's community. */
export const isManagerOf = (ticket: Placed, actor: Actor): boolean =>
  inCommunity(ticket, actor) && hasRole(actor, 'manager') && notTheOwner(ticket, actor);

/** Compensation claims and complaints against the manager are handled by leadership (policy 003, 投诉处理). */
export const forLeadership = (ticket: Pick<Ticket, 'flags'>): boolean =>
  ticket.flags?.compensation === true || ticket.flags?.againstManager === true;

export const isLeadership = (ticket: Placed, actor: Actor): boolean =>
  hasRole(actor, 'leadership') && notTheOwner(ticket, actor);
