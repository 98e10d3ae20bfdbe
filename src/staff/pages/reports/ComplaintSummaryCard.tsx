import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { BusyButton } from '../../../components/BusyButton';
import { useRemote } from '../../../hooks/useRemote';
import { formatTime } from '../../../utils/format';
import { reportApi } from '../../services/report-api';

/** 投诉情况月汇总表 of the latest closed period (or the one a message named): open it, or make it now. */
export function ComplaintSummaryCard({
  communityId,
  period,
  onOpen,
}: {
  communityId: string;
  period?: string;
  onOpen: (url: string, fileName: string) => Promise<boolean>;
}) {
  const input = { communityId, ...(period ? { period } : {}) };
  const kept = useRemote(`${communityId}|${period ?? ''}`, () => reportApi.summary(input));
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const record = kept.data?.record;

  const make = async () => {
    setError('');
    setBusy(true);
    const answer = await reportApi.makeSummary(input);
    setBusy(false);
    if (!answer.ok) return setError(answer.error.message);
    kept.replace({ period: answer.data.period, record: answer.data });
    void Taro.showToast({ title: '已生成', icon: 'success' });
  };
  const open = async () => {
    if (record && !(await onOpen(record.url, record.fileName))) setError('打开失败，请稍后重试');
  };

  if (kept.error?.code === 'FORBIDDEN') return null;
  return (
    <View id="complaint-summary" className="card">
      <Text className="report-title">投诉情况月汇总表</Text>
      {kept.loading && <Text className="text-muted">加载中…</Text>}
      {kept.data && <Text className="text-muted">{`统计期间：${kept.data.period.label}`}</Text>}
      {record ? (
        <View>
          <Text>
            {`投诉 ${record.totals.complaints} 件，按时处理 ${record.totals.onTime} 件，满意 ${record.totals.satisfied} 件，未结 ${record.totals.open} 件`}
          </Text>
          <Text className="text-muted">{`生成于 ${formatTime(record.madeAt)}`}</Text>
          <Button id="summary-open" className="button button--block" onClick={() => void open()}>
            打开汇总表
          </Button>
        </View>
      ) : (
        kept.data && <Text className="text-muted">本期汇总表尚未生成</Text>
      )}
      {kept.data && (
        <BusyButton id="summary-make" busy={busy} onClick={() => void make()}>
          {record ? '重新生成' : '立即生成'}
        </BusyButton>
      )}
      {error && <Text className="notice notice--danger">{error}</Text>}
    </View>
  );
}
