// Binding homes through the local runtime: a verified phone the register lists binds at once,
// others become requests the service desk decides; households by one-use invitations; tenancies
// that end; a sold house unbound by the service desk.
import type { MeView, Page, TicketSummaryView, TicketView } from '../../cloudfunctions/domain/api';
import type { BindingRequestView, HomeView, InvitationView } from '../../cloudfunctions/domain/home-views';
import type { RegisterEntry } from '../../cloudfunctions/domain/register';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { aRepairRequest } from '../support/requests';

let c: FunctionsCloud;
beforeAll(async () => {
  c = await startFunctionsCloud();
});
afterAll(() => c.close());
afterEach(() => c.cloud.outbox.resetAnswers());

let people = 0;
/** A WeChat user nobody knows yet, different in every test. */
const newPerson = () => `wx-new-${++people}-${Date.now().toString(36)}`;

async function insert(collection: string, doc: Record<string, unknown>) {
  const answer = await c.cloud.database.handle('database.insertDocument', {
    collectionName: collection,
    data: [JSON.stringify(doc)],
  });
  if ('code' in answer) throw new Error(JSON.stringify(answer));
}

async function modify(collection: string, id: string, set: Record<string, unknown>) {
  const answer = await c.cloud.database.handle('database.modifyDocument', {
    collectionName: collection,
    query: JSON.stringify({ _id: id }),
    data: JSON.stringify({ $set: set }),
    multi: false,
  });
  if ('code' in answer) throw new Error(JSON.stringify(answer));
}

let registered = 0;
async function register(entry: Omit<RegisterEntry, 'id' | 'communityId'>) {
  const { unitId, ...rest } = entry;
  await insert('register', { _id: `reg-${++registered}`, communityId: 'demo-cuihu', unitId, ...rest });
}

const home = <T>(action: string, payload: object, openid: string) => c.ok<T>('home', { action, ...payload }, openid);
const verify = (openid: string, phone: string) => home('verifyPhone', { code: `local-phone:${phone}` }, openid);
const mineOf = (openid: string) => home<HomeView>('mine', {}, openid);
const meOf = (openid: string) => c.ok<MeView>('user', { action: 'me' }, openid);
const fileFor = (openid: string, unitId: string) =>
  c.call<TicketView>('ticket', aRepairRequest({ location: { kind: 'unit', unitId } }), openid);

