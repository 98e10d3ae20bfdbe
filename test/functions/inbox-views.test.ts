// Each 工作台 view lists exactly the requests in its state, and the counts agree with the views.
import type { InboxCounts, InboxPage, TicketView } from '../../cloudfunctions/domain/api';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { aRepairRequest } from '../support/requests';

const OWNER = 'demo-owner-1';
const ENGINEER = 'demo-engineering';

let c: FunctionsCloud;
/** demo-owner-1's repairs, routed to engineering, one in each status */
const ids = { submitted: '', accepted: '', resolved: '', redoing: '', closed: '' };

const act = (action: string, ticketId: string, openid: string, payload: object = {}) =>
  c.ok<TicketView>('ticket', { action, ticketId, ...payload }, openid);

beforeAll(async () => {
  c = await startFunctionsCloud();
  for (const status of Object.keys(ids) as Array<keyof typeof ids>)
    ids[status] = (await c.ok<TicketView>('ticket', aRepairRequest({ description: `${status} 的报修` }), OWNER)).id;
  for (const id of [ids.accepted, ids.resolved, ids.redoing, ids.closed]) await act('accept', id, ENGINEER);
  for (const id of [ids.resolved, ids.redoing, ids.closed]) await act('resolve', id, ENGINEER, { text: '已修好' });
  await act('rate', ids.redoing, OWNER, { score: 1 });
  await act('rate', ids.closed, OWNER, { score: 5 });
});
afterAll(() => c.close());

const view = async (name: string, openid = ENGINEER) =>
  (await c.ok<InboxPage>('ticket', { action: 'listInbox', view: name }, openid)).items.map((t) => t.id).sort();

describe("engineering's 工作台", () => {
  it('lists the submitted request as new', async () => {
    expect(await view('new')).toEqual([ids.submitted]);
  });

  it('lists the accepted request, and the failed repair being redone, as in progress', async () => {
    expect(await view('in_progress')).toEqual([ids.accepted, ids.redoing].sort());
  });

  it("lists the resolved request, waiting for the owner's rating, and the closed one as done", async () => {
    expect(await view('done')).toEqual([ids.resolved, ids.closed].sort());
  });

  it('counts what the new and in-progress views list', async () => {
    expect(await c.ok<InboxCounts>('ticket', { action: 'inboxCounts' }, ENGINEER)).toEqual({
      new: 1,
      in_progress: 2,
      overdue: 0,
      escalated: 0,
    });
  });
});

describe('the company-wide 工作台 of leadership', () => {
  it('shows the same views across every community', async () => {
    expect(await view('done', 'demo-leadership')).toEqual([ids.resolved, ids.closed].sort());
    expect(await view('new', 'demo-leadership')).toEqual([ids.submitted]);
    expect(await c.ok<InboxCounts>('ticket', { action: 'inboxCounts' }, 'demo-leadership')).toEqual({
      new: 1,
      in_progress: 2,
      overdue: 0,
      escalated: 0,
    });
  });
});

describe('inboxCounts', () => {
  it('is for staff: an owner is refused', async () => {
    expect(await c.call('ticket', { action: 'inboxCounts' }, OWNER)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it("counts nothing of another department's", async () => {
    expect(await c.ok<InboxCounts>('ticket', { action: 'inboxCounts' }, 'demo-security')).toEqual({
      new: 0,
      in_progress: 0,
      overdue: 0,
      escalated: 0,
    });
  });
});
