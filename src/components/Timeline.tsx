import { Text, View } from '@tarojs/components';
import type { TimelineEntryView } from '@domain/api';
import {
  DEPARTMENT_LABELS,
  OWN_TIMELINE_LABELS,
  ROLE_LABELS,
  TIMELINE_LABELS,
  deskRecordedLabel,
} from '@domain/labels';
import { formatTime } from '../utils/format';
import { PhotoGrid } from './PhotoGrid';
import { formatYuan } from './ticket-actions/checked';

/**
 * What happened, in the reader's words: an owner reads their own actions in the first person, and a
 * rating of an earlier round as that round's (上次评价), never as the current one.
 */
function headline(entry: TimelineEntryView, ownVoice: boolean, currentRound: number): string {
  if ((entry.kind === 'transferred' || entry.kind === 'referred') && entry.toDepartment) {
    return `${entry.kind === 'referred' ? '转交' : '转呈至'}${DEPARTMENT_LABELS[entry.toDepartment]}`;
  }
  if (entry.kind === 'rated' && entry.rating) {
    const when = entry.round < currentRound ? (entry.round === currentRound - 1 ? '上次' : `第${entry.round}轮`) : '';
    return ownVoice ? `我${when}评价了 ${entry.rating} 星` : `业主${when}评价 ${entry.rating} 星`;
  }
  if (entry.kind === 'credited' && entry.staffName) return `${TIMELINE_LABELS.credited}：${entry.staffName}`;
  if (entry.kind === 'created' && entry.channel) return deskRecordedLabel(entry.channel);
  if (entry.kind === 'quoted' && entry.amountFen !== undefined) return `报价 ${formatYuan(entry.amountFen)}`;
  if (entry.kind === 'slip_issued' && entry.deadline)
    return `${TIMELINE_LABELS.slip_issued}，限${formatTime(entry.deadline)}前完成`;
  if (entry.kind === 'merged' && entry.mergedInto) return `合并到诉求 ${entry.mergedInto.number} 一并处理`;
  return (ownVoice ? OWN_TIMELINE_LABELS[entry.kind] : undefined) ?? TIMELINE_LABELS[entry.kind];
}

/** The request's own words and photos are on the page above its timeline: its first entry need not repeat them. */
const showsContent = (entry: TimelineEntryView) => entry.kind !== 'created';

/** Newest first: who did what, when. Internal notes are marked (owners never receive them). */
export function Timeline({ entries, reader = 'staff' }: { entries: TimelineEntryView[]; reader?: 'owner' | 'staff' }) {
  const newestFirst = [...entries].reverse();
  const currentRound = entries.at(-1)?.round ?? 1;
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
              <Text className="timeline__what">
                {headline(entry, reader === 'owner' && entry.mine === true, currentRound)}
              </Text>
              {entry.internal && <Text className="timeline__internal">仅内部可见</Text>}
            </View>
            <Text className="timeline__who">
              {reader === 'owner' && entry.mine ? '我' : entry.actorName} ·{' '}
              {entry.actorDepartment ? DEPARTMENT_LABELS[entry.actorDepartment] : ROLE_LABELS[entry.actorRole]} ·{' '}
              {formatTime(entry.at)}
            </Text>
            {showsContent(entry) && entry.text && <Text className="timeline__text">{entry.text}</Text>}
            {showsContent(entry) && entry.dueAt && (
              <Text className="timeline__text">预计 {formatTime(entry.dueAt)} 前</Text>
            )}
            {showsContent(entry) && entry.photos && <PhotoGrid photos={entry.photos} />}
          </View>
        </View>
      ))}
    </View>
  );
}
