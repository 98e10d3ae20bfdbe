// The caller's community guide: its services, frequent questions and the numbers to call, loaded
// once per person and kept for the session (pages reload it on pull-down or after an edit).
import type { GuideView } from '@domain/guide';
import { guideApi } from '../services/api/guide';
import { useRemote } from './useRemote';
import type { Remote } from './useRemote';

const kept = new Map<string, GuideView>();

/** `who`: the caller's openid, or null while unknown or when they have no community. */
export function useGuide(who: string | null): Remote<GuideView> {
  const remote = useRemote(who === null ? null : `guide:${who}`, async () => {
    const answer = await guideApi.get();
    if (answer.ok && who) kept.set(who, answer.data);
    return answer;
  });
  const cached = who ? kept.get(who) : undefined;
  return remote.data || !cached ? remote : { ...remote, data: cached, loading: false };
}
