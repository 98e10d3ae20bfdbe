import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { TicketView } from '@domain/api';
import { LEDGER_FINISHED } from '@domain/ledger-rules';
import { archiveApi } from '../services/api/archive';
import { openFile } from '../services/open-file';

/** For staff: print the request for the paper ledger, and close its ledger (注销台账) once finished. */
export function LedgerActions({ ticket, onChanged }: { ticket: TicketView; onChanged: () => void }) {
  const [busy, setBusy] = useState<'print' | 'close' | null>(null);
  const [error, setError] = useState('');
  const archived = ticket.timeline.some((e) => e.kind === 'archived');

  const print = async () => {
    setBusy('print');
    setError('');
    const answer = await archiveApi.printTicket(ticket.id);
    setBusy(null);
    if (!answer.ok) return setError(answer.error.message);
    if (!(await openFile(answer.data.url, answer.data.fileName, 'pdf'))) setError('文件打开失败，请稍后重试');
  };
  const close = async () => {
    const confirmed = await Taro.showModal({
      title: '注销台账',
      content: '注销后该诉求将移出工作台列表，仍可在档案查询中找到。确定注销？',
    });
    if (!confirmed.confirm) return;
    setBusy('close');
    setError('');
    const answer = await archiveApi.closeLedger(ticket.id);
    setBusy(null);
    if (!answer.ok) return setError(answer.error.message);
    void Taro.showToast({ title: '已注销台账', icon: 'success' });
    onChanged();
  };

  return (
    <View className="card">
      <Text className="section__title">台账</Text>
      {archived && <Text className="text-muted">已注销台账</Text>}
      {error && <Text className="notice notice--danger">{error}</Text>}
      <Button
        id="print-ticket"
        className="button button--ghost button--block"
        loading={busy === 'print'}
        onClick={print}
      >
        打印（PDF）
      </Button>
      {!archived && LEDGER_FINISHED.includes(ticket.status) && (
        <Button
          id="close-ledger"
          className="button button--ghost button--block"
          loading={busy === 'close'}
          onClick={close}
        >
          注销台账
        </Button>
      )}
    </View>
  );
}
