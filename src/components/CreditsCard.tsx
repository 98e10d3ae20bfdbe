// Praise credited to a staff member (their record of it): on 我的 for staff, and on the admin
// staff-member page.
import { Text, View } from '@tarojs/components';
import { ticketApi } from '../services/api/ticket';
import { useRemote } from '../hooks/useRemote';
import { formatTime } from '../utils/format';

export function CreditsCard({ openid, self }: { openid: string; self: boolean }) {
  const credits = useRemote(`credits-${openid}`, () => ticketApi.listCredits(self ? {} : { openid }));
  const items = credits.data?.items ?? [];
  return (
    <View className="card" id="credits">
      <Text className="section__title">{self ? '我获得的表扬' : '获得的表扬'}</Text>
      {credits.loading && !credits.data && <Text className="text-muted">加载中…</Text>}
      {credits.error && (
        <Text className="notice notice--danger" onClick={() => void credits.reload()}>
          {credits.error.message}（点击重试）
        </Text>
      )}
      {credits.data && items.length === 0 && <Text className="text-muted">暂无表扬记录</Text>}
      {items.map((credit) => (
        <View key={credit.ticketId} className="credit">
          <Text className="ticket__description">{credit.summary}</Text>
          <Text className="text-muted">
            {credit.number} · {formatTime(credit.at)}
          </Text>
        </View>
      ))}
      {credits.data?.nextCursor && <Text className="text-muted">仅显示最近 {items.length} 条</Text>}
    </View>
  );
}
