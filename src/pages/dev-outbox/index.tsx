// Only for the browser build: the subscription messages the local cloud "sent" (its open API
// outbox, GET /dev/outbox), newest first, with their fields as WeChat would show them.
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ApiResult } from '@domain/api';
import { templateById } from '@domain/subscription-templates';
import { PageShell } from '../../components/PageShell';
import { useRemote } from '../../hooks/useRemote';
import { gatewayOrigin } from '../../services/platform';
import { formatTime } from '../../utils/format';

interface OutboxEntry {
  id: number;
  functionName: string | null;
  at: string;
  ok: boolean;
  errCode: number;
  errMsg: string;
  payload: { touser?: string; template_id?: string; page?: string; data?: Record<string, { value?: string }> };
}

async function loadOutbox(): Promise<ApiResult<OutboxEntry[]>> {
  try {
    const response = await Taro.request<{ entries: OutboxEntry[] }>({
      url: `${gatewayOrigin()}/dev/outbox?api=subscribeMessage.send`,
      method: 'GET',
      dataType: 'json',
    });
    if (response.statusCode !== 200) throw new Error(String(response.statusCode));
    return { ok: true, data: response.data.entries };
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: '读取发件箱失败：本地云未以开发模式运行' } };
  }
}

function Entry({ entry }: { entry: OutboxEntry }) {
  const template = templateById(entry.payload.template_id ?? '');
  const labelOf = (key: string) => template?.fields.find((f) => f.key === key)?.label ?? key;
  return (
    <View className="card outbox-entry">
      <View className="subscription-send__head">
        <Text className="section__title">{template?.title ?? entry.payload.template_id ?? '（无模板）'}</Text>
        <Text className={entry.ok ? 'subscription-send__outcome--sent' : 'subscription-send__outcome--failed'}>
          {entry.ok ? '已发送' : `被拒绝 ${entry.errCode} ${entry.errMsg}`}
        </Text>
      </View>
      <Text className="text-muted">
        #{entry.id} {formatTime(entry.at)} · 发给 {entry.payload.touser ?? '（无）'} · 来自 {entry.functionName ?? '—'}
      </Text>
      {Object.entries(entry.payload.data ?? {}).map(([key, field]) => (
        <View key={key} className="detail-row">
          <Text className="detail-row__label">{labelOf(key)}</Text>
          <Text className="detail-row__value">{field.value ?? ''}</Text>
        </View>
      ))}
      {entry.payload.page && <Text className="text-muted">点击打开：{entry.payload.page}</Text>}
    </View>
  );
}

export default function DevOutbox() {
  const outbox = useRemote('outbox', loadOutbox);
  return (
    <PageShell
      loading={outbox.loading && !outbox.data}
      error={outbox.error}
      onRetry={outbox.reload}
      empty={outbox.data?.length === 0}
      emptyText="还没有发出订阅消息"
    >
      <Button id="outbox-reload" className="button button--ghost button--block" onClick={() => void outbox.reload()}>
        刷新
      </Button>
      {outbox.data?.map((entry) => (
        <Entry key={entry.id} entry={entry} />
      ))}
    </PageShell>
  );
}
