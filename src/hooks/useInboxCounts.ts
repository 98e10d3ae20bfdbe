// The 工作台's badges: how many requests wait in each view. Read when the page is shown or pulled
// down to refresh — not with every page of the list, which reads only its page.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import type { ApiError, InboxCounts } from '@domain/api';
import { ticketApi } from '../services/api/ticket';

export interface InboxCountsState {
  counts?: InboxCounts;
  error?: ApiError;
  refresh(): Promise<void>;
}

export function useInboxCounts(): InboxCountsState {
  const [state, setState] = useState<{ counts?: InboxCounts; error?: ApiError }>({});
  const underWay = useRef<Promise<void> | null>(null);

  // a read under way is joined, not repeated (mounting and the first show come together)
  const refresh = useCallback(() => {
    if (underWay.current) return underWay.current;
    const started = ticketApi
      .inboxCounts()
      .then((answer) =>
        setState((previous) =>
          answer.ok ? { counts: answer.data } : { counts: previous.counts, error: answer.error },
        ),
      )
      .finally(() => {
        underWay.current = null;
      });
    underWay.current = started;
    return started;
  }, []);

  useEffect(() => void refresh(), [refresh]);
  useDidShow(() => void refresh());
  usePullDownRefresh(() => void refresh());
  return { ...state, refresh };
}
