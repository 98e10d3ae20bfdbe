// The archive search through the local runtime: each filter, keyset paging in a stable order, and
// who may search what. Every query runs under the strict index policy.
import type { ApiResult, Page, TicketView } from '../../cloudfunctions/domain/api';
import type { ArchiveItemView } from '../../cloudfunctions/domain/archive-views';
import type { User } from '../../cloudfunctions/domain/model';
import { wxCloud } from '../../cloudfunctions/server/cloud';
import { createRepositories } from '../../cloudfunctions/server/repositories';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { aRepairRequest, newClientRequestId } from '../support/requests';
import { aSecondCommunity } from './support/places';

let c: FunctionsCloud;
const DESK = 'demo-receptionist';
const OTHER_DESK = 'test-archive-desk-elsewhere';
const OWNER = 'demo-owner-1';
const OTHER_OWNER = 'demo-owner-2';

const search = (filters: object, openid = DESK) =>
  c.call<Page<ArchiveItemView>>('archive', { action: 'search', ...filters }, openid);
const found = async (filters: object, openid = DESK) => {
  const answer = await search(filters, openid);
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return answer.data.items.map((i) => i.number);
};
const failed = async (answer: Promise<ApiResult<unknown>>) => {
  const result = await answer;
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
};

/** The numbers filed, by what they are. */
const filed: Record<string, string> = {};

beforeAll(async () => {
  c = await startFunctionsCloud();
  const elsewhere = await aSecondCommunity(c);
  const desk: User = {
    openid: OTHER_DESK,
    name: '林客服',
    roles: ['receptionist', 'staff'],
    department: 'service',
    communityIds: [elsewhere],
    units: [],
    active: true,
  };
  await createRepositories(wxCloud().database()).staff.putUser(desk);

  // Sunday 2026-11-01: a repair by owner 1 in the app
  c.setClock('2026-11-01T10:00:00+08:00');
  filed.tap = (await c.ok<TicketView>('ticket', aRepairRequest({ photos: [] }), OWNER)).number;
  // Tuesday 2026-11-10: a complaint by owner 2
  c.setClock('2026-11-10T10:00:00+08:00');
  filed.noise = (
    await c.ok<TicketView>(
      'ticket',
      aRepairRequest({
        category: 'complaint',
        description: '楼上装修噪音太大，晚上十点还在施工',
        location: { kind: 'unit', unitId: 'demo-unit-2-1-202' },
        contactPhone: '13812340202',
        photos: [],
      }),
      OTHER_OWNER,
    )
  ).number;
  // Friday 2026-11-20: a caller with no account rings the hotline about a street lamp
  c.setClock('2026-11-20T10:00:00+08:00');
  filed.lamp = (
    await c.ok<TicketView>(
      'ticket',
      {
        action: 'createOnBehalf',
        clientRequestId: newClientRequestId(),
        category: 'repair',
        channel: 'hotline',
        urgency: 'normal',
        description: '东门岗亭旁的路灯不亮了，晚上很黑',
        photos: [],
        location: { kind: 'common_area', text: '东门岗亭旁' },
        contactPhone: '0571-88886666',
        person: { kind: 'caller', name: '路人甲', communityId: 'demo-cuihu' },
      },
      DESK,
    )
  ).number;
});
afterAll(() => c.close());

