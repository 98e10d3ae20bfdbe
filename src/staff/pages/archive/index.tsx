import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import type { ArchiveFilters } from '@domain/archive-schemas';
import type { ArchiveItemView } from '@domain/archive-views';
import { CATEGORIES, CHANNELS } from '@domain/model';
import { CATEGORY_LABELS, CHANNEL_LABELS } from '@domain/labels';
import { BusyButton } from '../../../components/BusyButton';
import { Chips } from '../../../components/Chips';
import { Field } from '../../../components/Field';
import { PageShell } from '../../../components/PageShell';
import { useOnChange } from '../../../hooks/useOnChange';
import { usePagedList } from '../../../hooks/usePagedList';
import { archiveApi } from '../../../services/api/archive';
import { openFile } from '../../../services/open-file';
import { ArchiveList } from '../../components/ArchiveList';
import { filtersOf, freshDraft } from '../../archive-filters';
import type { ArchiveDraft } from '../../archive-filters';

/** 档案查询: every request of the caller's communities, from every channel, by any mix of filters. */
export default function ArchivePage() {
  const [draft, setDraft] = useState<ArchiveDraft>(() => freshDraft());
  const [query, setQuery] = useState<{ filters: ArchiveFilters; run: number } | null>(null);
  const filters = query?.filters ?? null;
  const [exporting, setExporting] = useState(false);
  const list = usePagedList<ArchiveItemView>((cursor) => archiveApi.search({ ...filters, cursor, limit: 20 }));
  const update = (change: Partial<ArchiveDraft>) => setDraft((d) => ({ ...d, ...change }));

  // each 查询 reads afresh, with the filters as they were when it was tapped
  useOnChange(query?.run, () => void list.reload());
  const searchNow = () => setQuery((q) => ({ filters: filtersOf(draft), run: (q?.run ?? 0) + 1 }));
  const exportNow = async () => {
    if (!filters) return;
    setExporting(true);
    const answer = await archiveApi.exportSearch(filters);
    setExporting(false);
    if (!answer.ok) {
      void Taro.showModal({ title: '导出失败', content: answer.error.message, showCancel: false });
      return;
    }
    const opened = await openFile(answer.data.url, answer.data.fileName, 'xlsx');
    void Taro.showToast({ title: opened ? `已导出${answer.data.rows ?? 0}条` : '文件打开失败', icon: 'none' });
  };

  const text = (id: string, key: keyof ArchiveDraft, placeholder: string, type: 'text' | 'number' = 'text') => (
    <Input
      id={id}
      className="text-input"
      type={type}
      placeholder={placeholder}
      value={draft[key]}
      onInput={(e) => update({ [key]: e.detail.value } as Partial<ArchiveDraft>)}
    />
  );

  return (
    <PageShell
      header={
        <View className="card form">
          <Field label="关键词" hint="在诉求内容和位置中查找；未填电话、编号时按日期范围（最长92天）查询">
            {text('archive-words', 'words', '如：漏水、路灯')}
          </Field>
          <Field label="联系电话">{text('archive-phone', 'phone', '手机或座机号码', 'number')}</Field>
          <Field label="诉求编号">{text('archive-number', 'number', '如：ED20261122-0007')}</Field>
          <Field label="日期范围" hint="格式：2026-11-01">
            <View className="row">
              {text('archive-from', 'from', '开始日期')}
              <Text> 至 </Text>
              {text('archive-to', 'to', '结束日期')}
            </View>
          </Field>
          <Field label="类别">
            <Chips
              idPrefix="archive-category"
              items={[
                { key: 'all' as const, text: '全部' },
                ...CATEGORIES.map((c) => ({ key: c, text: CATEGORY_LABELS[c] })),
              ]}
              value={draft.category}
              onChange={(category) => update({ category })}
            />
          </Field>
          <Field label="渠道">
            <Chips
              idPrefix="archive-channel"
              items={[
                { key: 'all' as const, text: '全部' },
                ...CHANNELS.map((c) => ({ key: c, text: CHANNEL_LABELS[c] })),
              ]}
              value={draft.channel}
              onChange={(channel) => update({ channel })}
            />
          </Field>
          <BusyButton id="archive-search" busy={list.loading && list.items.length === 0} onClick={searchNow}>
            查询
          </BusyButton>
          {filters && list.items.length > 0 && (
            <Button
              id="archive-export"
              className="button button--ghost button--block"
              loading={exporting}
              onClick={exportNow}
            >
              导出Excel
            </Button>
          )}
          <Button className="button button--ghost button--block" onClick={() => setDraft(freshDraft())}>
            清空条件
          </Button>
        </View>
      }
      loading={false}
      error={list.items.length === 0 ? list.error : undefined}
      onRetry={list.refresh}
      empty={Boolean(filters) && list.loaded && !list.loading && list.items.length === 0 && !list.error}
      emptyText="没有符合条件的诉求"
    >
      {list.error && list.items.length > 0 && <Text className="notice notice--danger">{list.error.message}</Text>}
      <ArchiveList list={list} />
    </PageShell>
  );
}
