import type { DeflectionReport, FaqEntry, FaqOutcome, GuideService, GuideView } from '@domain/guide';
import { callCloud } from '../callCloud';

type Editable<T extends { id: string }> = Omit<T, 'id'> & { id?: string };
type EntryKind = 'service' | 'faq';

export const guideApi = {
  get: (communityId?: string) =>
    callCloud<GuideView>('guide', { action: 'get', ...(communityId ? { communityId } : {}) }),
  saveService: (communityId: string, version: number, entry: Editable<GuideService>) =>
    callCloud<GuideView>('guide', { action: 'saveEntry', kind: 'service', communityId, version, entry }),
  saveFaq: (communityId: string, version: number, entry: Editable<FaqEntry>) =>
    callCloud<GuideView>('guide', { action: 'saveEntry', kind: 'faq', communityId, version, entry }),
  removeEntry: (kind: EntryKind, communityId: string, version: number, id: string) =>
    callCloud<GuideView>('guide', { action: 'removeEntry', kind, communityId, version, id }),
  recordFaq: (communityId: string, outcome: FaqOutcome, faqId?: string) =>
    callCloud<{ counted: true }>('guide', { action: 'recordFaq', communityId, outcome, ...(faqId ? { faqId } : {}) }),
  deflection: (communityId: string, month?: string) =>
    callCloud<DeflectionReport>('guide', { action: 'deflection', communityId, ...(month ? { month } : {}) }),
};
