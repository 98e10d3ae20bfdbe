// The service desk records requests that came by phone, visit, letter … for a registered owner (who
// then follows it in 我的) or for a caller with no account (whom no owner can read as theirs).
import type { Page, TicketSummaryView, TicketView } from '../../cloudfunctions/domain/api';
import type { CreateOnBehalfInput } from '../../cloudfunctions/domain/desk-schemas';
import type { OwnerCandidate } from '../../cloudfunctions/domain/owner-lookup';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { newClientRequestId } from '../support/requests';
import { snapshotAll } from './support/database';

let c: FunctionsCloud;
beforeAll(async () => {
  c = await startFunctionsCloud();
});
afterAll(() => c.close());

const DESK = 'demo-receptionist';
const OWNER = 'demo-owner-1';

const aPhoneComplaint = (overrides: Partial<CreateOnBehalfInput> = {}) => ({
  action: 'createOnBehalf',
  clientRequestId: newClientRequestId(),
  channel: 'hotline',
  category: 'complaint',
  description: '楼上装修噪音太大，晚上十点还在施工',
  location: { kind: 'unit', unitId: 'demo-unit-1-1-101' },
  contactPhone: '13812345678',
  person: { kind: 'owner', openid: OWNER },
  ...overrides,
});

const lookup = (payload: object, openid = DESK) =>
  c.ok<{ items: OwnerCandidate[] }>('ticket', { action: 'lookupOwner', ...payload }, openid);

