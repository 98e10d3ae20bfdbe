// An outage notice reaches, as the outage subscription message, the people of the buildings it
// names who accepted that template: once each whatever their homes, page by page across timer runs,
// transient failures tried again a bounded number of times, stopped when it is withdrawn; the
// writer's page counts what became of them.
import type { AnnouncementView } from '../../cloudfunctions/domain/announcement-views';
import { DEMO_UNITS } from '../../cloudfunctions/domain/demo-data';
import { membershipId } from '../../cloudfunctions/domain/household';
import { MAX_OUTAGE_TRIES } from '../../cloudfunctions/domain/outage-delivery';
import type { OutageDelivery } from '../../cloudfunctions/domain/outage-delivery';
import { unitSummary } from '../../cloudfunctions/domain/places';
import { SUBSCRIPTION_TEMPLATES } from '../../cloudfunctions/domain/subscription-templates';
import type { QuotaView } from '../../cloudfunctions/domain/subscription-views';
import { wxCloud } from '../../cloudfunctions/server/cloud';
import { createRepositories } from '../../cloudfunctions/server/repositories';
import type { Repositories } from '../../cloudfunctions/server/repositories/types';
import { outageDeliveryJob } from '../../cloudfunctions/timer/jobs/outage-delivery';
import type { OutboxEntry } from '../../local';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';

const ADMIN = 'demo-group-admin';
const OWNER_1 = 'demo-owner-1'; // 1栋1单元101
const OWNER_2 = 'demo-owner-2'; // 2栋1单元202
const NO_GRANT = 'test-owner-no-grant'; // 1栋2单元201
const TWO_HOMES = 'test-owner-two-homes'; // 1栋1单元102 and 1栋2单元302
const SEND = 'subscribeMessage.send';
const OUTAGE_TEMPLATE = SUBSCRIPTION_TEMPLATES.outage_notice.id;

let c: FunctionsCloud;
let repos: Repositories;

async function aResident(openid: string, unitIds: string[]): Promise<void> {
  const units = DEMO_UNITS.filter((u) => unitIds.includes(u.id));
  await repos.homes.putUser({
    openid,
    name: '测试业主',
    roles: ['owner'],
    communityId: 'demo-cuihu',
    units: units.map(unitSummary),
  });
  for (const unit of units)
    await repos.homes.putMembership({
      id: membershipId(unit.id, openid),
      unitId: unit.id,
      communityId: unit.communityId,
      openid,
      name: '测试业主',
      relation: 'owner',
      since: '2026-01-01T00:00:00.000+08:00',
    });
}

/** The person accepts the outage template in WeChat's prompt, `times` times. */
async function grant(openid: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i += 1)
    await c.ok('subscription', { action: 'record', choices: { [OUTAGE_TEMPLATE]: 'accept' } }, openid);
}

const remaining = async (openid: string) =>
  (await c.ok<{ quota: QuotaView[] }>('subscription', { action: 'mine' }, openid)).quota.find(
    (q) => q.key === 'outage_notice',
  )?.remaining;

const outageMessages = (): OutboxEntry[] =>
  c.cloud.outbox.list(SEND).filter((e) => e.payload.template_id === OUTAGE_TEMPLATE);
const messagedPeople = () => outageMessages().map((e) => String(e.payload.touser));

async function publishOutage(buildings: string[] | 'all', title = '1栋停水通知'): Promise<string> {
  const draft = await c.ok<AnnouncementView>(
    'announcement',
    {
      action: 'save',
      kind: 'outage',
      title,
      body: '因管道检修，将于明日上午停水，请提前储水。',
      outage: { startAt: '2026-12-04T08:00:00+08:00', endAt: '2026-12-04T12:00:00+08:00' },
      audience: buildings === 'all' ? { all: true, buildings: [] } : { all: false, buildings },
    },
    ADMIN,
  );
  const published = await c.ok<AnnouncementView>('announcement', { action: 'publish', id: draft.id }, ADMIN);
  expect(published.status).toBe('published');
  return draft.id;
}

const viewOf = (id: string) => c.ok<AnnouncementView>('announcement', { action: 'get', id }, ADMIN);

async function runTimer(): Promise<Record<string, number>> {
  const answer = (await c.cloud.runTimer('timer')) as { ok: boolean; data: Record<string, Record<string, number>> };
  expect(answer.ok).toBe(true);
  return answer.data.outageDelivery!;
}

