// The service desk records a request that came by phone, visit, letter … for a registered owner or
// for a caller identified by name, phone and place. It goes through the same openTicket (routing,
// promise, effects) as one filed in the app; the timeline names who recorded it and by which channel.
//
// Who owns it:
// - an owner with an account: their openid, so it is in their 我的 like any request of theirs;
// - a caller with no account: an owner id no WeChat user can ever have — `unclaimed:` and 32 hex
//   digits derived from the recorder and the request's random clientRequestId (so a retry finds
//   the same request). WeChat openids never contain ':', no user record carries it, and nobody
//   can call a function as it, so no owner can read such a request; the service desk, the
//   department and the overseers read it as any other. When the caller binds that unit with that
//   phone (verified or confirmed), it becomes theirs (home/records.ts bindPerson).
import type { z } from 'zod';
import type { Effect } from './commands';
import type { createOnBehalfInput } from './desk-schemas';
import { forbidden, invalidInput } from './errors';
import type { Actor, Role, Ticket, UnitSummary, User } from './model';
import { openTicket } from './open-ticket';
import { mayFile, worksAtServiceDesk } from './permissions';
import { ACTING_ORDER } from './roles';
import type { RoutingRule } from './routing';
import { communitiesOf, worksIn } from './scope';
import { DEFAULT_SETTINGS } from './settings';
import type { ServiceSettings } from './settings';

export type OnBehalfInput = z.output<typeof createOnBehalfInput>;

export const UNCLAIMED_PREFIX = 'unclaimed:';

/** Whether the request's owner is a caller without an account (no message can reach them in WeChat). */
export const isUnclaimed = (ownerOpenid: string): boolean => ownerOpenid.startsWith(UNCLAIMED_PREFIX);

export const NOT_AT_DESK_MESSAGE = '仅客服中心可代业主登记';

/** The person the action found for the request. */
export type OnBehalfOf =
  | { kind: 'owner'; user: User }
  | { kind: 'caller'; ownerOpenid: string; name: string; communityId: string; unit?: UnitSummary };

export interface OnBehalfContext {
  id: string;
  number: string;
  recorder: Actor;
  person: OnBehalfOf;
  rules?: readonly RoutingRule[];
}

/** Checked before anything is read for the request: only the service desk records for others. */
export function assertAtDesk(recorder: Actor): void {
  if (!worksAtServiceDesk(recorder)) throw forbidden(NOT_AT_DESK_MESSAGE);
}

function ownerOf(person: OnBehalfOf): User {
  if (person.kind === 'owner') {
    if (!mayFile(person.user)) throw invalidInput('该业主尚未绑定房屋，请按来电人登记', 'person');
    return person.user;
  }
  if (person.unit && person.unit.communityId !== person.communityId)
    throw invalidInput('房屋不在所选小区', 'location.unitId');
  return {
    openid: person.ownerOpenid,
    name: person.name,
    roles: ['owner'],
    communityId: person.communityId,
    units: person.unit ? [person.unit] : [],
  };
}

export function recordOnBehalf(
  input: OnBehalfInput,
  context: OnBehalfContext,
  now: Date,
  settings: ServiceSettings = DEFAULT_SETTINGS,
): { ticket: Ticket; effects: Effect[] } {
  const { recorder } = context;
  assertAtDesk(recorder);
  const role: Role = ACTING_ORDER.find((r) => recorder.roles.includes(r)) ?? 'receptionist';
  const opened = openTicket(
    input,
    {
      id: context.id,
      number: context.number,
      owner: ownerOf(context.person),
      channel: input.channel,
      ...(context.rules ? { rules: context.rules } : {}),
      recordedBy: {
        openid: recorder.openid,
        name: recorder.name,
        role,
        ...(recorder.department ? { department: recorder.department } : {}),
      },
    },
    now,
    settings,
  );
  if (!worksIn(communitiesOf(recorder), opened.ticket.communityId)) throw forbidden('您不负责该小区');
  return opened;
}
