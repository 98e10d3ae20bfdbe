// Ratings credited to a staff member: each owner's rating of a round they resolved (a transfer
// after the resolve moves nothing), with the totals. On 我的 for staff and the admin staff-member page.
import { Text, View } from '@tarojs/components';
import { archiveApi } from '../services/api/archive';
import { useRemote } from '../hooks/useRemote';
import { formatTime } from '../utils/format';

export function RatingsCard({ openid, self }: { openid: string; self: boolean }) {
  const record = useRemote(`staff-credits-${openid}`, () => archiveApi.staffCredits(self ? undefined : openid, {}));
  const summary = record.data?.summary;
  const ratings = (record.data?.credits.items ?? []).filter((c) => c.kind === 'rating');
  return (
    <View className="card" id="ratings">
      <Text className="section__title">{self ? '我获得的评价' : '获得的评价'}</Text>
      {record.loading && !record.data && <Text className="text-muted">加载中…</Text>}
      {record.error && (
        <Text className="notice notice--danger" onClick={() => void record.reload()}>
          {record.error.message}（点击重试）
        </Text>
      )}
      {summary && (
        <Text id="ratings-summary" className="ticket__description">
          {summary.ratings > 0
            ? `共 ${summary.ratings} 次评价，平均 ${summary.average} 星，满意（4–5星）${summary.satisfiedPercent}%；表扬 ${summary.praise} 次`
            : `暂无评价；表扬 ${summary.praise} 次`}
        </Text>
      )}
      {ratings.map((credit) => (
        <View key={credit.id} className="credit">
          <Text>{'★'.repeat(credit.score ?? 0)}</Text>
          <Text className="text-muted">
            {credit.number}
            {credit.round > 1 ? ` · 第${credit.round}轮` : ''} · {formatTime(credit.at)}
          </Text>
        </View>
      ))}
    </View>
  );
}