describe('binding a home', () => {
  it('binds at once a verified phone the register lists for the unit, with its relation', async () => {
    await register({ unitId: 'demo-unit-3-1-101', name: '刘业主', phone: '13900000101', relation: 'owner' });
    const who = newPerson();
    expect(await verify(who, '13900000101')).toEqual({ verified: true, phone: '139****0101' });

    const bound = await home<{ status: string }>('bind', { unitId: 'demo-unit-3-1-101', name: '刘业主' }, who);
    expect(bound).toMatchObject({ status: 'bound', unit: { id: 'demo-unit-3-1-101', relation: 'owner' } });
    const me = await meOf(who);
    expect(me).toMatchObject({ bound: true, roles: ['owner'], name: '刘业主' });
    expect(me.units.map((u) => u.id)).toEqual(['demo-unit-3-1-101']);
    const filed = await fileFor(who, 'demo-unit-3-1-101');
    expect(filed.ok).toBe(true);
  });

  it('does not verify again (nor pay again) for a person whose verified phone is kept', async () => {
    const who = newPerson();
    await verify(who, '13900000102');
    c.cloud.outbox.clear();
    expect(await verify(who, '13900000999')).toEqual({ verified: true, phone: '139****0102' });
    expect(c.cloud.outbox.list('phonenumber.getPhoneNumber')).toEqual([]);
  });

  it("answers the stand-in's spent-quota code as unverified, and keeps nothing", async () => {
    const who = newPerson();
    expect(await home('verifyPhone', { code: 'local-phone-quota' }, who)).toEqual({ verified: false, reason: 'quota' });
    expect(c.cloud.outbox.list('phonenumber.getPhoneNumber').pop()).toMatchObject({
      ok: false,
      errCode: 1400001,
      functionName: 'home',
      payload: { code: 'local-phone-quota' },
    });
    expect((await mineOf(who)).phoneVerified).toBe(false);
  });

  it('answers INVALID_INPUT on code for a code WeChat does not know, and keeps nothing', async () => {
    const who = newPerson();
    const answer = await c.call('home', { action: 'verifyPhone', code: 'made-up' }, who);
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'code' } });
    expect((await mineOf(who)).phoneVerified).toBe(false);
  });

  it('turns an unknown verified phone into a request the service desk approves; then the person files', async () => {
    const who = newPerson();
    await verify(who, '13900000103');
    const asked = await home<{ status: string; request: BindingRequestView }>(
      'bind',
      { unitId: 'demo-unit-3-1-102', name: '新业主' },
      who,
    );
    expect(asked).toMatchObject({ status: 'pending', request: { status: 'pending', unitLabel: '3栋1单元102' } });
    expect((await meOf(who)).bound).toBe(false);
    expect((await fileFor(who, 'demo-unit-3-1-102')).ok).toBe(false);

    const desk = await home<{ items: BindingRequestView[] }>('listRequests', {}, 'demo-receptionist');
    const listed = desk.items.find((r) => r.id === asked.request.id);
    expect(listed).toMatchObject({ phone: '13900000103', phoneVerified: true, name: '新业主' });
    await home('decideRequest', { requestId: asked.request.id, approve: true }, 'demo-receptionist');

    expect((await mineOf(who)).requests[0]).toMatchObject({ id: asked.request.id, status: 'approved' });
    expect((await fileFor(who, 'demo-unit-3-1-102')).ok).toBe(true);
    const log = await c.documents('audit_log');
    expect(log).toContainEqual(
      expect.objectContaining({ action: 'binding.approve', target: { kind: 'binding_request', id: asked.request.id } }),
    );
  });

  it('lets an administrator decide binding requests too, while other staff outside the desk may not', async () => {
    const who = newPerson();
    await verify(who, '13900000110');
    const asked = await home<{ request: BindingRequestView }>(
      'bind',
      { unitId: 'demo-unit-3-2-101', name: '钟业主' },
      who,
    );
    const engineer = await c.call('home', { action: 'listRequests' }, 'demo-engineering');
    expect(engineer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const listed = await home<{ items: BindingRequestView[] }>('listRequests', {}, 'demo-admin');
    expect(listed.items.map((r) => r.id)).toContain(asked.request.id);
    await home('decideRequest', { requestId: asked.request.id, approve: true }, 'demo-admin');
    expect((await mineOf(who)).requests[0]).toMatchObject({ id: asked.request.id, status: 'approved' });
  });

  it('declines a request with a reason the person reads; nothing is bound', async () => {
    const who = newPerson();
    await verify(who, '13900000104');
    const asked = await home<{ request: BindingRequestView }>(
      'bind',
      { unitId: 'demo-unit-3-1-201', name: '路人' },
      who,
    );
    const noReason = await c.call(
      'home',
      { action: 'decideRequest', requestId: asked.request.id, approve: false },
      'demo-receptionist',
    );
    expect(noReason).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'reason' } });
    await home(
      'decideRequest',
      { requestId: asked.request.id, approve: false, reason: '名册中无此业主' },
      'demo-receptionist',
    );
    const mine = await mineOf(who);
    expect(mine.requests[0]).toMatchObject({ status: 'declined', reason: '名册中无此业主' });
    expect(mine.units).toEqual([]);
    expect((await meOf(who)).bound).toBe(false);
    const again = await c.call(
      'home',
      { action: 'decideRequest', requestId: asked.request.id, approve: true },
      'demo-receptionist',
    );
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('falls back to a typed phone when the quota is spent (1400001): a request the desk confirms', async () => {
    await register({ unitId: 'demo-unit-3-1-202', name: '黄业主', phone: '13900000105', relation: 'owner' });
    c.cloud.outbox.setAnswer('phonenumber.getPhoneNumber', { errCode: 1400001 });
    const who = newPerson();
    expect(await home('verifyPhone', { code: 'any-code' }, who)).toEqual({ verified: false, reason: 'quota' });

    const withoutPhone = await c.call('home', { action: 'bind', unitId: 'demo-unit-3-1-202', name: '黄业主' }, who);
    expect(withoutPhone).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'phone' } });
    // even a number the register lists is not trusted when typed
    const asked = await home<{ status: string; request: BindingRequestView }>(
      'bind',
      { unitId: 'demo-unit-3-1-202', name: '黄业主', phone: '13900000105' },
      who,
    );
    expect(asked).toMatchObject({ status: 'pending', request: { phoneVerified: false, phone: '139****0105' } });
    await home('decideRequest', { requestId: asked.request.id, approve: true }, 'demo-receptionist');
    expect(await mineOf(who)).toMatchObject({ phone: '139****0105', phoneVerified: false });
    expect((await meOf(who)).units.map((u) => u.id)).toEqual(['demo-unit-3-1-202']);
  });

  it('refuses the desk of another role, and staff outside the service desk', async () => {
    const answer = await c.call('home', { action: 'listRequests' }, 'demo-engineering');
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const owner = await c.call('home', { action: 'listRequests' }, 'demo-owner-1');
    expect(owner).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('households', () => {
  it('a family invitation is accepted once and refused the second time', async () => {
    const invited = await home<{ code: string; path: string }>(
      'invite',
      { unitId: 'demo-unit-1-1-101', relation: 'family' },
      'demo-owner-1',
    );
    expect(invited.path).toBe(`pages/invite/index?code=${invited.code}`);
    const first = newPerson();
    const view = await home<InvitationView>('invitation', { code: invited.code }, first);
    expect(view).toMatchObject({ unitLabel: '1栋1单元101', relation: 'family', state: 'open', inviterName: '张业主' });

    await home('acceptInvitation', { code: invited.code, name: '张家属' }, first);
    expect(await meOf(first)).toMatchObject({
      bound: true,
      units: [expect.objectContaining({ id: 'demo-unit-1-1-101' })],
    });
    const second = await c.call('home', { action: 'acceptInvitation', code: invited.code, name: '别人' }, newPerson());
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const household = (await mineOf('demo-owner-1')).households[0];
    expect(household.members.map((m) => [m.name, m.relation])).toEqual(
      expect.arrayContaining([
        ['张业主', 'owner'],
        ['张家属', 'family'],
      ]),
    );
    await home('removeMember', { unitId: 'demo-unit-1-1-101', openid: first }, 'demo-owner-1');
    expect((await meOf(first)).units).toEqual([]);
    expect((await fileFor(first, 'demo-unit-1-1-101')).ok).toBe(false);
  });

  it('refuses an expired invitation with FORBIDDEN', async () => {
    const invited = await home<{ code: string }>(
      'invite',
      { unitId: 'demo-unit-1-1-101', relation: 'family' },
      'demo-owner-1',
    );
    await modify('invitations', invited.code, { expiresAt: '2026-01-01T00:00:00.000+08:00' });
    const who = newPerson();
    expect(await home<InvitationView>('invitation', { code: invited.code }, who)).toMatchObject({ state: 'expired' });
    const answer = await c.call('home', { action: 'acceptInvitation', code: invited.code, name: '迟到' }, who);
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await meOf(who)).bound).toBe(false);
  });

  it('a tenant past their end date can no longer file for that unit', async () => {
    const invited = await home<{ code: string }>(
      'invite',
      { unitId: 'demo-unit-2-1-202', relation: 'tenant', tenancyEndsOn: '2099-12-31' },
      'demo-owner-2',
    );
    const tenant = newPerson();
    await home('acceptInvitation', { code: invited.code, name: '王租客' }, tenant);
    expect((await fileFor(tenant, 'demo-unit-2-1-202')).ok).toBe(true);

    // the tenancy ended yesterday (as the record would say once its date has passed)
    const [record] = (await c.documents('users')).filter((u) => u._id === tenant);
    const units = (record.units as Array<Record<string, unknown>>).map((u) => ({ ...u, tenancyEndsOn: '2026-01-01' }));
    await modify('users', tenant, { units });
    const refused = await fileFor(tenant, 'demo-unit-2-1-202');
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // the caller's record was cleaned on that call
    const [cleaned] = (await c.documents('users')).filter((u) => u._id === tenant);
    expect(cleaned.units).toEqual([]);
  });

  it('a tenant invitation needs the tenancy end', async () => {
    const answer = await c.call(
      'home',
      { action: 'invite', unitId: 'demo-unit-1-1-101', relation: 'tenant' },
      'demo-owner-1',
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'tenancyEndsOn' } });
  });

  it('an owner cannot see or change another household', async () => {
    const mine = await mineOf('demo-owner-2');
    expect(mine.households.map((h) => h.unitId)).toEqual(['demo-unit-2-1-202']);
    expect(JSON.stringify(mine)).not.toContain('张业主');
    const invite = await c.call(
      'home',
      { action: 'invite', unitId: 'demo-unit-1-1-101', relation: 'family' },
      'demo-owner-2',
    );
    expect(invite).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const remove = await c.call(
      'home',
      { action: 'removeMember', unitId: 'demo-unit-1-1-101', openid: 'demo-owner-1' },
      'demo-owner-2',
    );
    expect(remove).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await meOf('demo-owner-1')).units.map((u) => u.id)).toEqual(['demo-unit-1-1-101']);
  });
});

