import { Text } from '@tarojs/components';
import type { TicketStatus } from '@domain/model';
import { statusLabel } from '@domain/labels';

/** Staff and owners read some statuses in their own words (待业主评价 / 待评价). */
export function StatusTag({ status, reader = 'owner' }: { status: TicketStatus; reader?: 'owner' | 'staff' }) {
  return <Text className={`status-tag status-tag--${status}`}>{statusLabel(status, reader)}</Text>;
}
