// Forgetting on time through the local runtime: the nightly purge removes finished requests past
// their retention with their photos in storage, keeps a request under legal hold, logs counts and
// never content, and a second run purges nothing twice; retention settings are admins' and audited.
import type { Page, TicketView } from '../../cloudfunctions/domain/api';
import type { AuditEntry } from '../../cloudfunctions/domain/audit';
import type { PurgeLogEntry, RetentionSettings } from '../../cloudfunctions/domain/retention';
import { DEFAULT_RETENTION } from '../../cloudfunctions/domain/retention';
import { aRepairRequest } from '../support/requests';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';

const OWNER = 'demo-owner-1';
const ENGINEER = 'demo-engineering';
const ADMIN = 'demo-admin';

// A 1×1 transparent PNG, as a phone's photo reaches the gateway.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

let c: FunctionsCloud;
let url = '';

beforeAll(async () => {
  c = await startFunctionsCloud();
  url = (await c.cloud.listen(0)).url;
});
afterAll(() => c.close());

/** An owner's photo, uploaded as the H5 app uploads it: its fileID. */
async function aPhoto(): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'photo.png');
  const answer = await fetch(`${url}/storage/upload`, { method: 'POST', body: form, headers: { 'x-openid': OWNER } });
  const body = (await answer.json()) as { fileID?: string };
  if (!body.fileID) throw new Error(`upload refused: ${JSON.stringify(body)}`);
  return body.fileID;
}

const stored = async (fileID: string) => (await fetch(`${url}/storage/file/${encodeURIComponent(fileID)}`)).status;

/** A repair with a photo, accepted, resolved with a photo of the result and rated: closed now. */
async function aClosedRepair(description: string): Promise<{ view: TicketView; photos: string[] }> {
  const photos = [await aPhoto(), await aPhoto()];
  const act = (action: string, ticketId: string, openid: string, payload: object = {}) =>
    c.ok<TicketView>('ticket', { action, ticketId, ...payload }, openid);
  const filed = await c.ok<TicketView>(
    'ticket',
    aRepairRequest({ description, photos: [photos[0] as string], contactPhone: '13912345678' }),
    OWNER,
  );
  await act('accept', filed.id, ENGINEER);
  await act('resolve', filed.id, ENGINEER, { text: '已更换阀芯', photos: [photos[1] as string] });
  const view = await act('rate', filed.id, OWNER, { score: 5, tags: [] });
  expect(view.status).toBe('closed');
  return { view, photos };
}

const ticketIds = async () => (await c.documents('tickets')).map((t) => t._id);
const purgeLog = async () => (await c.documents('purge_log')) as unknown as PurgeLogEntry[];
const runTimer = async () => (await c.cloud.runTimer('timer')) as { ok: boolean; data: Record<string, unknown> };

describe('retention settings', () => {
  it('start at the defaults and are read by admins only', async () => {
    const settings = await c.ok<RetentionSettings>('records', { action: 'retention' }, ADMIN);
    expect(settings).toEqual({ years: DEFAULT_RETENTION, version: 0 });
    expect(await c.call('records', { action: 'retention' }, 'demo-manager')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('refuses years below a kind’s minimum, and changes nothing', async () => {
    const answer = await c.call(
      'records',
      { action: 'saveRetention', version: 0, years: { ...DEFAULT_RETENTION, accessLog: 2 } },
      ADMIN,
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'years.accessLog' } });
    const fractional = await c.call(
      'records',
      { action: 'saveRetention', version: 0, years: { ...DEFAULT_RETENTION, requests: 2.5 } },
      ADMIN,
    );
    expect(fractional).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'years.requests' } });
    expect(await c.documents('retention_settings')).toEqual([]);
  });

  it('are saved against the version they were read at, and audited', async () => {
    const years = { ...DEFAULT_RETENTION, messages: 2 };
    const saved = await c.ok<RetentionSettings>('records', { action: 'saveRetention', version: 0, years }, ADMIN);
    expect(saved).toMatchObject({ years, version: 1, updatedBy: { openid: ADMIN } });
    const stale = await c.call('records', { action: 'saveRetention', version: 0, years: DEFAULT_RETENTION }, ADMIN);
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const audit = await c.ok<Page<AuditEntry>>('audit', { action: 'list', targetId: 'company' }, ADMIN);
    expect(audit.items[0]).toMatchObject({
      action: 'retention.update',
      before: DEFAULT_RETENTION,
      after: years,
      actor: { openid: ADMIN },
    });
    // back to the defaults for the purge below
    await c.ok('records', { action: 'saveRetention', version: 1, years: DEFAULT_RETENTION }, ADMIN);
  });
});

