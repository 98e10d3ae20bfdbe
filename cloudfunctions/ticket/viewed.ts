// A request as the caller sees it. When that view shows staff the owner's full phone number, the
// access log records who saw which request and when (one write); a masked number logs nothing.
import type { TicketView } from '../domain/api';
import { revealsFullPhone } from '../domain/access-log';
import type { Ticket } from '../domain/model';
import { toTicketView } from '../domain/views';
import type { ActionContext } from '../server/action';
import { logAccess } from '../server/access-log';

export async function viewLogged(
  context: ActionContext,
  ticket: Ticket,
  survivor?: Ticket | null,
): Promise<TicketView> {
  const view = toTicketView(ticket, context.caller, context.now, survivor);
  if (revealsFullPhone(ticket, context.caller))
    await logAccess(context.repos, { actor: context.caller, kind: 'phone', tickets: [ticket], at: context.now });
  return view;
}
