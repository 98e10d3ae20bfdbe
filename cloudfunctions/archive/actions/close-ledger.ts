import { closeLedgerInput } from '../../domain/archive-schemas';
import { forbidden, notFound } from '../../domain/errors';
import { closeLedger as archived } from '../../domain/ledger';
import { isManagerOf, isServiceDesk, isStaffReader } from '../../domain/permissions';
import { AUDIENCES } from '../../domain/roles';
import { toIso } from '../../domain/time';
import { toTicketView } from '../../domain/views';
import type { TicketView } from '../../domain/api';
import { defineAction } from '../../server/action';

/**
 * 注销台账: the service desk or the community's manager archives a finished request whose every
 * step is done; otherwise a LEDGER_* code names the first step missing. The request leaves the
 * working lists and stays in the archive. Five database requests: the caller, the request with its
 * outbox, its open visits and parked effects (counted at once), the conditional write.
 */
export const closeLedger = defineAction({
  schema: closeLedgerInput,
  roles: AUDIENCES.staff,
  async run(input, { caller, now, repos }): Promise<TicketView> {
    const found = await repos.archive.ticketWithOutbox(input.ticketId);
    if (!found || !isStaffReader(found.ticket, caller)) throw notFound();
    const { ticket } = found;
    if (!isServiceDesk(ticket, caller) && !isManagerOf(ticket, caller))
      throw forbidden('只有客服中心或项目经理可以注销台账');
    const work = await repos.archive.openWork(ticket.id);
    const after = archived(
      ticket,
      { openVisits: work.openVisits, pendingEffects: found.pendingEffects || work.parkedEffects > 0 },
      caller,
      toIso(now),
    );
    await repos.tickets.save(ticket, after, []);
    return toTicketView(after, caller, now);
  },
});
