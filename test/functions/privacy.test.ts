// Who sees what: owners only their own, staff their department's, the service desk and managers
// their community's; internal notes never reach an owner; phones masked outside the handling team.
import type { InboxPage, MeView, Page, TicketSummaryView, TicketView } from '../../cloudfunctions/domain/api';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { aRepairRequest } from '../support/requests';

let c: FunctionsCloud;
let repair: TicketView;
beforeAll(async () => {
  c = await startFunctionsCloud();
  repair = await c.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1');
  await c.ok('ticket', { action: 'note', ticketId: repair.id, text: '内部：业主曾多次投诉' }, 'demo-engineering');
});
afterAll(() => c.close());

const get = (openid: string) => c.call<TicketView>('ticket', { action: 'get', ticketId: repair.id }, openid);

describe('another owner', () => {
  it('gets NOT_FOUND for the request, as if it did not exist', async () => {
    expect(await get('demo-owner-2')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('cannot act on it either', async () => {
    expect(await c.call('ticket', { action: 'rate', ticketId: repair.id, score: 1 }, 'demo-owner-2')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('does not find it in their list', async () => {
    const mine = await c.ok<Page<TicketSummaryView>>('ticket', { action: 'listMine' }, 'demo-owner-2');
    expect(mine.items).toEqual([]);
  });

  it('is not let into the staff inbox', async () => {
    expect(await c.call('ticket', { action: 'listInbox' }, 'demo-owner-2')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('staff of another department', () => {
  it('neither see it in their inbox nor open it', async () => {
    const inbox = await c.ok<InboxPage>('ticket', { action: 'listInbox', view: 'new' }, 'demo-security');
    expect(inbox.items).toEqual([]);
    expect(await get('demo-security')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('the owner', () => {
  it('sees their own phone, and no internal note', async () => {
    const answer = await get('demo-owner-1');
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.data.contactPhone).toBe('13812345678');
    expect(answer.data.timeline.every((e) => !e.internal)).toBe(true);
    expect(JSON.stringify(answer.data)).not.toContain('业主曾多次投诉');
  });
});

describe('the service desk and the manager', () => {
  it('find it in the community inbox', async () => {
    for (const openid of ['demo-receptionist', 'demo-manager']) {
      const inbox = await c.ok<InboxPage>('ticket', { action: 'listInbox', view: 'new' }, openid);
      expect(inbox.items.map((t) => t.id)).toContain(repair.id);
    }
  });

  it('show the manager, outside the handling team, a masked phone but the internal note', async () => {
    const view = await c.ok<TicketView>('ticket', { action: 'get', ticketId: repair.id }, 'demo-manager');
    expect(view.contactPhone).toBe('138****5678');
    expect(view.timeline.some((e) => e.internal && e.text === '内部：业主曾多次投诉')).toBe(true);
  });
});

describe('the service department, which is the service desk too', () => {
  it('finds every request of the community in its inbox, and sees the phone', async () => {
    const inbox = await c.ok<InboxPage>('ticket', { action: 'listInbox', view: 'new' }, 'demo-service-head');
    expect(inbox.items.map((t) => t.id)).toContain(repair.id);
    const view = await c.ok<TicketView>('ticket', { action: 'get', ticketId: repair.id }, 'demo-service-head');
    expect(view.contactPhone).toBe('13812345678');
  });
});

describe('company leadership', () => {
  it('reads the request with the phone masked: it is not the handling team', async () => {
    const view = await c.ok<TicketView>('ticket', { action: 'get', ticketId: repair.id }, 'demo-leadership');
    expect(view.contactPhone).toBe('138****5678');
  });
});

describe('a department that passed a request on (故障转呈)', () => {
  it('no longer reads it, in its inbox or by id; the department it went to does', async () => {
    const passed = await c.ok<TicketView>(
      'ticket',
      aRepairRequest({ description: '地下车库积水，需秩序部封路' }),
      'demo-owner-1',
    );
    await c.ok(
      'ticket',
      { action: 'transfer', ticketId: passed.id, toDepartment: 'security', reason: '需要封闭车库入口' },
      'demo-engineering',
    );

    for (const view of ['new', 'in_progress', 'overdue', 'done']) {
      const inbox = await c.ok<InboxPage>('ticket', { action: 'listInbox', view }, 'demo-engineering');
      expect(inbox.items.map((t) => t.id)).not.toContain(passed.id);
    }
    for (const event of [{ action: 'get' }, { action: 'note', text: '补充' }]) {
      const answer = await c.call('ticket', { ...event, ticketId: passed.id }, 'demo-engineering');
      expect([event.action, answer]).toMatchObject([event.action, { ok: false, error: { code: 'NOT_FOUND' } }]);
    }
    const security = await c.ok<InboxPage>('ticket', { action: 'listInbox', view: 'new' }, 'demo-security');
    expect(security.items.map((t) => t.id)).toContain(passed.id);
  });
});

describe('lists', () => {
  it('never carry a phone number or an internal note, to anyone', async () => {
    const lists = [
      await c.ok('ticket', { action: 'listMine' }, 'demo-owner-1'),
      await c.ok('ticket', { action: 'listInbox', view: 'new' }, 'demo-engineering'),
      await c.ok('ticket', { action: 'listInbox', view: 'new' }, 'demo-manager'),
    ];
    for (const list of lists) {
      expect(JSON.stringify(list)).not.toContain('5678');
      expect(JSON.stringify(list)).not.toContain('业主曾多次投诉');
    }
  });

  it("give another owner nothing for a cursor taken from the first owner's list", async () => {
    await c.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1');
    const first = await c.ok<Page<TicketSummaryView>>('ticket', { action: 'listMine', limit: 1 }, 'demo-owner-1');
    expect(first.nextCursor).toBeDefined();
    const borrowed = await c.ok<Page<TicketSummaryView>>(
      'ticket',
      { action: 'listMine', cursor: first.nextCursor },
      'demo-owner-2',
    );
    expect(borrowed.items).toEqual([]);
  });
});

describe('a WeChat user nobody has bound yet', () => {
  const stranger = 'o6_bmjrPTlm6_2sgVt7hMZOPfL2M';

  it('is told so by me', async () => {
    const me = await c.ok<MeView>('user', { action: 'me' }, stranger);
    expect(me).toMatchObject({ openid: stranger, bound: false, roles: [], units: [], isStaff: false });
  });

  it('is asked to get bound at the service centre when filing a request', async () => {
    const answer = await c.call('ticket', aRepairRequest(), stranger);
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    if (!answer.ok) expect(answer.error.message).toContain('客服中心');
  });

  it('cannot seed demo data', async () => {
    expect(await c.call('bootstrap', { action: 'seedDemo' }, stranger)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('the caller', () => {
  it("comes from WeChat's context, never from the event", async () => {
    const answer = await c.call<TicketView>(
      'ticket',
      { action: 'get', ticketId: repair.id, openid: 'demo-owner-1' },
      'demo-owner-2',
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const me = await c.ok<MeView>('user', { action: 'me' }, 'demo-engineering');
    expect(me).toMatchObject({
      openid: 'demo-engineering',
      roles: ['staff'],
      department: 'engineering',
      isStaff: true,
      bound: true,
    });
  });

  it('gets UNKNOWN_ACTION for an action the function does not have', async () => {
    expect(await c.call('ticket', { action: 'drop' }, 'demo-owner-1')).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_ACTION' },
    });
    expect(await c.call('user', {}, 'demo-owner-1')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_ACTION' } });
  });
});
