// Duplicates merged into a surviving request: each owner follows it, and nothing of one owner
// (phone, unit, name, words) or of the staff's internal notes reaches another through the merge.
import type { Page, TicketSummaryView, TicketView } from '../../cloudfunctions/domain/api';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { aRepairRequest } from '../support/requests';
import { aSecondCommunity } from './support/places';
import { snapshotAll } from './support/database';

let c: FunctionsCloud;
beforeAll(async () => {
  c = await startFunctionsCloud();
});
afterAll(() => c.close());

const act = (action: string, ticketId: string, openid: string, payload: object = {}) =>
  c.ok<TicketView>('ticket', { action, ticketId, ...payload }, openid);

const FIRST_DESCRIPTION = '2栋楼道顶上漏水，我家电话13812345678随时联系';
const NOTE = '张业主家中有老人，门锁密码4321';

async function aLeakReportedTwice() {
  const survivor = await c.ok<TicketView>(
    'ticket',
    aRepairRequest({
      description: FIRST_DESCRIPTION,
      contactPhone: '13812345678',
      photos: ['cloud://local/photos/first-owner-ceiling.jpg'],
    }),
    'demo-owner-1',
  );
  const duplicate = await c.ok<TicketView>(
    'ticket',
    aRepairRequest({
      description: '楼道漏水，滴到电梯口了',
      location: { kind: 'unit', unitId: 'demo-unit-2-1-202' },
      contactPhone: '13812340202',
    }),
    'demo-owner-2',
  );
  return { survivor, duplicate };
}

describe('merge', () => {
  it('ends the duplicate, which its owner follows to the survivor’s progress and nothing more', async () => {
    const { survivor, duplicate } = await aLeakReportedTwice();
    await act('accept', survivor.id, 'demo-engineering');
    await act('note', survivor.id, 'demo-engineering', { text: NOTE });
    const merged = await act('merge', duplicate.id, 'demo-receptionist', { intoNumber: survivor.number.toLowerCase() });
    expect(merged.status).toBe('merged');
    expect(merged.mergedInto).toEqual({ id: survivor.id, number: survivor.number });
    await act('reply', survivor.id, 'demo-engineering', { text: '师傅正在楼顶排查漏点' });

    const seen = await act('get', duplicate.id, 'demo-owner-2');
    expect(seen.status).toBe('merged');
    expect(seen.nextStep.label).toContain(survivor.number);
    expect(seen.timeline.at(-1)).toMatchObject({ kind: 'merged', mergedInto: { number: survivor.number } });
    expect(seen.following).toMatchObject({ id: survivor.id, number: survivor.number, status: 'accepted' });
    expect(seen.following?.timeline.map((e) => [e.kind, e.text])).toEqual([
      ['accepted', undefined],
      ['replied', '师傅正在楼顶排查漏点'],
    ]);
    const everything = JSON.stringify(seen);
    for (const secret of [
      '13812345678',
      '1栋1单元101',
      '张业主',
      'demo-owner-1',
      FIRST_DESCRIPTION,
      NOTE,
      'first-owner-ceiling',
    ])
      expect([secret, everything.includes(secret)]).toEqual([secret, false]);

    // the survivor itself stays out of the other owner's reach, and its own owner sees nothing of the duplicate
    expect(await c.call('ticket', { action: 'get', ticketId: survivor.id }, 'demo-owner-2')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const ownView = JSON.stringify(await act('get', survivor.id, 'demo-owner-1'));
    for (const secret of ['13812340202', '2栋1单元202', '李业主', '滴到电梯口'])
      expect([secret, ownView.includes(secret)]).toEqual([secret, false]);

    // staff read both timelines whole
    const staffView = await act('get', duplicate.id, 'demo-engineering');
    expect(staffView.timeline.map((e) => e.kind)).toEqual(['created', 'merged']);
    expect(staffView.following).toBeUndefined();
  });

  it('files the merged request among the owner’s finished ones', async () => {
    const { survivor, duplicate } = await aLeakReportedTwice();
    await act('merge', duplicate.id, 'demo-engineering', { intoNumber: survivor.number });
    const done = await c.ok<Page<TicketSummaryView>>('ticket', { action: 'listMine', filter: 'done' }, 'demo-owner-2');
    expect(done.items.map((t) => [t.id, t.status])).toContainEqual([duplicate.id, 'merged']);
    const open = await c.ok<Page<TicketSummaryView>>('ticket', { action: 'listMine', filter: 'open' }, 'demo-owner-2');
    expect(open.items.map((t) => t.id)).not.toContain(duplicate.id);
  });

  it('refuses an unknown number, the request itself, a finished one, or one of another community, changing nothing', async () => {
    const { survivor, duplicate } = await aLeakReportedTwice();
    const elsewhere = await aSecondCommunity(c);
    expect(elsewhere).toBeTruthy();
    const withdrawn = await c.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1');
    await act('withdraw', withdrawn.id, 'demo-owner-1', { reason: '重复提交了' });
    const before = await snapshotAll(c);
    for (const intoNumber of ['ED19990101-0001', duplicate.number, withdrawn.number, '漏水那条'])
      expect([
        intoNumber,
        await c.call('ticket', { action: 'merge', ticketId: duplicate.id, intoNumber }, 'demo-receptionist'),
      ]).toMatchObject([intoNumber, { ok: false, error: { code: 'INVALID_INPUT', field: 'intoNumber' } }]);
    expect(
      await c.call('ticket', { action: 'merge', ticketId: duplicate.id, intoNumber: survivor.number }, 'demo-owner-2'),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await snapshotAll(c)).toBe(before);
  });
});
