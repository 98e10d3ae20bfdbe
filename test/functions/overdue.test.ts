// The overdue view: requests whose promise has passed. Time is moved by backdating the stored
// promise, since the functions read the real clock.
import type { InboxCounts, InboxPage, TicketView } from '../../cloudfunctions/domain/api';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { aRepairRequest } from '../support/requests';

let c: FunctionsCloud;
beforeAll(async () => {
  c = await startFunctionsCloud();
});
afterAll(() => c.close());

const countsOf = (openid: string) => c.ok<InboxCounts>('ticket', { action: 'inboxCounts' }, openid);

async function backdatePromise(ticketId: string, dueAt: string) {
  const answer = await c.cloud.database.handle('database.modifyDocument', {
    collectionName: 'tickets',
    query: JSON.stringify({ _id: ticketId }),
    // the stored due time, and the indexed instant from which the request counts as overdue
    data: JSON.stringify({ $set: { 'sla.dueAt': dueAt, overdueAt: dueAt } }),
    multi: false,
  });
  if ('code' in answer) throw new Error(JSON.stringify(answer));
}

describe('the overdue view', () => {
  it('lists the requests whose promise has passed, and counts them', async () => {
    const late = await c.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1');
    const onTime = await c.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1');
    // Sunday 2026-11-01 09:00, well before now
    await backdatePromise(late.id, '2026-11-01T09:00:00.000+08:00');

    const inbox = await c.ok<InboxPage>('ticket', { action: 'listInbox', view: 'overdue' }, 'demo-engineering');
    expect(inbox.items.map((t) => t.id)).toEqual([late.id]);
    expect(inbox.items[0].nextStep.overdue).toBe(true);
    expect(await countsOf('demo-engineering')).toEqual({ new: 2, in_progress: 0, overdue: 1, escalated: 0 });
    const fresh = await c.ok<TicketView>('ticket', { action: 'get', ticketId: onTime.id }, 'demo-engineering');
    expect(fresh.nextStep.overdue).toBe(false);
  });

  it('drops a request once it is resolved', async () => {
    const inbox = await c.ok<InboxPage>('ticket', { action: 'listInbox', view: 'overdue' }, 'demo-engineering');
    const [late] = inbox.items;
    await c.ok('ticket', { action: 'accept', ticketId: late.id }, 'demo-engineering');
    await c.ok('ticket', { action: 'resolve', ticketId: late.id, text: '已处理' }, 'demo-engineering');
    const after = await c.ok<InboxPage>('ticket', { action: 'listInbox', view: 'overdue' }, 'demo-engineering');
    expect(after.items).toEqual([]);
    expect((await countsOf('demo-engineering')).overdue).toBe(0);
  });

  it('lists an accepted request past its resolve promise, and a failed repair past its redo promise', async () => {
    const accepted = await c.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1');
    await c.ok('ticket', { action: 'accept', ticketId: accepted.id }, 'demo-engineering');
    const reopened = await c.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1');
    await c.ok('ticket', { action: 'accept', ticketId: reopened.id }, 'demo-engineering');
    await c.ok('ticket', { action: 'resolve', ticketId: reopened.id, text: '已处理' }, 'demo-engineering');
    const back = await c.ok<TicketView>('ticket', { action: 'rate', ticketId: reopened.id, score: 1 }, 'demo-owner-1');
    expect(back.status).toBe('redoing');
    // Monday 2026-11-02 10:00 and 11:00
    await backdatePromise(accepted.id, '2026-11-02T10:00:00.000+08:00');
    await backdatePromise(reopened.id, '2026-11-02T11:00:00.000+08:00');

    const inbox = await c.ok<InboxPage>('ticket', { action: 'listInbox', view: 'overdue' }, 'demo-engineering');
    expect(inbox.items.map((t) => [t.id, t.status, t.nextStep.overdue])).toEqual([
      [accepted.id, 'accepted', true],
      [reopened.id, 'redoing', true],
    ]);
    expect((await countsOf('demo-engineering')).overdue).toBe(2);
    const desk = await c.ok<InboxPage>('ticket', { action: 'listInbox', view: 'overdue' }, 'demo-receptionist');
    expect(desk.items.map((t) => t.id)).toEqual([accepted.id, reopened.id]);
  });
});