async function storedDelivery(id: string): Promise<OutageDelivery | undefined> {
  const [doc] = (await c.documents('announcements')).filter((d) => d._id === id);
  return doc?.delivery as OutageDelivery | undefined;
}

beforeAll(async () => {
  c = await startFunctionsCloud();
  repos = createRepositories(wxCloud().database());
  await aResident(NO_GRANT, ['demo-unit-1-2-201']);
  await aResident(TWO_HOMES, ['demo-unit-1-1-102', 'demo-unit-1-2-302']);
  c.setClock('2026-12-03T09:00:00+08:00');
});
afterAll(() => c.close());
beforeEach(() => {
  c.cloud.outbox.clear();
  c.cloud.outbox.resetAnswers();
});

describe('an outage for 1栋', () => {
  let id = '';

  it('is marked for delivery when it is published', async () => {
    await grant(OWNER_1);
    await grant(OWNER_2);
    await grant(TWO_HOMES, 2);
    id = await publishOutage(['1栋']);
    expect((await viewOf(id)).delivery).toMatchObject({ state: 'delivering', sent: 0, unitsDone: false });
    expect(outageMessages()).toEqual([]);
  });

  it('reaches the granted people of 1栋 at the next timer run, each once, and no one else', async () => {
    const report = await runTimer();
    expect(report).toMatchObject({ messaged: 2, finished: 1, unfinished: 0 });

    expect(messagedPeople().sort()).toEqual([OWNER_1, TWO_HOMES].sort());
    const [message] = outageMessages().filter((e) => e.payload.touser === OWNER_1);
    expect(message).toMatchObject({
      functionName: 'timer',
      ok: true,
      payload: {
        touser: OWNER_1,
        template_id: OUTAGE_TEMPLATE,
        page: 'pages/home/index',
        data: {
          phrase1: { value: '停水' },
          thing2: { value: '1栋' },
          time3: { value: '2026年12月04日 08:00' },
          time4: { value: '2026年12月04日 12:00' },
          thing5: { value: '1栋停水通知' },
        },
      },
    });
    // two homes in 1栋, one message: one of the two grants is left
    expect(await remaining(TWO_HOMES)).toBe(1);
    expect(await remaining(OWNER_2)).toBe(1);

    expect((await viewOf(id)).delivery).toMatchObject({
      state: 'done',
      sent: 2,
      noQuota: 1,
      refused: 0,
      failed: 0,
      retrying: 0,
      unitsDone: true,
    });
    const records = (await c.documents('subscription_sends')).filter((r) => String(r.key).startsWith(`outage:${id}:`));
    expect(records.map((r) => [r.openid, r.outcome]).sort()).toEqual(
      [
        [NO_GRANT, 'no_quota'],
        [OWNER_1, 'sent'],
        [TWO_HOMES, 'sent'],
      ].sort(),
    );
    expect(records.find((r) => r.openid === OWNER_1)?.key).toBe(`outage:${id}:${OWNER_1}`);
  });

  it('sends nothing again on the next run', async () => {
    const before = (await viewOf(id)).delivery;
    c.advance(1);
    expect(await runTimer()).toEqual({ messaged: 0, finished: 0, stopped: 0, unfinished: 0 });
    expect(outageMessages()).toEqual([]);
    expect((await viewOf(id)).delivery).toEqual(before);
  });
});

