import type {
  InboxCounts,
  InboxPage,
  MeView,
  Page,
  TicketSummaryView,
  TicketView,
} from '../../cloudfunctions/domain/api';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { aRepairRequest } from '../support/requests';

let c: FunctionsCloud;
beforeAll(async () => {
  c = await startFunctionsCloud();
});
afterAll(() => c.close());

describe('bootstrap.seedDemo', () => {
  it('seeded the demo community on the first call, and leaves a database with data alone', async () => {
    expect(await c.documents('users')).toHaveLength(14);
    expect(await c.documents('units')).toHaveLength(36);
    expect(await c.ok('bootstrap', { action: 'seedDemo' }, 'demo-admin')).toEqual({
      seeded: false,
      communities: 1,
      units: 36,
      users: 14,
    });
    expect(await c.documents('users')).toHaveLength(14);
  });

  it('gives every demo identity the roles it names', async () => {
    const roles = Object.fromEntries((await c.documents('users')).map((u) => [u._id, u.roles]));
    expect(roles['demo-receptionist']).toContain('receptionist');
    expect(roles['demo-engineering-head']).toContain('dept_head');
    expect(roles['demo-group-admin']).toEqual(['group_admin']);
  });
});

describe('user.me', () => {
  it("answers an owner's units and community from their own record", async () => {
    expect(await c.ok<MeView>('user', { action: 'me' }, 'demo-owner-1')).toEqual({
      openid: 'demo-owner-1',
      name: '张业主',
      roles: ['owner'],
      community: { id: 'demo-cuihu', name: '翠湖花园' },
      units: [{ id: 'demo-unit-1-1-101', label: '1栋1单元101', communityId: 'demo-cuihu' }],
      isStaff: false,
      bound: true,
    });
  });
});

describe('paging', () => {
  const filed: string[] = [];
  beforeAll(async () => {
    for (let i = 0; i < 5; i += 1)
      filed.push(
        (await c.ok<TicketView>('ticket', aRepairRequest({ description: `第${i + 1}个报修问题` }), 'demo-owner-1')).id,
      );
  });

  it('walks listMine newest first, page by page, each request once', async () => {
    const seen: TicketSummaryView[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page: Page<TicketSummaryView> = await c.ok(
        'ticket',
        { action: 'listMine', limit: 2, ...(cursor ? { cursor } : {}) },
        'demo-owner-1',
      );
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen.map((t) => t.id).sort()).toEqual([...filed].sort());
    const times = seen.map((t) => t.updatedAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('walks the inbox oldest promise first', async () => {
    const first: InboxPage = await c.ok('ticket', { action: 'listInbox', view: 'new', limit: 3 }, 'demo-engineering');
    const rest: InboxPage = await c.ok(
      'ticket',
      { action: 'listInbox', view: 'new', limit: 3, cursor: first.nextCursor },
      'demo-engineering',
    );
    const all = [...first.items, ...rest.items];
    expect(all.map((t) => t.id).sort()).toEqual([...filed].sort());
    const due = all.map((t) => t.nextStep.dueAt ?? '');
    expect(due).toEqual([...due].sort());
    expect(rest.nextCursor).toBeUndefined();
    expect((await c.ok<InboxCounts>('ticket', { action: 'inboxCounts' }, 'demo-engineering')).new).toBe(5);
  });
});
