// The whole loop through the local cloud and the genuine wx-server-sdk: an owner's request travels
// to the department and back until the owner is satisfied.
import type { InboxCounts, InboxPage, Page, TicketSummaryView, TicketView } from '../../cloudfunctions/domain/api';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { messagesAbout, pendingEffectsOf } from './support/database';
import { aRepairRequest } from '../support/requests';

let c: FunctionsCloud;
beforeAll(async () => {
  c = await startFunctionsCloud();
});
afterAll(() => c.close());

const OWNER = 'demo-owner-1';
const ENGINEER = 'demo-engineering';

const ticket = (action: string, ticketId: string, openid: string, payload: object = {}) =>
  c.ok<TicketView>('ticket', { action, ticketId, ...payload }, openid);

describe('a repair request, from the owner to engineering and back', () => {
  let id = '';

  it('is filed by the owner, routed to engineering, with a promised next step', async () => {
    const created = await c.ok<TicketView>('ticket', aRepairRequest(), OWNER);
    id = created.id;
    expect(created).toMatchObject({
      status: 'submitted',
      department: 'engineering',
      locationText: '1栋1单元101',
      // the owner reads when, in words: 15 minutes from now
      nextStep: {
        label: expect.stringMatching(/^工程部受理，承诺(今天|明天)\d\d:\d\d前响应$/),
        by: 'department',
        overdue: false,
      },
      can: ['withdraw'],
    });
    expect(created.number).toMatch(/^ED\d{8}-0001$/);
    expect(created.timeline.map((e) => e.kind)).toEqual(['created']);
  });

  it("shows in the owner's 我的 list", async () => {
    const mine = await c.ok<Page<TicketSummaryView>>('ticket', { action: 'listMine' }, OWNER);
    expect(mine.items.map((t) => t.id)).toEqual([id]);
  });

  it("waits in engineering's inbox as new", async () => {
    const inbox = await c.ok<InboxPage>('ticket', { action: 'listInbox', view: 'new' }, ENGINEER);
    expect(inbox.items.map((t) => t.id)).toEqual([id]);
    expect(await c.ok<InboxCounts>('ticket', { action: 'inboxCounts' }, ENGINEER)).toEqual({
      new: 1,
      in_progress: 0,
      overdue: 0,
      escalated: 0,
    });
  });

  it('is accepted, replied to and noted by engineering', async () => {
    expect((await ticket('accept', id, ENGINEER)).status).toBe('accepted');
    await ticket('reply', id, ENGINEER, { text: '师傅今天下午四点上门' });
    const noted = await ticket('note', id, ENGINEER, { text: '业主家有老人，上门前先电话' });
    expect(noted.timeline.map((e) => e.kind)).toEqual(['created', 'accepted', 'replied', 'noted']);
    const inbox = await c.ok<InboxPage>('ticket', { action: 'listInbox', view: 'in_progress' }, ENGINEER);
    expect(inbox.items.map((t) => t.id)).toEqual([id]);
    expect(await c.ok<InboxCounts>('ticket', { action: 'inboxCounts' }, ENGINEER)).toEqual({
      new: 0,
      in_progress: 1,
      overdue: 0,
      escalated: 0,
    });
  });

  it('shows the owner the reply but never the internal note', async () => {
    const seen = await ticket('get', id, OWNER);
    expect(seen.timeline.map((e) => e.kind)).toEqual(['created', 'accepted', 'replied']);
    expect(JSON.stringify(seen)).not.toContain('业主家有老人');
    expect(seen.nextStep.label).toMatch(/^工程部处理中，承诺明天\d\d:\d\d前处理完成$/);
    const staffView = await c.ok<TicketView>('ticket', { action: 'get', ticketId: id }, ENGINEER);
    expect(staffView.nextStep.label).toBe('工程部处理中，承诺24小时内处理完成');
  });

  it("is resolved with a result, then waits for the owner's rating", async () => {
    const resolved = await ticket('resolve', id, ENGINEER, {
      text: '已更换水龙头阀芯',
      photos: ['cloud://local/photos/after.jpg'],
    });
    expect(resolved.status).toBe('resolved');
    const seen = await ticket('get', id, OWNER);
    expect(seen).toMatchObject({
      resolution: { text: '已更换水龙头阀芯', photos: ['cloud://local/photos/after.jpg'] },
      nextStep: { by: 'owner' },
      can: ['rate'],
    });
  });

  it('goes back to engineering to be redone at once when the owner rates 2, counted and on the timeline', async () => {
    const rated = await ticket('rate', id, OWNER, { score: 2, tags: ['问题未解决'], comment: '还在滴水' });
    expect(rated).toMatchObject({ status: 'redoing', department: 'engineering', reprocessCount: 1 });
    expect(rated.timeline.slice(-2).map((e) => e.kind)).toEqual(['rated', 'reopened']);
    const inbox = await c.ok<InboxPage>('ticket', { action: 'listInbox', view: 'in_progress' }, ENGINEER);
    expect(inbox.items.map((t) => [t.id, t.status, t.reprocessCount])).toEqual([[id, 'redoing', 1]]);
  });

  it('closes when the reprocessed result satisfies the owner', async () => {
    await ticket('resolve', id, 'demo-engineering-head', { text: '更换整个龙头，已不再滴水' });
    const closed = await ticket('rate', id, OWNER, { score: 5, tags: ['处理专业'] });
    expect(closed).toMatchObject({
      status: 'closed',
      reprocessCount: 1,
      rating: { score: 5, tags: ['处理专业'] },
      can: [],
    });
    expect(closed.nextStep).toEqual({ label: '已完成', by: 'none', overdue: false });
    const done = await c.ok<Page<TicketSummaryView>>('ticket', { action: 'listMine', filter: 'done' }, OWNER);
    expect(done.items.map((t) => t.id)).toEqual([id]);
    const open = await c.ok<Page<TicketSummaryView>>('ticket', { action: 'listMine', filter: 'open' }, OWNER);
    expect(open.items).toEqual([]);
  });

  it('refuses any further command on the closed request', async () => {
    const answer = await c.call('ticket', { action: 'reply', ticketId: id, text: '还有问题吗' }, ENGINEER);
    expect(answer).toMatchObject({ ok: false, error: { code: 'ILLEGAL_TRANSITION' } });
  });

  it('carried out every notice at once, in order, each under its own key, leaving nothing pending', async () => {
    expect(await pendingEffectsOf(c, id)).toEqual([]);
    const messages = await messagesAbout(c, id);
    expect(new Set(messages.map((m) => m._id)).size).toBe(messages.length);
    const kinds = messages.map((m) => m.kind);
    expect(kinds.filter((t) => t === 'NOTIFY_OWNER')).toHaveLength(6); // accepted, replied, resolved, reopened, resolved, closed
    expect(kinds[0]).toBe('NOTIFY_DEPARTMENT');
    const owner = await c.ok<Page<{ title: string; ticketId: string }>>('message', { action: 'list' }, OWNER);
    expect(owner.items.filter((m) => m.ticketId === id).map((m) => m.title)).toContain(
      `您的报修（${(await c.ok<TicketView>('ticket', { action: 'get', ticketId: id }, OWNER)).number}）已办结，感谢您的评价`,
    );
  });
});

