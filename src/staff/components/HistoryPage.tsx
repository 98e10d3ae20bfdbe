// 业主档案 and 房屋档案 read alike: a head (the person or the unit) above every request, a page at a
// time; each names what it reads and how its head looks.
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { ApiResult, Page } from '@domain/api';
import type { ArchiveItemView } from '@domain/archive-views';
import { PageShell } from '../../components/PageShell';
import { useTabList } from '../../hooks/useTabList';
import { ArchiveList } from './ArchiveList';

export function HistoryPage<T extends { requests: Page<ArchiveItemView> }>({
  listKey,
  load,
  head,
  emptyText,
  links,
}: {
  listKey: string;
  load(page: { cursor?: string; limit: number }): Promise<ApiResult<T>>;
  head(answer: T): ReactNode;
  emptyText: string;
  links?: boolean;
}) {
  const [answer, setAnswer] = useState<T>();
  const list = useTabList<ArchiveItemView, Page<ArchiveItemView>>(listKey, async (cursor) => {
    const read = await load({ cursor, limit: 20 });
    if (!read.ok) return read;
    setAnswer(read.data);
    return { ok: true, data: read.data.requests };
  });
  return (
    <PageShell
      header={answer && head(answer)}
      loading={!list.loaded}
      error={list.items.length === 0 ? list.error : undefined}
      onRetry={list.refresh}
      empty={list.items.length === 0}
      emptyText={emptyText}
    >
      <ArchiveList list={list} links={links} />
    </PageShell>
  );
}