describe('looking up who called', () => {
  it('finds the owner of a unit, with their account, and the rest of the register', async () => {
    const { items } = await lookup({ by: 'unit', unitId: 'demo-unit-1-1-101' });
    expect(items).toEqual([
      {
        unitId: 'demo-unit-1-1-101',
        unitLabel: '1栋1单元101',
        communityId: 'demo-cuihu',
        name: '张业主',
        phone: '13812345678',
        relation: 'owner',
        openid: OWNER,
      },
    ]);
    const household = await lookup({ by: 'unit', unitId: 'demo-unit-1-1-102' });
    expect(household.items.map((p) => [p.name, p.phone, p.openid])).toEqual([
      ['孙先生', '13900000102', undefined],
      ['孙太太', '13900001102', undefined],
    ]);
  });

  it('finds an owner by phone, account included though it carries no phone of its own', async () => {
    const { items } = await lookup({ by: 'phone', phone: '13812345678' });
    expect(items.map((p) => [p.name, p.unitLabel, p.openid])).toEqual([['张业主', '1栋1单元101', OWNER]]);
    expect((await lookup({ by: 'phone', phone: '13000000000' })).items).toEqual([]);
  });

  it('masks phones for the manager, and refuses department staff and owners', async () => {
    const { items } = await lookup({ by: 'unit', unitId: 'demo-unit-1-1-101' }, 'demo-manager');
    expect(items[0].phone).toBe('138****5678');
    for (const who of ['demo-engineering', OWNER]) {
      const answer = await c.call('ticket', { action: 'lookupOwner', by: 'phone', phone: '13812345678' }, who);
      expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('refuses a malformed phone and an unknown unit', async () => {
    expect(await c.call('ticket', { action: 'lookupOwner', by: 'phone', phone: '123' }, DESK)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '请填写11位手机号' },
    });
    expect(await c.call('ticket', { action: 'lookupOwner', by: 'unit', unitId: 'nowhere' }, DESK)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('a phone complaint recorded for a registered owner', () => {
  let id = '';
  const payload = aPhoneComplaint();

  it('goes through the same flow, with the channel and the recorder on its timeline', async () => {
    const created = await c.ok<TicketView>('ticket', payload, DESK);
    id = created.id;
    expect(created).toMatchObject({
      status: 'submitted',
      category: 'complaint',
      channel: 'hotline',
      ownerName: '张业主',
    });
    expect(created.timeline).toEqual([
      expect.objectContaining({ kind: 'created', channel: 'hotline', actorName: '王客服', actorRole: 'receptionist' }),
    ]);
  });

  it("shows in the owner's 我的, and opens for them with the channel hotline", async () => {
    const mine = await c.ok<Page<TicketSummaryView>>('ticket', { action: 'listMine' }, OWNER);
    expect(mine.items.map((t) => t.id)).toContain(id);
    const seen = await c.ok<TicketView>('ticket', { action: 'get', ticketId: id }, OWNER);
    expect(seen).toMatchObject({ channel: 'hotline', contactPhone: '13812345678' });
  });

  it('is recorded once when the desk sends it twice', async () => {
    const again = await c.ok<TicketView>('ticket', payload, DESK);
    expect(again.id).toBe(id);
    expect((await c.documents('tickets')).filter((t) => t.clientRequestId === payload.clientRequestId)).toHaveLength(1);
  });
});

describe('a request from a caller with no account', () => {
  const payload = aPhoneComplaint({
    channel: 'visit',
    category: 'repair',
    description: '东门岗亭旁的路灯不亮了',
    location: { kind: 'common_area', text: '东门岗亭旁' },
    contactPhone: '13700000001',
    person: { kind: 'caller', name: '路人甲', communityId: 'demo-cuihu' },
  });
  let id = '';

  it('is routed like any other and owned by an id no WeChat user can have', async () => {
    const created = await c.ok<TicketView>('ticket', payload, DESK);
    id = created.id;
    expect(created).toMatchObject({ department: 'engineering', channel: 'visit', ownerName: '路人甲' });
    const [stored] = (await c.documents('tickets')).filter((t) => t._id === id);
    expect(stored.ownerOpenid).toMatch(/^unclaimed:[0-9a-f]{32}$/);
    expect((await c.ok<TicketView>('ticket', payload, DESK)).id).toBe(id);
  });

  it('reaches the department, and no owner reads it', async () => {
    const inbox = await c.ok<Page<TicketSummaryView>>(
      'ticket',
      { action: 'listInbox', view: 'new' },
      'demo-engineering',
    );
    expect(inbox.items.map((t) => t.id)).toContain(id);
    for (const owner of [OWNER, 'demo-owner-2']) {
      expect(await c.call('ticket', { action: 'get', ticketId: id }, owner)).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
      const mine = await c.ok<Page<TicketSummaryView>>('ticket', { action: 'listMine' }, owner);
      expect(mine.items.map((t) => t.id)).not.toContain(id);
    }
  });

  it('may name the unit the caller lives in, and becomes theirs when they bind it with that phone', async () => {
    const forCaller = (phone: string) =>
      c.ok<TicketView>(
        'ticket',
        aPhoneComplaint({
          location: { kind: 'unit', unitId: 'demo-unit-1-1-102' },
          contactPhone: phone,
          person: { kind: 'caller', name: '孙先生', communityId: 'demo-cuihu' },
        }),
        DESK,
      );
    const his = await forCaller('13900000102');
    const someoneElses = await forCaller('13700000002');
    expect(his.locationText).toBe('1栋1单元102');

    // 孙先生 opens the mini-program: his phone verified, the register lists it for 102, bound at once
    const sun = 'wx-sun-xiansheng';
    await c.ok('home', { action: 'verifyPhone', code: 'local-phone:13900000102' }, sun);
    expect(await c.ok('home', { action: 'bind', unitId: 'demo-unit-1-1-102', name: '孙先生' }, sun)).toMatchObject({
      status: 'bound',
    });
    const mine = await c.ok<Page<TicketSummaryView>>('ticket', { action: 'listMine' }, sun);
    expect(mine.items.map((t) => t.id)).toEqual([his.id]);
    expect((await c.ok<TicketView>('ticket', { action: 'get', ticketId: his.id }, sun)).channel).toBe('hotline');
    expect(await c.call('ticket', { action: 'get', ticketId: someoneElses.id }, sun)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('who may record on behalf', () => {
  it('refuses owners and department staff, and writes nothing', async () => {
    const before = await snapshotAll(c);
    for (const who of [OWNER, 'demo-engineering', 'demo-manager']) {
      expect(await c.call('ticket', aPhoneComplaint(), who)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await snapshotAll(c)).toBe(before);
  });

  it('refuses the app as a channel, an unknown owner, and a unit that is not theirs', async () => {
    const before = await snapshotAll(c);
    const refused = async (overrides: Partial<CreateOnBehalfInput>) =>
      c.call('ticket', aPhoneComplaint(overrides), DESK);
    expect(await refused({ channel: 'miniprogram' as never })).toMatchObject({
      error: { code: 'INVALID_INPUT', message: '请选择来源渠道' },
    });
    expect(await refused({ person: { kind: 'owner', openid: 'nobody' } })).toMatchObject({
      error: { code: 'INVALID_INPUT', field: 'person.openid' },
    });
    expect(await refused({ location: { kind: 'unit', unitId: 'demo-unit-2-1-202' } })).toMatchObject({
      error: { code: 'INVALID_INPUT', field: 'location.unitId' },
    });
    expect(await snapshotAll(c)).toBe(before);
  });
});