describe('a request of another kind passed on by the service desk (故障转呈)', () => {
  it("moves to engineering with its reason, and leaves the service department's hands", async () => {
    const created = await c.ok<TicketView>(
      'ticket',
      aRepairRequest({
        category: 'other',
        description: '楼道灯坏了一周没人修',
        location: { kind: 'common_area', text: '2栋1单元楼道' },
      }),
      'demo-owner-2',
    );
    expect(created.department).toBe('service');
    await ticket('accept', created.id, 'demo-receptionist');
    const moved = await ticket('transfer', created.id, 'demo-receptionist', {
      toDepartment: 'engineering',
      reason: '属于公共照明维修',
    });
    expect(moved).toMatchObject({ status: 'submitted', department: 'engineering' });
    expect(moved.timeline.at(-1)).toMatchObject({
      kind: 'transferred',
      fromDepartment: 'service',
      toDepartment: 'engineering',
      text: '属于公共照明维修',
    });

    const inbox = await c.ok<InboxPage>('ticket', { action: 'listInbox', view: 'new' }, ENGINEER);
    expect(inbox.items.map((t) => t.id)).toContain(created.id);
    // the service department stays the service desk: it still follows the request, but engineering now handles it
    expect((await ticket('get', created.id, 'demo-service-head')).can).toEqual(['reply', 'note', 'transfer', 'merge']);
    expect(await c.call('ticket', { action: 'accept', ticketId: created.id }, 'demo-service-head')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect((await ticket('get', created.id, ENGINEER)).can).toEqual(['accept', 'reply', 'note', 'transfer', 'merge']);
    const owner = await ticket('get', created.id, 'demo-owner-2');
    expect(owner.timeline.at(-1)).toMatchObject({ kind: 'transferred', toDepartment: 'engineering' });
    expect(owner.timeline.at(-1)?.text).toBeUndefined();
  });
});
