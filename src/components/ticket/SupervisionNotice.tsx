// A supervisor's note (督办): shown until the handler acknowledges it, and then as acknowledged.
import { Text, View } from '@tarojs/components';
import type { TicketView } from '@domain/api';
import { ROLE_LABELS } from '@domain/labels';
import { ticketApi } from '../../services/api/ticket';
import { formatTime } from '../../utils/format';
import { BusyButton } from '../BusyButton';
import type { Run } from '../ticket-actions/checked';

export function SupervisionNotice({ ticket, run, busy }: { ticket: TicketView; run: Run; busy: boolean }) {
  const s = ticket.supervision;
  if (!s) return null;
  const pending = !s.acknowledgedAt;
  return (
    <View className={`card supervision ${pending ? 'supervision--pending' : ''}`} id="supervision">
      <Text className="section__title">{pending ? '督办（待确认）' : '督办（已确认）'}</Text>
      <Text className="ticket__description">{s.note}</Text>
      <Text className="text-muted">
        {s.by}（{ROLE_LABELS[s.byRole]}） · {formatTime(s.at)}
        {s.deadline ? ` · 期限 ${formatTime(s.deadline)}` : ''}
        {s.assigneeName ? ` · 改派给${s.assigneeName}` : ''}
      </Text>
      {s.acknowledgedAt && (
        <Text className="text-muted">
          {s.acknowledgedBy} 确认于 {formatTime(s.acknowledgedAt)}
        </Text>
      )}
      {ticket.can.includes('acknowledge') && (
        <BusyButton
          id="supervision-acknowledge"
          busy={busy}
          onClick={() => run(() => ticketApi.acknowledge({ ticketId: ticket.id }), '已确认督办')}
        >
          确认督办
        </BusyButton>
      )}
    </View>
  );
}
