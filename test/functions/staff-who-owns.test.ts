// A staff member who also owns a home in the community files a request like any owner: they read
// it as its owner (never its internal notes) and cannot handle it themselves.
import type { InboxPage, TicketView } from '../../cloudfunctions/domain/api';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { DEMO_UNITS } from '../../cloudfunctions/domain/demo-data';
import { unitSummary } from '../../cloudfunctions/domain/places';
import { setFields } from './support/database';
import { aRepairRequest } from '../support/requests';

const ENGINEER_AT_HOME = 'demo-engineering';

let c: FunctionsCloud;
let filed: TicketView;
beforeAll(async () => {
  c = await startFunctionsCloud();
  const home = DEMO_UNITS.find((u) => u.id === 'demo-unit-3-1-101');
  if (!home) throw new Error('no demo unit 3-1-101');
  await setFields(c, 'users', ENGINEER_AT_HOME, { roles: ['staff', 'owner'], units: [unitSummary(home)] });
  filed = await c.ok<TicketView>(
    'ticket',
    aRepairRequest({ location: { kind: 'unit', unitId: 'demo-unit-3-1-101' } }),
    ENGINEER_AT_HOME,
  );
  await c.ok('ticket', { action: 'note', ticketId: filed.id, text: '内部：注意是本部门同事' }, 'demo-engineering-head');
});
afterAll(() => c.close());

describe('an engineer who filed a repair for their own home', () => {
  it('has it routed to their own department', () => {
    expect(filed.department).toBe('engineering');
  });

  it('reads it as its owner: no internal note, no department commands', async () => {
    const view = await c.ok<TicketView>('ticket', { action: 'get', ticketId: filed.id }, ENGINEER_AT_HOME);
    expect(JSON.stringify(view)).not.toContain('本部门同事');
    expect(view.timeline.every((e) => !e.internal)).toBe(true);
    expect(view.ownerName).toBeUndefined();
    // an owner's own commands only: withdrawing, since nobody has accepted it yet
    expect(view.can).toEqual(['withdraw']);
  });

  it('cannot accept or note it', async () => {
    for (const action of ['accept', 'note']) {
      const answer = await c.call(
        'ticket',
        { action, ticketId: filed.id, ...(action === 'note' ? { text: '我自己来' } : {}) },
        ENGINEER_AT_HOME,
      );
      expect([action, answer]).toMatchObject([action, { ok: false, error: { code: 'FORBIDDEN' } }]);
    }
  });

  it('still sees it in the department inbox, without notes, for colleagues to pick up', async () => {
    const inbox = await c.ok<InboxPage>('ticket', { action: 'listInbox', view: 'new' }, ENGINEER_AT_HOME);
    expect(inbox.items.map((t) => t.id)).toEqual([filed.id]);
    expect(JSON.stringify(inbox)).not.toContain('本部门同事');
  });

  it('leaves it to a colleague, who sees the note', async () => {
    const view = await c.ok<TicketView>('ticket', { action: 'accept', ticketId: filed.id }, 'demo-engineering-head');
    expect(view.timeline.some((e) => e.internal)).toBe(true);
  });
});
