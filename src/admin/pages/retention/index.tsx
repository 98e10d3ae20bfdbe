import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import {
  MAX_RETENTION_YEARS,
  MIN_RETENTION,
  RETENTION_FROM,
  RETENTION_KINDS,
  RETENTION_LABELS,
} from '@domain/retention';
import type { HeldRequestView, PurgeLogEntry, RetentionYears } from '@domain/retention';
import { BusyButton } from '../../../components/BusyButton';
import { Field } from '../../../components/Field';
import { PageShell } from '../../../components/PageShell';
import { usePagedList } from '../../../hooks/usePagedList';
import { useRemote } from '../../../hooks/useRemote';
import { recordsApi } from '../../../services/api/records';
import { formatTime } from '../../../utils/format';

function PurgeRow({ entry }: { entry: PurgeLogEntry }) {
  const counts = RETENTION_KINDS.filter((kind) => entry.purged[kind] > 0).map(
    (kind) => `${RETENTION_LABELS[kind]} ${entry.purged[kind]}`,
  );
  return (
    <View className="list-row">
      <Text className="list-row__title">{formatTime(entry.at)}</Text>
      <Text className="list-row__sub">
        {counts.join('，')}；照片 {entry.files}；保全中未清理 {entry.held}
        {entry.unfinished ? '（未完成，下次继续）' : ''}
      </Text>
    </View>
  );
}

function HoldRow({ held, onPick }: { held: HeldRequestView; onPick(number: string): void }) {
  return (
    <View className="list-row">
      <Text className="list-row__title">{held.number}</Text>
      <Text className="list-row__sub">
        {held.hold.reason} · {held.hold.by.name} {formatTime(held.hold.at)}
      </Text>
      <Text id={`release-${held.number}`} className="link" onClick={() => onPick(held.number)}>
        解除保全…
      </Text>
    </View>
  );
}

/** 保存年限与保全: how long each kind of record is kept, legal holds on requests, and the purge log. */
export default function RetentionPage() {
  const settings = useRemote('retention', recordsApi.retention);
  const holds = usePagedList<HeldRequestView>((cursor) => recordsApi.listHolds(cursor));
  const purges = usePagedList<PurgeLogEntry>((cursor) => recordsApi.listPurges(cursor));
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<{ text: string; danger?: boolean }>();
  const [holdNumber, setHoldNumber] = useState('');
  const [holdReason, setHoldReason] = useState('');
  const { reload: reloadHolds } = holds;
  const { reload: reloadPurges } = purges;
  useEffect(() => {
    void reloadHolds();
    void reloadPurges();
  }, [reloadHolds, reloadPurges]);

  const current = settings.data;
  const valueOf = (kind: (typeof RETENTION_KINDS)[number]) => draft[kind] ?? String(current?.years[kind] ?? '');

  const save = async () => {
    if (!current) return;
    const years = Object.fromEntries(RETENTION_KINDS.map((kind) => [kind, Number(valueOf(kind))])) as RetentionYears;
    const shorter = RETENTION_KINDS.filter((kind) => years[kind] < current.years[kind]);
    if (shorter.length > 0) {
      const confirm = await Taro.showModal({
        title: '缩短保存年限',
        content: `${shorter.map((k) => RETENTION_LABELS[k]).join('、')}的保存年限将缩短，到期记录会在夜间清理且无法恢复。确定保存吗？`,
      });
      if (!confirm.confirm) return;
    }
    setSaving(true);
    const answer = await recordsApi.saveRetention(current.version, years);
    setSaving(false);
    if (!answer.ok) return setNotice({ text: answer.error.message, danger: true });
    settings.replace(answer.data);
    setDraft({});
    setNotice({ text: '已保存' });
  };

  const hold = async () => {
    const answer = await recordsApi.setHold(holdNumber.trim(), holdReason);
    if (!answer.ok) return setNotice({ text: answer.error.message, danger: true });
    setHoldNumber('');
    setHoldReason('');
    setNotice({ text: `${answer.data.number} 已保全` });
    void holds.reload();
  };

  const release = async () => {
    const number = holdNumber.trim();
    const confirm = await Taro.showModal({
      title: `解除 ${number} 的保全`,
      content: '解除后，该诉求将按保存年限到期清理，且无法恢复。',
    });
    if (!confirm.confirm) return;
    const answer = await recordsApi.clearHold(number, holdReason);
    if (!answer.ok) return setNotice({ text: answer.error.message, danger: true });
    setHoldNumber('');
    setHoldReason('');
    setNotice({ text: `${number} 已解除保全` });
    void holds.reload();
  };

  return (
    <PageShell loading={settings.loading && !current} error={settings.error} onRetry={settings.reload}>
      {notice && <Text className={`notice ${notice.danger ? 'notice--danger' : 'notice--ok'}`}>{notice.text}</Text>}
      <View className="card">
        <Text className="section__title">保存年限</Text>
        <Text className="text-muted">到期记录每晚 3 点清理（照片一并删除），清理只记录数量，不记录内容。</Text>
        {RETENTION_KINDS.map((kind) => (
          <Field
            key={kind}
            label={`${RETENTION_LABELS[kind]}（年）`}
            hint={`${RETENTION_FROM[kind]}计算；${MIN_RETENTION[kind]}–${MAX_RETENTION_YEARS} 年`}
          >
            <Input
              id={`retention-${kind}`}
              className="text-input"
              type="number"
              value={valueOf(kind)}
              onInput={(e) => setDraft({ ...draft, [kind]: e.detail.value })}
            />
          </Field>
        ))}
        <BusyButton id="retention-save" busy={saving} onClick={() => void save()}>
          保存
        </BusyButton>
      </View>
      <View className="card">
        <Text className="section__title">诉求保全（法律保全）</Text>
        <Text className="text-muted">保全中的诉求到期也不清理，直到解除。</Text>
        <Field label="诉求编号" required>
          <Input
            id="hold-number"
            className="text-input"
            placeholder="如 ED20261122-0007"
            value={holdNumber}
            onInput={(e) => setHoldNumber(e.detail.value)}
          />
        </Field>
        <Field label="原因" required hint="保全或解除保全的原因，记入操作记录">
          <Input
            id="hold-reason"
            className="text-input"
            placeholder="如 业主提起诉讼，法院调取证据"
            value={holdReason}
            onInput={(e) => setHoldReason(e.detail.value)}
          />
        </Field>
        <Button id="hold-save" className="button button--ghost button--block" onClick={() => void hold()}>
          保全
        </Button>
        <Button id="hold-release" className="button button--ghost button--block" onClick={() => void release()}>
          解除保全
        </Button>
        {holds.items.length === 0 && holds.loaded && <Text className="text-muted">暂无保全中的诉求</Text>}
        {holds.items.map((held) => (
          <HoldRow key={held.ticketId} held={held} onPick={setHoldNumber} />
        ))}
      </View>
      <View className="card">
        <Text className="section__title">清理记录</Text>
        {purges.items.length === 0 && purges.loaded && <Text className="text-muted">还没有清理过记录</Text>}
        {purges.items.map((entry) => (
          <PurgeRow key={entry.id} entry={entry} />
        ))}
        {purges.hasMore && (
          <Button className="button button--ghost button--block" onClick={() => void purges.loadMore()}>
            加载更多
          </Button>
        )}
      </View>
    </PageShell>
  );
}
