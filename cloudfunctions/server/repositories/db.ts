// Small typed helpers over wx-server-sdk's database, whose own typings answer `Promise | void`.
import type { Database } from '../cloud';

export const COLLECTIONS = {
  tickets: 'tickets',
  users: 'users',
  units: 'units',
  communities: 'communities',
  counters: 'counters',
  auditLog: 'audit_log',
  register: 'register',
  invitations: 'invitations',
  ownerGroups: 'owner_groups',
  ownerGroupAdmins: 'owner_group_admins',
  bindingRequests: 'binding_requests',
  memberships: 'memberships',
  visits: 'visits',
  visitSamples: 'visit_samples',
  messages: 'messages',
  parkedEffects: 'parked_effects',
  routingRules: 'routing_rules',
  calendar: 'calendar',
  promisePolicies: 'promise_policies',
  serviceGuides: 'service_guides',
  faqStats: 'faq_stats',
  announcements: 'announcements',
  announcementReads: 'announcement_reads',
  mediaChecks: 'media_checks',
  accessLog: 'access_log',
  purgeLog: 'purge_log',
  retentionSettings: 'retention_settings',
  incidents: 'incidents',
  lostItems: 'lost_items',
  subscriptionQuota: 'subscription_quota',
  subscriptionSends: 'subscription_sends',
  credits: 'credits',
  figureSnapshots: 'figure_snapshots',
  complaintSummaries: 'complaint_summaries',
  surveys: 'surveys',
  surveyAnswers: 'survey_answers',
} as const;

/** The document id a record keyed by an effect key (`<ticketId>:<version>:<n>`) is stored under. */
export const effectDocumentId = (key: string): string => key.replace(/:/g, '-');

export type Collection = ReturnType<Database['collection']>;
export type Query = ReturnType<Collection['where']>;
export type StoredDoc = Record<string, unknown> & { _id: string };

export async function find(query: Query | Collection): Promise<StoredDoc[]> {
  const result = (await query.get()) as { data: StoredDoc[] };
  return result.data;
}

/** How many documents a conditional update changed: 0 when the condition no longer holds. */
export async function updated(query: Query, data: Record<string, unknown>): Promise<number> {
  const result = (await query.update({ data })) as { stats: { updated: number } };
  return result.stats.updated;
}

/** Inserts many documents in one request (the seeding tools write history in batches). */
export async function addMany(collection: Collection, docs: StoredDoc[]): Promise<void> {
  if (docs.length > 0) await collection.add({ data: docs as unknown as Record<string, unknown> });
}

interface InnerQuery {
  updateAndReturn?(data: Record<string, unknown>): Promise<{ code?: string; message?: string; doc?: unknown }>;
}

/**
 * Updates the first document the query matches and answers it as it is after the update, in ONE
 * request (`database.modifyAndReturnDoc`). wx-server-sdk 4.0.2 wraps the query of
 * @cloudbase/database, which has `updateAndReturn`, but does not forward that method; we call
 * the wrapped query (`_query`) directly. The SDK version is pinned in every function's
 * package.json; if it ever stops holding this, the call fails loudly rather than quietly.
 */
export async function updateAndReturn(query: Query, data: Record<string, unknown>): Promise<StoredDoc | null> {
  const inner = (query as unknown as { _query?: InnerQuery })._query;
  if (typeof inner?.updateAndReturn !== 'function')
    throw new Error('wx-server-sdk: the wrapped query has no updateAndReturn');
  const answer = await inner.updateAndReturn(data);
  if (answer.code)
    throw Object.assign(new Error(`${answer.code}: ${answer.message ?? ''}`), { errMsg: answer.message });
  return (answer.doc as StoredDoc | null | undefined) ?? null;
}

/** A plain JSON document: undefined fields dropped, `id` stored as `_id`. */
export function toStored<T extends { id: string }>(value: T): StoredDoc {
  const { id, ...rest } = JSON.parse(JSON.stringify(value)) as T;
  return { _id: id, ...rest };
}

export function fromStored<T extends { id: string }>(doc: StoredDoc): T {
  const { _id, ...rest } = doc;
  return { id: _id, ...rest } as unknown as T;
}

/** A unique index refused the write (the cloud answers -502001 with MongoDB's E11000 text). */
export function isDuplicateKey(error: unknown): boolean {
  const e = error as { errMsg?: unknown; message?: unknown } | null;
  const text = `${e?.errMsg ?? ''} ${e?.message ?? ''}`;
  return /E11000|duplicate key/i.test(text);
}
