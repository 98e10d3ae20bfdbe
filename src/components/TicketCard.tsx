import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { TicketSummaryView } from '@domain/api';
import { CATEGORY_LABELS, DEPARTMENT_LABELS } from '@domain/labels';
import { formatDue, formatTime } from '../utils/format';
import { StatusTag } from './StatusTag';

/** `owner`: the card is on the owner's own list; `staff`: on a workbench. */
export type CardReader = 'owner' | 'staff';

/** `withNextStep`: also say what happens next, in words (首页's open requests). */
export function TicketCard({
  ticket,
  reader,
  withNextStep = false,
}: {
  ticket: TicketSummaryView;
  reader: CardReader;
  withNextStep?: boolean;
}) {
  const { nextStep } = ticket;
  const whoActs =
    nextStep.by === 'owner' ? (reader === 'owner' ? '待您评价' : '待业主评价') : DEPARTMENT_LABELS[ticket.department];
  return (
    <View
      className={`card ticket-card ${nextStep.overdue ? 'ticket-card--overdue' : ''}`}
      id={`ticket-${ticket.number}`}
      onClick={() => Taro.navigateTo({ url: `/pages/ticket/index?id=${ticket.id}` })}
    >
      <View className="ticket-card__head">
        <Text className="ticket-card__category">{CATEGORY_LABELS[ticket.category]}</Text>
        {ticket.urgency === 'urgent' && <Text className="ticket-card__urgent">紧急</Text>}
        {nextStep.escalated && (
          <Text className="ticket-card__urgent">{nextStep.escalated === 2 ? '已升级至经理/领导' : '已升级至主管'}</Text>
        )}
        <StatusTag status={ticket.status} reader={reader} />
      </View>
      <Text className="ticket-card__summary">{ticket.summary}</Text>
      <View className="ticket-card__meta">
        <Text className="ticket-card__place">{ticket.locationText}</Text>
        <Text className="ticket-card__time">{formatTime(ticket.createdAt)}</Text>
      </View>
      {withNextStep && nextStep.label && <Text className="ticket-card__step">下一步：{nextStep.label}</Text>}
      {nextStep.by !== 'none' && (
        <View className="ticket-card__next">
          <Text>{whoActs}</Text>
          {nextStep.dueAt && (
            <Text className={nextStep.overdue ? 'text-danger' : 'text-muted'}>
              {reader === 'owner' && nextStep.dueText && !nextStep.overdue
                ? nextStep.dueText
                : formatDue(nextStep.dueAt)}
            </Text>
          )}
        </View>
      )}
    </View>
  );
}
