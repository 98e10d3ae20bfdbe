// The service desk's return visits: open ones due first (the overdue on top), done ones latest
// first; tap 记录回访 on a task to record one attempt.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text } from '@tarojs/components';
import type { RecordVisitInput, VisitView } from '@domain/visit-schemas';
import type { VisitTaskView } from '@domain/visits';
import { Chips } from '../../components/Chips';
import { PageShell } from '../../components/PageShell';
import { VisitCard } from '../../components/visits/VisitCard';
import { VisitForm } from '../../components/visits/VisitForm';
import { useTabList } from '../../hooks/useTabList';
import { visitApi } from '../../services/api/visit';

export default function VisitsPage() {
  const [view, setView] = useState<VisitView>('open');
  const list = useTabList<VisitTaskView>(view, (cursor) => visitApi.list({ view, cursor, limit: 20 }));
  const [open, setOpen] = useState<string>();
  const [busy, setBusy] = useState(false);

  const record = async (input: RecordVisitInput) => {
    setBusy(true);
    const answer = await visitApi.record(input);
    setBusy(false);
    if (!answer.ok) return void Taro.showToast({ title: answer.error.message, icon: 'none' });
    const { outcome } = answer.data;
    const title = outcome === 'unsatisfied' ? '已退回重新处理' : outcome ? '回访已完成' : '已记录，请稍后再联系';
    void Taro.showToast({ title, icon: outcome === 'unsatisfied' ? 'none' : 'success' });
    setOpen(undefined);
    await list.refresh();
  };

  return (
    <PageShell
      header={
        <Chips
          idPrefix="visits"
          items={[
            { key: 'open', text: '待回访' },
            { key: 'done', text: '已回访' },
          ]}
          value={view}
          onChange={setView}
        />
      }
      loading={!list.loaded}
      error={list.items.length === 0 ? list.error : undefined}
      onRetry={list.refresh}
      empty={list.items.length === 0}
      emptyText={view === 'open' ? '没有待回访的任务' : '还没有已完成的回访'}
    >
      {list.error && <Text className="notice notice--danger">{list.error.message}</Text>}
      {list.items.map((visit) => (
        <VisitCard key={visit.id} visit={visit}>
          {visit.state === 'open' &&
            (open === visit.id ? (
              <VisitForm visitId={visit.id} busy={busy} onSubmit={(input) => void record(input)} />
            ) : (
              <Button
                id={`visit-record-${visit.id}`}
                className="button button--ghost"
                onClick={() => setOpen(visit.id)}
              >
                记录回访
              </Button>
            ))}
        </VisitCard>
      ))}
    </PageShell>
  );
}
