import { Text, View } from '@tarojs/components';
import { useRemote } from '../../hooks/useRemote';
import { guideApi } from '../../services/api/guide';

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** This month's share of consultations the FAQ answered, with the counts behind it. */
export function DeflectionCard({ communityId }: { communityId: string }) {
  const report = useRemote(`deflection:${communityId}`, () => guideApi.deflection(communityId));
  if (report.error) return <Text className="notice notice--danger">{report.error.message}</Text>;
  const data = report.data;
  if (!data) return null;
  return (
    <View id="deflection" className="card">
      <Text className="section__title">本月常见问题解决率（{data.month}）</Text>
      <Text id="deflection-share" className="share__figure">
        {data.share === null ? '—' : percent(data.share)}
      </Text>
      <Text className="text-muted">
        {data.share === null ? '本月还没有咨询' : '业主看到回答后点「这解决了我的问题」÷（其数 + 提交的咨询）'}
      </Text>
      <View className="share__row">
        <Text>展示过回答的咨询</Text>
        <Text id="deflection-shown">{data.shown}</Text>
      </View>
      <View className="share__row">
        <Text>已由常见问题解决</Text>
        <Text id="deflection-solved">{data.solved}</Text>
      </View>
      <View className="share__row">
        <Text>看过回答仍提交</Text>
        <Text>{data.filedAfterShown}</Text>
      </View>
      <View className="share__row">
        <Text>本月提交的咨询（全部渠道）</Text>
        <Text>{data.consultationsFiled}</Text>
      </View>
      {data.topFaqs.map((faq) => (
        <View key={faq.id} className="share__row">
          <Text>· {faq.question}</Text>
          <Text>解决 {faq.solved} 次</Text>
        </View>
      ))}
    </View>
  );
}
