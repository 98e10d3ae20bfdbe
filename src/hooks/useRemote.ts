import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, ApiResult } from '@domain/api';

export interface Remote<T> {
  data?: T;
  error?: ApiError;
  loading: boolean;
  reload(): Promise<void>;
  replace(data: T): void;
}

/** Loads once when `key` changes (skipped while key is null), with loading and error states. */
export function useRemote<T>(key: string | null, load: () => Promise<ApiResult<T>>): Remote<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: key !== null });
  const loadRef = useRef(load);
  loadRef.current = load;
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const ticket = (latest.current += 1);
    setState((previous) => ({ ...previous, loading: true }));
    const answer = await loadRef.current();
    if (ticket !== latest.current) return; // a newer load has started
    setState(answer.ok ? { data: answer.data, loading: false } : { error: answer.error, loading: false });
  }, []);

  useEffect(() => {
    if (key !== null) void reload();
  }, [key, reload]);

  const replace = useCallback((data: T) => setState({ data, loading: false }), []);
  return { ...state, reload, replace };
}
