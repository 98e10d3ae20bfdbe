import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { TicketSummaryView } from '@domain/api';
import { CATEGORY_LABELS, DEPARTMENT_LABELS } from '@domain/labels';
import { formatDue, formatTime } from '../utils/format';
import { StatusTag } from './StatusTag';

export function TicketCard({ ticket }: { ticket: TicketSummaryView }) {
  const { nextStep } = ticket;
  return (
    <View className={`card ticket-card ${nextStep.overdue ? 'ticket-card--overdue' : ''}`} id={`ticket-${ticket.number}`} onClick={() => Taro.navigateTo({ url: `/pages/ticket/index?id=${ticket.id}` })}>
      <View className="ticket-card__head">
        <Text className="ticket-card__category">{CATEGORY_LABELS[ticket.category]}</Text>
        {ticket.urgency === 'urgent' && <Text className="ticket-card__urgent">紧急</Text>}
        <StatusTag status={ticket.status} />
      </View>
      <Text className="ticket-card__summary">{ticket.summary}</Text>
      <View className="ticket-card__meta">
        <Text>{ticket.locationText}</Text>
        <Text>{formatTime(ticket.createdAt)}</Text>
      </View>
      {nextStep.by !== 'none' && (
        <View className="ticket-card__next">
          <Text>{nextStep.by === 'owner' ? '待您评价' : DEPARTMENT_LABELS[ticket.department]}</Text>
          {nextStep.dueAt && <Text className={nextStep.overdue ? 'text-danger' : 'text-muted'}>{formatDue(nextStep.dueAt)}</Text>}
        </View>
      )}
    </View>
  );
}