describe('searching the archive', () => {
  it('finds a request by its number, typed in lower case too', async () => {
    expect(await found({ number: filed.noise.toLowerCase() })).toEqual([filed.noise]);
  });

  it('finds an owner’s requests by their openid, and a unit’s by its id', async () => {
    expect(await found({ ownerOpenid: OTHER_OWNER })).toEqual([filed.noise]);
    expect(await found({ unitId: 'demo-unit-1-1-101' })).toEqual([filed.tap]);
  });

  it('finds a request by its phone, however the number is written', async () => {
    expect(await found({ phone: '057188886666' })).toEqual([filed.lamp]);
    expect(await found({ phone: '0571 8888 6666' })).toEqual([filed.lamp]);
    expect(await found({ phone: '13800000000' })).toEqual([]);
  });

  it('finds a request by words of its text, blanks and case ignored, within a date range', async () => {
    const range = { from: '2026-11-01', to: '2026-11-30' };
    expect(await found({ words: '路灯', ...range })).toEqual([filed.lamp]);
    expect(await found({ words: '水 龙头', ...range })).toEqual([filed.tap]);
    expect(await found({ words: '东门岗亭', ...range })).toEqual([filed.lamp]);
    expect(await found({ words: '电梯', ...range })).toEqual([]);
    // words are taken literally, not as a pattern
    expect(await found({ words: '.*', ...range })).toEqual([]);
  });

  it('asks for a date range of at most 92 days when words are the only narrowing filter', async () => {
    expect(await failed(search({ words: '路灯' }))).toMatchObject({ code: 'INVALID_INPUT', field: 'from' });
    expect(await failed(search({ words: '路灯', from: '2026-01-01', to: '2026-11-30' }))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'from',
    });
    expect(await found({ words: '路灯', phone: '057188886666' })).toEqual([filed.lamp]);
  });

  it('filters by date range, category, status, department and channel', async () => {
    expect(await found({ from: '2026-11-05', to: '2026-11-15' })).toEqual([filed.noise]);
    expect(await found({ from: '2026-11-20' })).toEqual([filed.lamp]);
    expect(await found({ to: '2026-11-01' })).toEqual([filed.tap]);
    expect(await found({ category: 'complaint' })).toEqual([filed.noise]);
    expect(await found({ channel: 'hotline' })).toEqual([filed.lamp]);
    expect(await found({ department: 'engineering', category: 'repair' })).toEqual([filed.lamp, filed.tap]);
    expect(await found({ status: 'submitted', channel: 'miniprogram' })).toEqual([filed.noise, filed.tap]);
  });

  it('answers rows newest first, with who filed them and how they came', async () => {
    const answer = await search({});
    if (!answer.ok) throw new Error(JSON.stringify(answer.error));
    expect(answer.data.items.map((i) => i.number)).toEqual([filed.lamp, filed.noise, filed.tap]);
    expect(answer.data.items[0]).toMatchObject({ ownerName: '路人甲', channel: 'hotline', archived: false });
    expect(answer.data.items[0]).not.toHaveProperty('ownerOpenid');
    expect(answer.data.items[2]).toMatchObject({ ownerOpenid: OWNER, unitId: 'demo-unit-1-1-101' });
    expect(JSON.stringify(answer.data)).not.toContain('13812345678');
  });

  it('refuses bad filters with the field named, and a cursor from elsewhere', async () => {
    expect(await failed(search({ category: 'gossip' }))).toMatchObject({ code: 'INVALID_INPUT', field: 'category' });
    expect(await failed(search({ from: '2026-11-31' }))).toMatchObject({ code: 'INVALID_INPUT', field: 'from' });
    expect(await failed(search({ from: '2026-11-20', to: '2026-11-01' }))).toMatchObject({ field: 'to' });
    expect(await failed(search({ number: 'ED1' }))).toMatchObject({ field: 'number' });
    expect(await failed(search({ cursor: 'forged' }))).toMatchObject({ code: 'INVALID_INPUT', field: 'cursor' });
    expect(await failed(search({ ownerOpenid: { $ne: '' } }))).toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('paging', () => {
  it('walks every result once, newest first, in pages that follow on from each other', async () => {
    c.setClock('2026-11-25T09:00:00+08:00');
    for (let i = 0; i < 5; i += 1)
      await c.ok('ticket', aRepairRequest({ photos: [], description: `第${i + 1}次报修：阳台地漏堵塞` }), OWNER);
    const all = await found({ ownerOpenid: OWNER, limit: 50 });
    expect(all).toHaveLength(6);

    const walked: string[] = [];
    let cursor: string | undefined;
    do {
      const answer = await search({ ownerOpenid: OWNER, limit: 2, ...(cursor ? { cursor } : {}) });
      if (!answer.ok) throw new Error(JSON.stringify(answer.error));
      expect(answer.data.items.length).toBeLessThanOrEqual(2);
      walked.push(...answer.data.items.map((i) => i.number));
      cursor = answer.data.nextCursor;
    } while (cursor);
    expect(walked).toEqual(all);
    // a request filed while paging does not shift the pages already read
    const first = await search({ ownerOpenid: OWNER, limit: 3 });
    if (!first.ok) throw new Error('first page');
    await c.ok('ticket', aRepairRequest({ photos: [], description: '新的报修：门铃不响' }), OWNER);
    const second = await search({ ownerOpenid: OWNER, limit: 3, cursor: first.data.nextCursor });
    if (!second.ok) throw new Error('second page');
    expect(second.data.items.map((i) => i.number)).toEqual(all.slice(3, 6));
  });
});

describe('who searches what', () => {
  it('keeps another community’s desk to its own community', async () => {
    expect(await found({}, OTHER_DESK)).toEqual([]);
    expect(await found({ number: filed.tap }, OTHER_DESK)).toEqual([]);
    expect(await failed(search({ communityId: 'demo-cuihu' }, OTHER_DESK))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses owners and department staff, and asks company-wide roles for a community', async () => {
    expect(await failed(search({}, OWNER))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failed(search({}, 'demo-engineering'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await failed(search({}, 'demo-leadership'))).toMatchObject({ code: 'INVALID_INPUT', field: 'communityId' });
    expect(await found({ communityId: 'demo-cuihu', category: 'complaint' }, 'demo-leadership')).toEqual([filed.noise]);
    expect(await found({ number: filed.lamp }, 'demo-leadership')).toEqual([filed.lamp]);
    expect(await found({ channel: 'hotline' }, 'demo-manager')).toEqual([filed.lamp]);
  });
});