describe('what WeChat answers', () => {
  it('counts a refusal (43101) and tries a transient failure again on a later run', async () => {
    await grant(OWNER_1);
    await grant(TWO_HOMES);
    c.cloud.outbox.setAnswer(SEND, { errCode: 43101 });
    const refused = await publishOutage(['1栋'], '1栋停电通知');
    await runTimer();
    expect((await viewOf(refused)).delivery).toMatchObject({ state: 'done', refused: 2, noQuota: 1, sent: 0 });

    await grant(OWNER_1);
    c.cloud.outbox.setAnswer(SEND, { errCode: -1, errMsg: 'system error' });
    c.advance(1);
    const id = await publishOutage(['1栋'], '1栋停水通知（补发）');
    await runTimer();
    expect((await viewOf(id)).delivery).toMatchObject({ state: 'delivering', sent: 0, retrying: 2, unitsDone: true });

    c.cloud.outbox.resetAnswers();
    c.cloud.outbox.clear();
    c.advance(1);
    expect(await runTimer()).toMatchObject({ messaged: 2, finished: 1 });
    expect(messagedPeople().sort()).toEqual([OWNER_1, TWO_HOMES].sort());
    expect((await viewOf(id)).delivery).toMatchObject({ state: 'done', sent: 2, retrying: 0, failed: 0 });
    // the grant held for the failed try served the retry
    expect(await remaining(OWNER_1)).toBe(0);
    expect(await remaining(TWO_HOMES)).toBe(0);
  });

  it(`gives a failure up after ${MAX_OUTAGE_TRIES} tries and counts it failed`, async () => {
    await grant(OWNER_1);
    c.cloud.outbox.setAnswer(SEND, { errCode: -1, errMsg: 'system error' });
    const id = await publishOutage(['1栋'], '1栋停水通知（再次）');
    for (let run = 1; run <= MAX_OUTAGE_TRIES + 2; run += 1) {
      await runTimer();
      c.advance(1);
    }
    expect(outageMessages().filter((e) => e.payload.touser === OWNER_1)).toHaveLength(MAX_OUTAGE_TRIES);
    expect((await viewOf(id)).delivery).toMatchObject({ state: 'done', failed: 1, retrying: 0, sent: 0 });
  });
});

it('stops when the announcement is withdrawn before its messages went', async () => {
  await grant(OWNER_1);
  const id = await publishOutage(['1栋'], '1栋停水通知（取消）');
  await c.ok('announcement', { action: 'withdraw', id }, ADMIN);
  await runTimer();
  expect(outageMessages()).toEqual([]);
  expect((await viewOf(id)).delivery).toMatchObject({ state: 'stopped', sent: 0 });
  expect(await remaining(OWNER_1)).toBe(1);
});

describe('a delivery larger than one run', () => {
  /** One granted resident in every unit of 3栋 that has none. */
  const third = DEMO_UNITS.filter((u) => u.building === '3栋');
  const residentOf = (unitId: string) => `test-resident-${unitId}`;

  beforeAll(async () => {
    for (const unit of third) {
      await aResident(residentOf(unit.id), [unit.id]);
      await grant(residentOf(unit.id));
    }
  });

  it('keeps its place on the announcement and goes on in the next run, each person once', async () => {
    await grant(OWNER_1);
    await grant(TWO_HOMES);
    const id = await publishOutage(['3栋', '1栋'], '1栋、3栋停水通知');
    // two units a page, and a run whose budget is spent at once: one unit a run
    const job = outageDeliveryJob({ pageSize: 2 });
    const run = () => job.run({ repos, now: c.advance(1), deadline: Date.now() - 1 });

    expect(await run()).toMatchObject({ messaged: 1, unfinished: 1 });
    // 1栋 comes first: its first unit, 1单元101
    expect(await storedDelivery(id)).toMatchObject({
      state: 'delivering',
      cursor: { building: 0, after: { building: '1栋', entrance: '1单元', room: '101' } },
    });
    expect(messagedPeople()).toEqual([OWNER_1]);

    let runs = 1;
    while ((await storedDelivery(id))?.state === 'delivering' && runs < 40) {
      await run();
      runs += 1;
    }
    // 24 units, one a run: a short page walked to its end ends its building
    expect(runs).toBe(24);
    const expected = [OWNER_1, TWO_HOMES, ...third.map((u) => residentOf(u.id))];
    expect(messagedPeople().sort()).toEqual(expected.sort());
    expect((await viewOf(id)).delivery).toMatchObject({ state: 'done', sent: expected.length, noQuota: 1 });
  });

  it('walks the whole community page by page in one run when the budget allows', async () => {
    const everyone = [OWNER_1, OWNER_2, TWO_HOMES, NO_GRANT, ...third.map((u) => residentOf(u.id))];
    for (const openid of everyone) await grant(openid);
    const id = await publishOutage('all', '全小区停水通知');
    const job = outageDeliveryJob({ pageSize: 5 });
    expect(await job.run({ repos, now: c.advance(1), deadline: Date.now() + 20_000 })).toMatchObject({
      messaged: everyone.length,
      finished: 1,
    });
    expect(messagedPeople().sort()).toEqual(everyone.sort());
    const [message] = outageMessages();
    expect(message?.payload.data).toMatchObject({ thing2: { value: '全小区' } });
    expect((await viewOf(id)).delivery).toMatchObject({ state: 'done', sent: everyone.length, noQuota: 0 });
  });
});
