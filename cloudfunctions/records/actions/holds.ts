import { invalidInput, notFound } from '../../domain/errors';
import type { HeldRequestView, LegalHold } from '../../domain/retention';
import { clearHoldInput, listHoldsInput, setHoldInput } from '../../domain/records-schemas';
import { toIso } from '../../domain/time';
import type { Ticket } from '../../domain/model';
import { defineAction } from '../../server/action';
import type { ActionContext } from '../../server/action';
import { recordAudit } from '../../server/audit';

const NO_SUCH_REQUEST = '没有这个编号的诉求';

async function byNumber({ repos }: ActionContext, number: string): Promise<Ticket> {
  const ticket = await repos.tickets.findByNumber(number);
  if (!ticket) throw notFound(NO_SUCH_REQUEST);
  return ticket;
}

const heldView = (ticket: Ticket, hold: LegalHold): HeldRequestView => ({
  ticketId: ticket.id,
  number: ticket.number,
  status: ticket.status,
  hold,
});

/**
 * A legal hold keeps a request (with its photos) past its retention until released. The hold is
 * written on the request under its version (its closing date, `updatedAt`, is left as it was) and
 * audited as `ticket.hold` with the reason. Admins. 4 requests.
 */
export const setHold = defineAction({
  schema: setHoldInput,
  roles: ['admin'],
  async run({ number, reason }, context): Promise<HeldRequestView> {
    const before = await byNumber(context, number);
    if (before.legalHold) throw invalidInput('该诉求已在保全中', 'number');
    const hold: LegalHold = {
      reason,
      at: toIso(context.now),
      by: { openid: context.caller.openid, name: context.caller.name },
    };
    await context.repos.tickets.save(before, { ...before, legalHold: hold, version: before.version + 1 }, []);
    await recordAudit(
      context,
      'ticket.hold',
      { kind: 'ticket', id: before.id },
      { after: { number, reason }, summary: reason },
    );
    return heldView(before, hold);
  },
});

/** Releases a hold (with a reason, audited as `ticket.release`): the request is kept as long as its retention says. Admins. */
export const clearHold = defineAction({
  schema: clearHoldInput,
  roles: ['admin'],
  async run({ number, reason }, context): Promise<{ released: true; number: string }> {
    const before = await byNumber(context, number);
    const hold = before.legalHold;
    if (!hold) throw invalidInput('该诉求未在保全中', 'number');
    const { legalHold: _released, ...rest } = before;
    await context.repos.tickets.save(before, { ...rest, version: before.version + 1 }, []);
    await recordAudit(
      context,
      'ticket.release',
      { kind: 'ticket', id: before.id },
      { before: { number, reason: hold.reason }, summary: reason },
    );
    return { released: true, number };
  },
});

/** Requests under legal hold, latest first. Admins. */
export const listHolds = defineAction({
  schema: listHoldsInput,
  roles: ['admin'],
  run: ({ cursor, limit }, { repos }) => repos.retention.listHolds({ limit, ...(cursor ? { cursor } : {}) }),
});
