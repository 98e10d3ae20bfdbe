import { Text, View } from '@tarojs/components';
import type { TimelineEntryView } from '@domain/api';
import { DEPARTMENT_LABELS, ROLE_LABELS, TIMELINE_LABELS } from '@domain/labels';
import { formatTime } from '../utils/format';
import { PhotoGrid } from './PhotoGrid';
import { formatYuan } from './ticket-actions/checked';

function headline(entry: TimelineEntryView): string {
  if (entry.kind === 'transferred' && entry.toDepartment) {
    return `转呈至${DEPARTMENT_LABELS[entry.toDepartment]}`;
  }
  if (entry.kind === 'rated' && entry.rating) return `评价 ${entry.rating} 星`;
  if (entry.kind === 'quoted' && entry.amountFen !== undefined) return `报价 ${formatYuan(entry.amountFen)}`;
  if (entry.kind === 'slip_issued' && entry.deadline)
    return `${TIMELINE_LABELS.slip_issued}，限${formatTime(entry.deadline)}前完成`;
  if (entry.kind === 'merged' && entry.mergedInto) return `合并到诉求 ${entry.mergedInto.number} 一并处理`;
  return TIMELINE_LABELS[entry.kind];
}

/** The request's own words and photos are on the page above its timeline: its first entry need not repeat them. */
const showsContent = (entry: TimelineEntryView) => entry.kind !== 'created';

/** Newest first: who did what, when. Internal notes are marked (owners never receive them). */
export function Timeline({ entries }: { entries: TimelineEntryView[] }) {
  const newestFirst = [...entries].reverse();
  return (
    <View className="timeline">
      {newestFirst.map((entry) => (
        <View
          key={entry.id}
          className={`timeline__entry timeline__entry--${entry.kind} ${entry.internal ? 'timeline__entry--internal' : ''}`}
        >
          <View className="timeline__dot" />
          <View className="timeline__body">
            <View className="timeline__head">
              <Text className="timeline__what">{headline(entry)}</Text>
              {entry.internal && <Text className="timeline__internal">仅内部可见</Text>}
            </View>
            <Text className="timeline__who">
              {entry.actorName} ·{' '}
              {entry.actorDepartment ? DEPARTMENT_LABELS[entry.actorDepartment] : ROLE_LABELS[entry.actorRole]} ·{' '}
              {formatTime(entry.at)}
            </Text>
            {showsContent(entry) && entry.text && <Text className="timeline__text">{entry.text}</Text>}
            {showsContent(entry) && entry.photos && <PhotoGrid photos={entry.photos} />}
          </View>
        </View>
      ))}
    </View>
  );
}
