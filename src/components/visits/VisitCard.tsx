// A return visit task as the service desk sees it: whom to call, why, by when, what came of it.
import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { CATEGORY_LABELS } from '@domain/labels';
import { VISIT_OUTCOME_LABELS, VISIT_REASON_LABELS } from '@domain/visits';
import type { VisitTaskView } from '@domain/visits';
import { formatDue, formatTime } from '../../utils/format';

export function VisitCard({ visit, children }: { visit: VisitTaskView; children?: ReactNode }) {
  return (
    <View className={`card visit-card ${visit.overdue ? 'ticket-card--overdue' : ''}`} id={`visit-${visit.id}`}>
      <View className="ticket-card__head">
        <Text className="ticket-card__category">{VISIT_REASON_LABELS[visit.reason]}</Text>
        <Text className="text-muted">{CATEGORY_LABELS[visit.category]}</Text>
      </View>
      <Text className="link" onClick={() => void Taro.navigateTo({ url: `/pages/ticket/index?id=${visit.ticketId}` })}>
        诉求 {visit.ticketNumber} ›
      </Text>
      <Text className="list-row__sub">
        {visit.ownerName} · {visit.contactPhone} · {visit.place}
      </Text>
      {visit.state === 'open' ? (
        <Text className={visit.overdue ? 'text-danger' : 'text-muted'}>
          {formatTime(visit.dueAt)}前回访（{formatDue(visit.dueAt)}）
        </Text>
      ) : (
        <Text className="text-muted">
          {visit.outcome ? VISIT_OUTCOME_LABELS[visit.outcome] : ''}
          {visit.doneAt ? ` · ${formatTime(visit.doneAt)}` : ''}
        </Text>
      )}
      {visit.attempts.map((attempt, i) => (
        <Text key={i} className="list-row__sub visit-card__attempt">
          {formatTime(attempt.at)} {attempt.visitor.name}：
          {attempt.reached ? (attempt.satisfied ? '满意' : '不满意') : '未联系上'}
          {attempt.notes ? `，${attempt.notes}` : ''}
        </Text>
      ))}
      {children}
    </View>
  );
}