describe('a sold house', () => {
  it('the service desk unbinds everyone; the old owner still reads the requests they filed', async () => {
    await register({ unitId: 'demo-unit-3-2-301', name: '卖房人', phone: '13900000301', relation: 'owner' });
    const seller = newPerson();
    await verify(seller, '13900000301');
    await home('bind', { unitId: 'demo-unit-3-2-301', name: '卖房人' }, seller);
    const filed = await fileFor(seller, 'demo-unit-3-2-301');
    if (!filed.ok) throw new Error(JSON.stringify(filed.error));

    const owner = await c.call('home', { action: 'unbindUnit', unitId: 'demo-unit-3-2-301' }, seller);
    expect(owner).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await home('unbindUnit', { unitId: 'demo-unit-3-2-301' }, 'demo-receptionist')).toEqual({ unbound: 1 });

    expect((await meOf(seller)).units).toEqual([]);
    expect((await fileFor(seller, 'demo-unit-3-2-301')).ok).toBe(false);
    const archive = await c.ok<Page<TicketSummaryView>>('ticket', { action: 'listMine', filter: 'all' }, seller);
    expect(archive.items.map((t) => t.id)).toEqual([filed.data.id]);
    expect((await c.call('ticket', { action: 'get', ticketId: filed.data.id }, seller)).ok).toBe(true);
    expect(await c.documents('audit_log')).toContainEqual(
      expect.objectContaining({ action: 'unit.unbind', target: { kind: 'unit', id: 'demo-unit-3-2-301' } }),
    );
  });
});
