// 催办: offered only while the server allows it (overdue, not urged within the span).
import type { TicketView } from '@domain/api';
import { ticketApi } from '../../services/api/ticket';
import { BusyButton } from '../BusyButton';
import type { Run } from './checked';

export function UrgeButton({ ticket, run, busy }: { ticket: TicketView; run: Run; busy: boolean }) {
  return (
    <BusyButton
      id="action-urge"
      busy={busy}
      onClick={() => run(() => ticketApi.urge(ticket.id), '已催办，部门主管会尽快跟进')}
    >
      催办
    </BusyButton>
  );
}
