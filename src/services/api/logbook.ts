import type { Page } from '@domain/api';
import type { Incident, LostItem, LostItemState, UnclaimedItemView } from '@domain/logbook';
import type {
  ClaimFoundInput,
  CreateIncidentInput,
  DisposeFoundInput,
  RecordFoundInput,
} from '@domain/logbook-schemas';
import { callCloud } from '../callCloud';

const paged = (cursor?: string) => ({ limit: 20, ...(cursor ? { cursor } : {}) });

/** The registers (cloud function `logbook`): staff keep them; owners browse unclaimed found items. */
export const logbookApi = {
  listIncidents: (communityId: string, state: 'open' | 'closed' | 'all', cursor?: string) =>
    callCloud<Page<Incident>>('logbook', { action: 'listIncidents', communityId, state, ...paged(cursor) }),
  createIncident: (input: CreateIncidentInput) =>
    callCloud<Incident>('logbook', { action: 'createIncident', ...input }),
  closeIncident: (id: string, version: number, followUp: string) =>
    callCloud<Incident>('logbook', { action: 'closeIncident', id, version, followUp }),
  listFound: (communityId: string, state: LostItemState | 'all', cursor?: string) =>
    callCloud<Page<LostItem>>('logbook', { action: 'listFound', communityId, state, ...paged(cursor) }),
  recordFound: (input: RecordFoundInput) => callCloud<LostItem>('logbook', { action: 'recordFound', ...input }),
  claimFound: (input: ClaimFoundInput) => callCloud<LostItem>('logbook', { action: 'claimFound', ...input }),
  disposeFound: (input: DisposeFoundInput) => callCloud<LostItem>('logbook', { action: 'disposeFound', ...input }),
  listUnclaimed: (cursor?: string) =>
    callCloud<Page<UnclaimedItemView>>('logbook', { action: 'listUnclaimed', ...paged(cursor) }),
};