describe('the nightly purge', () => {
  let expired: { view: TicketView; photos: string[] };
  let held: { view: TicketView; photos: string[] };
  let recent: { view: TicketView; photos: string[] };
  /** the access-log entries of 2026 (staff shown the owner's phone): past their three years by 2029-03-10 */
  let accessOf2026 = 0;

  beforeAll(async () => {
    c.setClock('2026-03-02T10:00:00+08:00'); // a Monday
    expired = await aClosedRepair('厨房水龙头一直滴水，关不紧');
    held = await aClosedRepair('卫生间地漏返臭味，影响楼下邻居');
    await c.ok('ticket', { action: 'get', ticketId: held.view.id }, ENGINEER); // an access-log entry of 2026
    c.setClock('2027-06-01T10:00:00+08:00'); // a Tuesday
    recent = await aClosedRepair('阳台推拉门滑轨卡住，推不动');
  });

  it('takes a legal hold by request number, with a reason, audited', async () => {
    const answer = await c.ok<{ number: string; hold: { reason: string } }>(
      'records',
      { action: 'setHold', number: held.view.number, reason: '业主提起诉讼，法院调取证据' },
      ADMIN,
    );
    expect(answer).toMatchObject({ number: held.view.number, hold: { reason: '业主提起诉讼，法院调取证据' } });
    const audit = await c.ok<Page<AuditEntry>>('audit', { action: 'list', targetId: held.view.id }, ADMIN);
    expect(audit.items[0]).toMatchObject({ action: 'ticket.hold', summary: '业主提起诉讼，法院调取证据' });
    expect(
      await c.call('records', { action: 'setHold', number: held.view.number, reason: '再次保全试试' }, ADMIN),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'number' } });
    expect(
      await c.call('records', { action: 'setHold', number: held.view.number, reason: '业主提起诉讼' }, 'demo-manager'),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // the hold is nobody's business on the request itself
    const seen = await c.ok<TicketView>('ticket', { action: 'get', ticketId: held.view.id }, OWNER);
    expect(JSON.stringify(seen)).not.toContain('诉讼');
  });

  it('does nothing outside its night hours', async () => {
    c.setClock('2029-03-10T14:00:00+08:00');
    const run = await runTimer();
    expect(run.data.purge).toEqual({ purged: 0 });
    expect(await ticketIds()).toEqual(expect.arrayContaining([expired.view.id, held.view.id]));
  });

  it('removes requests past their retention with their photos, and keeps the held one', async () => {
    c.setClock('2029-03-10T03:05:00+08:00'); // three years and a week after they closed
    accessOf2026 = (await c.documents('access_log')).filter((e) => String(e.at).startsWith('2026')).length;
    expect(accessOf2026).toBeGreaterThan(0);
    const run = await runTimer();
    expect(run.data.purge).toMatchObject({ purged: expect.any(Number), files: 2, unfinished: 0 });

    const left = await ticketIds();
    expect(left).not.toContain(expired.view.id);
    expect(left).toEqual(expect.arrayContaining([held.view.id, recent.view.id]));
    for (const photo of expired.photos) expect(await stored(photo)).toBe(404);
    for (const photo of [...held.photos, ...recent.photos]) expect(await stored(photo)).toBe(200);
    // its messages (kept a year) and the access-log entry of 2026 (kept three) went too
    expect((await c.documents('messages')).filter((m) => m.ticketId === expired.view.id)).toEqual([]);
    expect((await c.documents('access_log')).filter((e) => String(e.at) < '2026-03-11')).toEqual([]);
  });

  it('logs the run with counts per kind and nothing the records said', async () => {
    const [entry, ...more] = await purgeLog();
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      at: expect.stringMatching(/^2029-03-10T03:05/),
      years: DEFAULT_RETENTION,
      purged: { requests: 1, accessLog: accessOf2026, visits: 0, incidents: 0, lostItems: 0 },
      files: 2,
      held: 1,
      unfinished: false,
    });
    expect((entry as PurgeLogEntry).purged.messages).toBeGreaterThan(0);
    const text = JSON.stringify(entry);
    for (const secret of [expired.view.number, expired.view.id, '水龙头', '13912345678', '张业主', ...expired.photos])
      expect(text).not.toContain(secret);
    const listed = await c.ok<Page<PurgeLogEntry>>('records', { action: 'listPurges' }, ADMIN);
    const { _id: id, ...fields } = entry as unknown as Record<string, unknown>;
    expect(listed.items).toEqual([{ ...fields, id }]);
  });

  it('purges nothing twice: a second run, that night or the next, removes and logs nothing', async () => {
    const before = await ticketIds();
    c.setClock('2029-03-10T03:20:00+08:00');
    expect((await runTimer()).data.purge).toEqual({ purged: 0 });
    c.setClock('2029-03-11T03:01:00+08:00');
    expect((await runTimer()).data.purge).toEqual({ purged: 0 });
    expect(await ticketIds()).toEqual(before);
    expect(await purgeLog()).toHaveLength(1);
    for (const photo of held.photos) expect(await stored(photo)).toBe(200);
  });

  it('lets a released request go on the next night, photos and all', async () => {
    c.setClock('2029-03-11T09:00:00+08:00');
    await c.ok('records', { action: 'clearHold', number: held.view.number, reason: '诉讼已结案' }, ADMIN);
    const audit = await c.ok<Page<AuditEntry>>('audit', { action: 'list', targetId: held.view.id }, ADMIN);
    expect(audit.items[0]).toMatchObject({ action: 'ticket.release', summary: '诉讼已结案' });

    c.setClock('2029-03-12T03:00:00+08:00');
    expect((await runTimer()).data.purge).toMatchObject({ files: 2 });
    expect(await ticketIds()).not.toContain(held.view.id);
    expect(await ticketIds()).toContain(recent.view.id);
    for (const photo of held.photos) expect(await stored(photo)).toBe(404);
    const log = await purgeLog();
    expect(log).toHaveLength(2);
    expect(log.find((e) => e.at.startsWith('2029-03-12'))).toMatchObject({ purged: { requests: 1 }, held: 0 });
  });
});
