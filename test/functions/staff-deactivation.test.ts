// A deactivated staff member loses access at once, and what they held goes back to the queue;
// staff managers see and change only the people of their own communities.
import type { TicketView } from '../../cloudfunctions/domain/api';
import type { StaffMemberView } from '../../cloudfunctions/domain/staff-views';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { aRepairRequest } from '../support/requests';
import { setFields } from './support/database';

let c: FunctionsCloud;
beforeAll(async () => {
  c = await startFunctionsCloud();
});
afterAll(() => c.close());

describe('deactivating an engineer who holds a request', () => {
  let held: TicketView;
  let result: StaffMemberView & { returnedTickets: string[] };
  beforeAll(async () => {
    const filed = await c.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1');
    held = await c.ok<TicketView>('ticket', { action: 'accept', ticketId: filed.id }, 'demo-engineering');
    result = await c.ok('staff', { action: 'deactivate', openid: 'demo-engineering' }, 'demo-admin');
  });

  it('refuses their next call of any function with FORBIDDEN', async () => {
    for (const [fn, event] of [
      ['user', { action: 'me' }],
      ['ticket', { action: 'listInbox', view: 'new' }],
      ['ticket', { action: 'get', ticketId: held.id }],
    ] as const) {
      const answer = await c.call(fn, event, 'demo-engineering');
      expect([fn, event.action, answer]).toMatchObject([fn, event.action, { ok: false, error: { code: 'FORBIDDEN' } }]);
    }
  });

  it('puts the request back in the department queue, unassigned, with an internal note', async () => {
    expect(result.returnedTickets).toEqual([held.number]);
    const view = await c.ok<TicketView>('ticket', { action: 'get', ticketId: held.id }, 'demo-engineering-head');
    expect(view.status).toBe('submitted');
    expect(view.can).toContain('accept');
    const note = view.timeline[view.timeline.length - 1];
    expect(note).toMatchObject({ kind: 'noted', internal: true, actorName: '蒋管理员' });
    expect(note.text).toContain('赵师傅');
    const [stored] = (await c.documents('tickets')).filter((t) => t._id === held.id);
    expect(stored.assigneeOpenid).toBeUndefined();
    expect(stored.queue).toBe('new');
  });

  it('records the deactivation with before and after', async () => {
    const entries = await c.documents('audit_log');
    expect(entries).toContainEqual(
      expect.objectContaining({
        action: 'staff.deactivate',
        target: { kind: 'user', id: 'demo-engineering' },
        before: expect.objectContaining({ active: true }),
        after: expect.objectContaining({ active: false, returnedTickets: [held.number] }),
      }),
    );
  });

  it('lists them as deactivated, and gives access back on reactivation', async () => {
    const off = await c.ok<{ items: StaffMemberView[] }>('staff', { action: 'list', active: false }, 'demo-admin');
    expect(off.items.map((p) => p.openid)).toEqual(['demo-engineering']);
    await c.ok('staff', { action: 'reactivate', openid: 'demo-engineering' }, 'demo-admin');
    const me = await c.ok<{ isStaff: boolean }>('user', { action: 'me' }, 'demo-engineering');
    expect(me.isStaff).toBe(true);
  });
});

describe('staff of one community', () => {
  beforeAll(async () => {
    await c.cloud.database.handle('database.insertDocument', {
      collectionName: 'communities',
      data: { _id: 'other-estate', name: '别的小区' },
    });
    await setFields(c, 'users', 'demo-security', { communityIds: ['other-estate'], communityNames: ['别的小区'] });
    await setFields(c, 'users', 'demo-manager', { communityIds: ['other-estate'], communityNames: ['别的小区'] });
  });

  it("cannot read another community's requests", async () => {
    const filed = await c.ok<TicketView>(
      'ticket',
      aRepairRequest({ category: 'complaint', description: '楼下夜里施工太吵' }),
      'demo-owner-1',
    );
    const answer = await c.call('ticket', { action: 'get', ticketId: filed.id }, 'demo-manager');
    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it("cannot list, read or change another community's people", async () => {
    const listed = await c.ok<{ items: StaffMemberView[] }>('staff', { action: 'list' }, 'demo-manager');
    expect(listed.items.map((p) => p.openid).sort()).toEqual(['demo-manager', 'demo-security']);
    const other = await c.call('staff', { action: 'list', communityId: 'demo-cuihu' }, 'demo-manager');
    expect(other).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const get = await c.call('staff', { action: 'get', openid: 'demo-receptionist' }, 'demo-manager');
    expect(get).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const off = await c.call('staff', { action: 'deactivate', openid: 'demo-receptionist' }, 'demo-manager');
    expect(off).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
