// The dev clock through the functions: a request filed at a set time carries that time, and
// moving the clock past its promise makes it overdue, with no change to the stored request.
import type { InboxCounts, TicketView } from '../../cloudfunctions/domain/api';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { aRepairRequest } from '../support/requests';

let c: FunctionsCloud;
beforeAll(async () => {
  c = await startFunctionsCloud();
});
afterAll(() => c.close());

describe('the dev clock', () => {
  it('is the time functions and serverDate see, and moving it makes a promise overdue', async () => {
    // Thursday 2026-10-08 09:00 China time, during the National Day holiday week
    const set = c.setClock('2026-10-08T09:00:00+08:00');
    const created = await c.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1');
    const [stored] = (await c.documents('tickets')).filter((t) => t._id === created.id);
    const createdAt = new Date(stored.createdAt as string | Date).getTime();
    expect(createdAt - set.getTime()).toBeGreaterThanOrEqual(0);
    expect(createdAt - set.getTime()).toBeLessThan(10_000);
    const counts = () => c.ok<InboxCounts>('ticket', { action: 'inboxCounts' }, 'demo-engineering');
    expect((await counts()).overdue).toBe(0);

    c.advance(24 * 60);
    expect((await counts()).overdue).toBe(1);
    const seen = await c.ok<TicketView>('ticket', { action: 'get', ticketId: created.id }, 'demo-engineering');
    expect(seen.nextStep.overdue).toBe(true);
  });
});
