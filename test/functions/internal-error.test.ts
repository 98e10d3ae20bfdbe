// An unexpected failure answers INTERNAL with a plain message: no stack, no error text, no
// internals reach the caller; the function's log keeps the detail.
import type { TicketView } from '../../cloudfunctions/domain/api';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { setFields } from './support/database';
import { aRepairRequest } from '../support/requests';

let c: FunctionsCloud;
beforeAll(async () => {
  c = await startFunctionsCloud();
});
afterAll(() => c.close());

describe('a request whose stored document is damaged', () => {
  it('answers INTERNAL and tells the caller nothing about why', async () => {
    const filed = await c.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1');
    await setFields(c, 'tickets', filed.id, { timeline: 'not a list' });

    // the function logs to its console, as in the cloud
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const answer = await c.call('ticket', { action: 'get', ticketId: filed.id }, 'demo-owner-1');
    const lines = logged.mock.calls.map((args) => args.map(String).join(' '));
    logged.mockRestore();

    expect(answer).toEqual({ ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后重试' } });
    expect(lines).toEqual([expect.stringMatching(/^\[get\] unexpected error TypeError/)]);
  });
});
