// A request being written survives a reload or a closed app: kept in Taro storage, per person,
// until it is sent or discarded. The clientRequestId is kept with it, so sending it after a
// reload still files it once.
import Taro from '@tarojs/taro';

const KEY_PREFIX = 'estate-desk.ticket-draft.';

export interface StoredDraft<D> {
  draft: D;
  clientRequestId: string;
}

const keyOf = (who: string) => `${KEY_PREFIX}${who || 'me'}`;

export function loadDraft<D>(who: string): StoredDraft<D> | undefined {
  try {
    const raw: unknown = Taro.getStorageSync(keyOf(who));
    if (typeof raw !== 'string' || !raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<StoredDraft<D>>;
    if (!parsed.draft || typeof parsed.clientRequestId !== 'string') return undefined;
    return { draft: parsed.draft, clientRequestId: parsed.clientRequestId };
  } catch {
    return undefined; // an unreadable draft is no draft
  }
}

export function saveDraft<D>(who: string, stored: StoredDraft<D>): void {
  Taro.setStorageSync(keyOf(who), JSON.stringify(stored));
}

export function clearDraft(who: string): void {
  Taro.removeStorageSync(keyOf(who));
}
