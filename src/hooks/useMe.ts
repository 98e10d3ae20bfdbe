// Who the caller is (roles, units, department), loaded once and shared by every page.
import { useEffect, useState } from 'react';
import type { ApiError, MeView } from '@domain/api';
import { userApi } from '../services/api/user';

interface MeState {
  me?: MeView;
  error?: ApiError;
  loading: boolean;
}

let state: MeState = { loading: false };
let pending: Promise<void> | null = null;
const listeners = new Set<(next: MeState) => void>();

function publish(next: MeState) {
  state = next;
  listeners.forEach((listener) => listener(state));
}

export function refreshMe(): Promise<void> {
  if (pending) return pending;
  publish({ ...state, loading: true });
  pending = userApi.me().then((answer) => {
    pending = null;
    publish(answer.ok ? { me: answer.data, loading: false } : { error: answer.error, loading: false });
  });
  return pending;
}

/** Forget the caller (after switching identity in h5). */
export function forgetMe(): void {
  publish({ loading: false });
}

export function useMe(): MeState & { reload: () => Promise<void> } {
  const [current, setCurrent] = useState(state);
  useEffect(() => {
    listeners.add(setCurrent);
    if (!state.me && !state.loading && !state.error) void refreshMe();
    else setCurrent(state);
    return () => void listeners.delete(setCurrent);
  }, []);
  return { ...current, loading: current.loading || (!current.me && !current.error), reload: refreshMe };
}
