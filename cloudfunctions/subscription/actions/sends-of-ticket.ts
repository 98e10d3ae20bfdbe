import { notFound } from '../../domain/errors';
import { isStaffReader } from '../../domain/permissions';
import { AUDIENCES } from '../../domain/roles';
import { sendsOfTicketInput } from '../../domain/subscription-schemas';
import { toSendRecordView } from '../../domain/subscription-views';
import type { SendRecordView } from '../../domain/subscription-views';
import { defineAction } from '../../server/action';

/** A request's life has far fewer messages than this. */
const MAX_SENDS = 100;

/**
 * Every subscription message about a request, newest first, with every try: for staff who may read
 * the request. Three requests: the request, its messages, the names of the staff they were for.
 */
export const sendsOfTicket = defineAction({
  schema: sendsOfTicketInput,
  roles: AUDIENCES.staff,
  async run({ ticketId }, { caller, repos }): Promise<SendRecordView[]> {
    const ticket = await repos.tickets.get(ticketId);
    if (!ticket || !isStaffReader(ticket, caller)) throw notFound();
    const records = await repos.subscriptions.sendsOfTicket(ticket.id, MAX_SENDS);
    const staff = [...new Set(records.map((r) => r.openid).filter((o) => o !== ticket.ownerOpenid))];
    const names = await repos.subscriptions.namesOf(staff);
    return records.map((r) =>
      toSendRecordView(
        r,
        r.openid === ticket.ownerOpenid ? `业主 ${ticket.ownerName}` : (names.get(r.openid) ?? '员工'),
      ),
    );
  },
});
