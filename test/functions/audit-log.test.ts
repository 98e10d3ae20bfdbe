// The audit log as administrators read it: audit.list, newest first, page by page, by target;
// nobody else may read it, and the function has no action that writes or deletes.
import type { Page } from '../../cloudfunctions/domain/api';
import type { AuditEntry } from '../../cloudfunctions/domain/audit';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';

let c: FunctionsCloud;

/** Entries as the recorders store them, one minute apart; two share an instant (ties go by _id). */
const ENTRIES = Array.from({ length: 7 }, (_, i) => ({
  _id: `entry-${i}`,
  at: `2026-03-0${Math.min(i, 5) + 1}T09:00:00.000+08:00`,
  actor: { openid: 'demo-admin', name: '蒋管理员' },
  action: 'unit.update',
  target: { kind: 'unit', id: i % 2 === 0 ? 'demo-unit-1-1-101' : 'demo-unit-2-1-202' },
  before: { room: `${i}00` },
  after: { room: `${i}01` },
}));

beforeAll(async () => {
  c = await startFunctionsCloud();
  const answer = await c.cloud.database.handle('database.insertDocument', {
    collectionName: 'audit_log',
    data: ENTRIES.map((e) => JSON.stringify(e)),
  });
  expect(answer).not.toHaveProperty('code');
});
afterAll(() => c.close());

const list = (event: object, openid = 'demo-admin') =>
  c.call<Page<AuditEntry>>('audit', { action: 'list', ...event }, openid);

async function everyPage(event: object): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const answer = await list({ ...event, limit: 2, ...(cursor ? { cursor } : {}) });
    if (!answer.ok) throw new Error(JSON.stringify(answer.error));
    ids.push(...answer.data.items.map((item) => item.id));
    cursor = answer.data.nextCursor;
  } while (cursor);
  return ids;
}

it('pages the whole log newest first (same instant: by id, descending), each entry once', async () => {
  expect(await everyPage({})).toEqual(['entry-6', 'entry-5', 'entry-4', 'entry-3', 'entry-2', 'entry-1', 'entry-0']);
  const first = await list({ limit: 1 });
  expect(first.ok && first.data.items[0]).toMatchObject({
    id: 'entry-6',
    actor: { name: '蒋管理员' },
    before: { room: '600' },
    after: { room: '601' },
  });
});

it('lists the entries about one target only', async () => {
  expect(await everyPage({ targetId: 'demo-unit-2-1-202' })).toEqual(['entry-5', 'entry-3', 'entry-1']);
  const none = await list({ targetId: 'nobody' });
  expect(none.ok && none.data).toEqual({ items: [] });
});

it.each(['demo-manager', 'demo-owner-1', 'demo-receptionist', 'demo-leadership', 'wx-stranger'])(
  'refuses %s: only administrators read the log',
  async (openid) => {
    const answer = await list({}, openid);
    expect(answer.ok || answer.error.code).toBe('FORBIDDEN');
  },
);

it('refuses a bad cursor, limit or target, and offers no action that changes the log', async () => {
  for (const bad of [
    { cursor: 'forged' },
    { limit: 0 },
    { limit: 51 },
    { targetId: '' },
    { targetId: 7 },
    { extra: 1 },
  ]) {
    const answer = await list(bad);
    expect(answer.ok || answer.error.code).toBe('INVALID_INPUT');
  }
  for (const action of ['record', 'remove', 'update', 'add']) {
    const answer = await c.call('audit', { action }, 'demo-admin');
    expect(answer.ok || answer.error.code).toBe('UNKNOWN_ACTION');
  }
  expect(await c.documents('audit_log')).toHaveLength(ENTRIES.length);
});
