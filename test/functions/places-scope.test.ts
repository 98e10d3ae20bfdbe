// Who sees and changes places: pickers for anyone (a WeChat user not bound yet included), admins
// keep communities and units, staff of one community see only theirs.
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { aRepairRequest } from '../support/requests';
import { aSecondCommunity } from './support/places';

let c: FunctionsCloud;
let other: string;
beforeAll(async () => {
  c = await startFunctionsCloud();
  other = await aSecondCommunity(c);
});
afterAll(() => c.close());

const UNBOUND = 'someone-new-on-wechat';

describe('the pickers, for a user not bound yet', () => {
  it('list communities, buildings with entrances, then rooms', async () => {
    const communities = await c.ok<{ items: Array<{ id: string; name: string }> }>(
      'place',
      { action: 'communities' },
      UNBOUND,
    );
    expect(communities.items).toEqual(expect.arrayContaining([{ id: 'demo-cuihu', name: '翠湖花园' }]));
    const buildings = await c.ok('place', { action: 'buildings', communityId: 'demo-cuihu' }, UNBOUND);
    expect(buildings).toEqual({
      items: ['1栋', '2栋', '3栋'].map((name) => ({ name, entrances: ['1单元', '2单元'] })),
    });
    const rooms = await c.ok<{ items: Array<{ unitId: string; room: string; label: string }> }>(
      'place',
      { action: 'rooms', communityId: 'demo-cuihu', building: '1栋', entrance: '1单元' },
      UNBOUND,
    );
    expect(rooms.items[0]).toEqual({ unitId: 'demo-unit-1-1-101', room: '101', label: '1栋1单元101' });
    expect(rooms.items).toHaveLength(6);
  });

  it('answer NOT_FOUND for a community that does not exist', async () => {
    expect(await c.call('place', { action: 'buildings', communityId: 'nowhere' }, UNBOUND)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('a manager of another community', () => {
  it("cannot read this community's units or register", async () => {
    expect(
      await c.call('place', { action: 'listUnits', communityId: other, building: '1栋' }, 'demo-manager'),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await c.ok(
      'place',
      { action: 'addUnit', communityId: other, building: '1栋', entrance: '1单元', room: '101' },
      'demo-admin',
    );
    const [unit] = (await c.documents('units')).filter((u) => u.communityId === other);
    expect(await c.call('place', { action: 'unitRegister', unitId: unit._id }, 'demo-manager')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('reads its own community, and sees only it in the list', async () => {
    const register = await c.ok('place', { action: 'unitRegister', unitId: 'demo-unit-1-1-102' }, 'demo-manager');
    expect(register).toMatchObject({
      items: [{ name: '孙先生', phone: '13900000102', relation: 'owner' }, { name: '孙太太' }],
    });
    const list = await c.ok<{ items: Array<{ id: string }> }>('place', { action: 'listCommunities' }, 'demo-manager');
    expect(list.items.map((i) => i.id)).toEqual(['demo-cuihu']);
  });

  it('changes nothing', async () => {
    expect(
      await c.call('place', { action: 'updateCommunity', communityId: 'demo-cuihu', dutyPhone: '110' }, 'demo-manager'),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('an admin keeping units', () => {
  it('adds, renames and removes a unit, keeping the outline in step and the audit log', async () => {
    const added = await c.ok<{ unitId: string }>(
      'place',
      { action: 'addUnit', communityId: 'demo-cuihu', building: '4栋', entrance: '1单元', room: '101' },
      'demo-admin',
    );
    expect(
      await c.call(
        'place',
        { action: 'addUnit', communityId: 'demo-cuihu', building: '4栋', entrance: '1单元', room: '101' },
        'demo-admin',
      ),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await c.ok(
      'place',
      { action: 'renameUnit', unitId: added.unitId, building: '4栋', entrance: '2单元', room: '101' },
      'demo-admin',
    );
    let buildings = await c.ok<{ items: Array<{ name: string; entrances: string[] }> }>(
      'place',
      { action: 'buildings', communityId: 'demo-cuihu' },
      UNBOUND,
    );
    expect(buildings.items.find((b) => b.name === '4栋')).toEqual({ name: '4栋', entrances: ['2单元'] });
    await c.ok('place', { action: 'removeUnit', unitId: added.unitId }, 'demo-admin');
    buildings = await c.ok('place', { action: 'buildings', communityId: 'demo-cuihu' }, UNBOUND);
    expect(buildings.items.map((b) => b.name)).toEqual(['1栋', '2栋', '3栋']);
    const actions = (await c.documents('audit_log')).filter((e) => (e.target as { id: string }).id === added.unitId);
    expect(actions.map((e) => e.action).sort()).toEqual(['unit.add', 'unit.remove', 'unit.rename']);
  });

  it('cannot remove a unit someone is bound to, nor one requests were filed from', async () => {
    expect(await c.call('place', { action: 'removeUnit', unitId: 'demo-unit-2-1-202' }, 'demo-admin')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    await c.ok('ticket', aRepairRequest(), 'demo-owner-1');
    const answer = await c.call('place', { action: 'removeUnit', unitId: 'demo-unit-1-1-101' }, 'demo-admin');
    expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await c.documents('units')).some((u) => u._id === 'demo-unit-1-1-101')).toBe(true);
  });

  it('edits the phones of a community; bad phones are refused', async () => {
    expect(
      await c.call('place', { action: 'updateCommunity', communityId: other, dutyPhone: 'abc' }, 'demo-admin'),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'dutyPhone' } });
    const updated = await c.ok(
      'place',
      { action: 'updateCommunity', communityId: other, dutyPhone: '0571-7654321' },
      'demo-admin',
    );
    expect(updated).toMatchObject({ dutyPhone: '0571-7654321', serviceDeskPhone: '0571-1234567' });
  });
});
