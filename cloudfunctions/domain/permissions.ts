// Who may see and do what with a request. Reading rules and the inbox scope must agree: a ticket
// in someone's inbox is always one they may open.
import type { Actor, Department, Role, Ticket } from './model';

type Placed = Pick<Ticket, 'ownerOpenid' | 'communityId' | 'department'>;

export const hasRole = (actor: Actor, ...roles: Role[]): boolean => roles.some((r) => actor.roles.includes(r));

const inCommunity = (ticket: Placed, actor: Actor) => actor.communityId !== undefined && actor.communityId === ticket.communityId;

/** Roles that see every request of every community (company-wide). */
const COMPANY_WIDE: Role[] = ['leadership', 'admin'];

export const isOwnerOf = (ticket: Placed, actor: Actor): boolean =>
  actor.openid === ticket.ownerOpenid && hasRole(actor, 'owner');

/** Staff of the department that holds the request now. */
export const isHandler = (ticket: Placed, actor: Actor): boolean =>
  inCommunity(ticket, actor) &&
  actor.department === ticket.department &&
  hasRole(actor, 'staff', 'dept_head', 'receptionist');

/** The service centre, which receives every request of its community. */
export const isServiceDesk = (ticket: Placed, actor: Actor): boolean => inCommunity(ticket, actor) && hasRole(actor, 'receptionist');

export const isOverseer = (ticket: Placed, actor: Actor): boolean =>
  (inCommunity(ticket, actor) && hasRole(actor, 'manager')) || hasRole(actor, ...COMPANY_WIDE);

/** Staff who may read the request, with its internal notes. */
export const isStaffReader = (ticket: Placed, actor: Actor): boolean =>
  isHandler(ticket, actor) || isServiceDesk(ticket, actor) || isOverseer(ticket, actor);

export const canRead = (ticket: Placed, actor: Actor): boolean => isOwnerOf(ticket, actor) || isStaffReader(ticket, actor);

/** Those who see the owner's phone number unmasked. */
export const inHandlingTeam = (ticket: Placed, actor: Actor): boolean =>
  isOwnerOf(ticket, actor) || isHandler(ticket, actor) || isServiceDesk(ticket, actor);

/** Which requests fill an actor's staff inbox; null when the actor has none. */
export interface InboxScope {
  communityId?: string;
  department?: Department;
}

export function inboxScope(actor: Actor): InboxScope | null {
  if (hasRole(actor, ...COMPANY_WIDE)) return {};
  if (!actor.communityId) return null;
  if (hasRole(actor, 'receptionist', 'manager')) return { communityId: actor.communityId };
  if (hasRole(actor, 'staff', 'dept_head') && actor.department) return { communityId: actor.communityId, department: actor.department };
  return null;
}

/** Owners file requests for their own units (or their community's common areas). */
export const mayFile = (actor: Actor & { unitIds: string[] }): boolean => hasRole(actor, 'owner') && actor.unitIds.length > 0;
