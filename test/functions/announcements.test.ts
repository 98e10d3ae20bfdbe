// Announcements through the local cloud: a group admin publishes to some buildings, now or at a
// time; WeChat's content check holds a risky text at once and an image until its late verdict;
// owners read their own buildings' announcements, once each, and a card opened in a WeChat group
// counts for that group; a risky request description is refused with nothing written.
import type { Page } from '../../cloudfunctions/domain/api';
import type {
  AnnouncementStatsView,
  AnnouncementSummaryView,
  AnnouncementView,
} from '../../cloudfunctions/domain/announcement-views';
import { localGroupCloudID } from '../../local';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { aRepairRequest } from '../support/requests';
import { snapshotAll } from './support/database';

const ADMIN = 'demo-group-admin';
const DESK = 'demo-receptionist';
const OWNER_1 = 'demo-owner-1'; // 1栋
const OWNER_2 = 'demo-owner-2'; // 2栋

// a 1×1 PNG
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

let c: FunctionsCloud;
let gateway: string;
beforeAll(async () => {
  c = await startFunctionsCloud();
  // images are uploaded through the gateway, and WeChat fetches them by their temporary link
  ({ url: gateway } = await c.cloud.listen(0));
});
afterAll(() => c.close());
beforeEach(() => c.cloud.contentCheck.reset());

async function upload(openid: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([PNG], { type: 'image/png' }), 'notice.png');
  const response = await fetch(`${gateway}/storage/upload`, {
    method: 'POST',
    body: form,
    headers: { 'x-openid': openid },
  });
  const body = (await response.json()) as { fileID?: string };
  if (!body.fileID) throw new Error(`upload failed: ${JSON.stringify(body)}`);
  return body.fileID;
}

const anOutage = (overrides: object = {}) => ({
  action: 'save',
  kind: 'outage',
  title: '1栋停水通知',
  body: '因管道检修，1栋将于明日上午停水，请提前储水。',
  outage: { startAt: '2026-12-04T08:00:00+08:00', endAt: '2026-12-04T12:00:00+08:00' },
  audience: { all: false, buildings: ['1栋'] },
  ...overrides,
});

const save = (event: object, openid = ADMIN) => c.ok<AnnouncementView>('announcement', event, openid);
const publish = (id: string, publishAt?: string) =>
  c.ok<AnnouncementView>('announcement', { action: 'publish', id, ...(publishAt ? { publishAt } : {}) }, ADMIN);
const feedOf = async (openid: string) =>
  (await c.ok<Page<AnnouncementSummaryView>>('announcement', { action: 'feed' }, openid)).items.map((a) => a.id);

