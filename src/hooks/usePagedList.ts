import { useCallback, useRef, useState } from 'react';
import type { ApiError, ApiResult, Page } from '@domain/api';

export interface PagedList<T, P extends Page<T>> {
  items: T[];
  last?: P;
  error?: ApiError;
  loading: boolean;
  loaded: boolean;
  hasMore: boolean;
  /** Reads the first page again, keeping the items on screen until it arrives; joins a refresh under way. */
  refresh(): Promise<void>;
  /** Forgets the items and reads the first page: for when what the list shows has changed (a filter). */
  reload(): Promise<void>;
  loadMore(): Promise<void>;
}

/** A list read page by page with a cursor. */
export function usePagedList<T, P extends Page<T> = Page<T>>(
  loadPage: (cursor?: string) => Promise<ApiResult<P>>,
): PagedList<T, P> {
  const [items, setItems] = useState<T[]>([]);
  const [last, setLast] = useState<P>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const loadRef = useRef(loadPage);
  loadRef.current = loadPage;
  const generation = useRef(0);
  const firstPage = useRef<Promise<void> | null>(null);

  const fetchPage = useCallback(async (cursor?: string) => {
    const mine = cursor ? generation.current : (generation.current += 1);
    setLoading(true);
    const answer = await loadRef.current(cursor);
    if (mine !== generation.current) return;
    setLoading(false);
    setLoaded(true);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setError(undefined);
    setLast(answer.data);
    setItems((previous) => (cursor ? [...previous, ...answer.data.items] : answer.data.items));
  }, []);

  const startFirstPage = useCallback(() => {
    const started = fetchPage().finally(() => {
      if (firstPage.current === started) firstPage.current = null;
    });
    firstPage.current = started;
    return started;
  }, [fetchPage]);

  const refresh = useCallback(() => firstPage.current ?? startFirstPage(), [startFirstPage]);
  const reload = useCallback(() => {
    setItems([]);
    setLast(undefined);
    setError(undefined);
    setLoaded(false);
    return startFirstPage();
  }, [startFirstPage]);
  const loadMore = useCallback(async () => {
    if (!loading && last?.nextCursor) await fetchPage(last.nextCursor);
  }, [fetchPage, last, loading]);

  return { items, last, error, loading, loaded, hasMore: !!last?.nextCursor, refresh, reload, loadMore };
}
