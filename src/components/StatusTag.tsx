import { Text } from '@tarojs/components';
import type { TicketStatus } from '@domain/model';
import { STATUS_LABELS } from '@domain/labels';

export function StatusTag({ status }: { status: TicketStatus }) {
  return <Text className={`status-tag status-tag--${status}`}>{STATUS_LABELS[status]}</Text>;
}