describe('publishing to some buildings', () => {
  it('shows an outage notice for 1栋 to an owner of 1栋 and not to an owner of 2栋', async () => {
    const draft = await save(anOutage());
    expect(draft.status).toBe('draft');
    expect(await feedOf(OWNER_1)).not.toContain(draft.id);

    const published = await publish(draft.id);
    expect(published.status).toBe('published');
    expect(await feedOf(OWNER_1)).toContain(draft.id);
    expect(await feedOf(OWNER_2)).not.toContain(draft.id);
    expect((await c.call('announcement', { action: 'read', id: draft.id }, OWNER_2)).ok).toBe(false);

    // the text went to WeChat's check as the writer's, in the forum scene
    const [check] = c.cloud.outbox.list('security.msgSecCheck').filter((e) => e.functionName === 'announcement');
    expect(check.payload).toMatchObject({ openid: ADMIN, scene: 3, version: 2 });
  });

  it('publishes a scheduled one when the timer finds its time has come', async () => {
    c.setClock('2026-12-03T09:00:00+08:00');
    const draft = await save(anOutage({ kind: 'notice', outage: undefined, audience: { all: true, buildings: [] } }));
    const scheduled = await publish(draft.id, '2026-12-03T10:00:00+08:00');
    expect(scheduled.status).toBe('scheduled');
    expect(await feedOf(OWNER_2)).not.toContain(draft.id);

    await c.cloud.runTimer('timer');
    expect(await feedOf(OWNER_2)).not.toContain(draft.id);

    c.advance(61);
    await c.cloud.runTimer('timer');
    const read = await c.ok<AnnouncementView>('announcement', { action: 'read', id: draft.id }, OWNER_2);
    expect(read.status).toBe('published');
    expect(read.publishedAt).toBe('2026-12-03T10:00:00.000+08:00');
  });

  it('refuses a building the community does not have, and an owner who writes', async () => {
    const unknown = await c.call('announcement', anOutage({ audience: { all: false, buildings: ['9栋'] } }), ADMIN);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'audience.buildings' } });
    const owner = await c.call('announcement', anOutage(), OWNER_1);
    expect(owner).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('the content check', () => {
  it('holds a risky text at once, with the reason, and shows it to no owner', async () => {
    c.cloud.contentCheck.setRiskyWords(['违禁词']);
    const draft = await save(anOutage({ body: '这是一段含有违禁词的公告正文内容' }));
    const held = await publish(draft.id);
    expect(held.status).toBe('held');
    expect(held.hold).toMatchObject({ reason: 'text_risky' });
    expect(held.hold?.message).toContain('未通过微信内容安全检查');
    expect(await feedOf(OWNER_1)).not.toContain(draft.id);
  });

  it('holds an image until its late verdict, then publishes it', async () => {
    const image = await upload(ADMIN);
    const draft = await save(anOutage({ images: [image] }));
    const held = await publish(draft.id);
    expect(held.status).toBe('held');
    expect(held.hold?.reason).toBe('image_pending');
    expect(await feedOf(OWNER_1)).not.toContain(draft.id);
    const [pending] = c.cloud.contentCheck.pendingMediaChecks();
    expect(pending.mediaUrl).toContain(gateway);

    const [delivery] = await c.cloud.contentCheck.deliverMediaChecks();
    expect(delivery).toMatchObject({ ok: true, result: 'success' });
    expect(await feedOf(OWNER_1)).toContain(draft.id);
    const read = await c.ok<AnnouncementView>('announcement', { action: 'read', id: draft.id }, OWNER_1);
    expect(read.images.map((i) => i.fileID)).toEqual([image]);
  });

  it('keeps an image WeChat finds risky held, with the reason', async () => {
    const image = await upload(ADMIN);
    const draft = await save(anOutage({ images: [image] }));
    await publish(draft.id);
    c.cloud.contentCheck.setMediaVerdict({ suggest: 'risky', label: 20002 });
    await c.cloud.contentCheck.deliverMediaChecks();

    const after = await c.ok<AnnouncementView>('announcement', { action: 'get', id: draft.id }, ADMIN);
    expect(after.status).toBe('held');
    expect(after.hold).toMatchObject({ reason: 'image_risky' });
    expect(after.hold?.message).toContain('色情');
    expect(after.images[0].check).toBe('risky');
    expect(await feedOf(OWNER_1)).not.toContain(draft.id);
  });

  it('ignores a made-up verdict for a trace id the server never recorded', async () => {
    const image = await upload(ADMIN);
    const draft = await save(anOutage({ images: [image] }));
    await publish(draft.id);
    const forged = await c.cloud.invoke(
      'mediaCheck',
      { Event: 'wxa_media_check', trace_id: 'made-up-trace', result: { suggest: 'pass', label: 100 } },
      { openid: OWNER_1 },
    );
    expect(forged).toBe('success');
    const after = await c.ok<AnnouncementView>('announcement', { action: 'get', id: draft.id }, ADMIN);
    expect(after.status).toBe('held');
    await c.cloud.contentCheck.deliverMediaChecks();
  });
});

describe('reads', () => {
  it('counts each person once, per building and per WeChat group the card was opened in', async () => {
    const draft = await save(anOutage({ audience: { all: true, buildings: [] } }));
    await publish(draft.id);
    const group = localGroupCloudID('GroupA1234');
    await c.ok('announcement', { action: 'read', id: draft.id, group }, OWNER_1);
    await c.ok('announcement', { action: 'read', id: draft.id, group }, OWNER_1);
    await c.ok('announcement', { action: 'read', id: draft.id }, OWNER_2);

    const stats = await c.ok<AnnouncementStatsView>('announcement', { action: 'stats', id: draft.id }, ADMIN);
    expect(stats.readCount).toBe(2);
    expect(stats.byBuilding).toEqual([
      { building: '1栋', reads: 1 },
      { building: '2栋', reads: 1 },
    ]);
    expect(stats.byGroup).toEqual([{ groupId: 'GroupA1234', name: '业主群（1234）', reads: 1 }]);

    // the group is now one of the group admin's groups
    const groups = await c.ok<{ items: { id: string }[] }>('staff', { action: 'myGroups' }, ADMIN);
    expect(groups.items.map((g) => g.id)).toContain('GroupA1234');
  });

  it('lets a receptionist of the community read the stats, and nobody else', async () => {
    const draft = await save(anOutage());
    await publish(draft.id);
    expect((await c.call('announcement', { action: 'stats', id: draft.id }, DESK)).ok).toBe(true);
    expect(await c.call('announcement', { action: 'stats', id: draft.id }, OWNER_1)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('what owners write', () => {
  it('refuses a risky request description and writes nothing', async () => {
    c.cloud.contentCheck.setRiskyWords(['违禁词']);
    const before = await snapshotAll(c);
    const answer = await c.call(
      'ticket',
      aRepairRequest({ description: '楼道里有人张贴违禁词广告', photos: [] }),
      OWNER_1,
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'CONTENT_RISKY', field: 'description' } });
    expect(await snapshotAll(c)).toBe(before);
  });

  it('refuses a risky reply, and lets a clean request through', async () => {
    const ticket = await c.ok<{ id: string }>('ticket', aRepairRequest({ photos: [] }), OWNER_1);
    c.cloud.contentCheck.setRiskyWords(['违禁词']);
    const reply = await c.call('ticket', { action: 'reply', ticketId: ticket.id, text: '这是违禁词回复' }, DESK);
    expect(reply).toMatchObject({ ok: false, error: { code: 'CONTENT_RISKY' } });
  });

  it('takes a photo WeChat finds risky off the request', async () => {
    const photo = await upload(OWNER_1);
    const ticket = await c.ok<{ id: string; photos: string[] }>('ticket', aRepairRequest({ photos: [photo] }), OWNER_1);
    expect(ticket.photos).toEqual([photo]);
    c.cloud.contentCheck.setMediaVerdict({ suggest: 'risky', label: 20002 });
    await c.cloud.contentCheck.deliverMediaChecks();
    const after = await c.ok<{ photos: string[] }>('ticket', { action: 'get', ticketId: ticket.id }, OWNER_1);
    expect(after.photos).toEqual([]);
  });
});
