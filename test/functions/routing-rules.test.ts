// Admins edit the routing rules; the next request is routed by them. An invalid list, a stale
// version or a caller who is not an admin changes nothing.
import type { Page, TicketView } from '../../cloudfunctions/domain/api';
import type { MessageView } from '../../cloudfunctions/domain/messages';
import { DEFAULT_RULES } from '../../cloudfunctions/domain/routing';
import type { RoutingRule } from '../../cloudfunctions/domain/routing';
import { rulesInWords } from '../../cloudfunctions/domain/routing-text';
import type { RoutingRulesView } from '../../cloudfunctions/ticket/actions/routing-rules';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { aRepairRequest } from '../support/requests';

let c: FunctionsCloud;
beforeAll(async () => {
  c = await startFunctionsCloud();
});
afterAll(() => c.close());

const ADMIN = 'demo-admin';
const OWNER = 'demo-owner-1';

const lift: RoutingRule = {
  id: 'lift',
  name: '电梯投诉转工程部并通知经理',
  when: { categories: ['complaint'], words: ['电梯'] },
  then: { department: 'engineering', urgency: 'urgent', escalateTo: 'manager' },
};
const aLiftComplaint = () =>
  aRepairRequest({ category: 'complaint', description: '电梯又停了，老人上不了楼', photos: [] });

const rulesNow = () => c.ok<RoutingRulesView>('ticket', { action: 'listRoutingRules' }, ADMIN);
const save = (version: number, rules: unknown, openid = ADMIN) =>
  c.call<RoutingRulesView>('ticket', { action: 'saveRoutingRules', version, rules }, openid);
const rulesDocument = async () => JSON.stringify(await c.documents('routing_rules'));

describe('routing rules as data', () => {
  it('starts from the seeded list, today’s table', async () => {
    const view = await rulesNow();
    expect(view.version).toBe(1);
    expect(view.rules).toEqual(DEFAULT_RULES);
  });

  it('routes the next request by the rules an admin saved, with the escalation they name', async () => {
    const before = await c.ok<TicketView>('ticket', aLiftComplaint(), OWNER);
    expect(before.department).toBe('service');

    const saved = await save(1, [lift, ...DEFAULT_RULES]);
    expect(saved).toMatchObject({ ok: true, data: { version: 2, updatedByName: '蒋管理员' } });

    const after = await c.ok<TicketView>('ticket', aLiftComplaint(), OWNER);
    expect(after).toMatchObject({ department: 'engineering', urgency: 'urgent' });
    // the rule's alert reached the community's manager at once
    const { items } = await c.ok<Page<MessageView>>('message', { action: 'list' }, 'demo-manager');
    expect(items.filter((m) => m.ticketId === after.id).map((m) => m.title)).toEqual([
      `新投诉（${after.number}）按分派规则提请您关注`,
    ]);
  });

  it('records each edit in the audit log, with the list before and after', async () => {
    const entries = (await c.documents('audit_log')).filter((e) => e.action === 'routing.update');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor: { openid: ADMIN },
      target: { kind: 'routing_rules', id: 'company' },
      before: rulesInWords(DEFAULT_RULES),
      after: rulesInWords([lift, ...DEFAULT_RULES]),
    });
    expect((entries[0].after as Record<string, string>)['第1条']).toBe(
      '电梯投诉转工程部并通知经理：类别是投诉，且内容含“电梯” → 转工程部，设为紧急，通知项目经理',
    );
  });

  it('refuses an invalid list with a clear message, and changes nothing', async () => {
    const before = await rulesDocument();
    const withoutFallback = [lift, ...DEFAULT_RULES.slice(0, -1)];
    expect(await save(2, withoutFallback)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '最后一条必须是不设条件的兜底规则' },
    });
    expect(await save(2, [{ ...lift, then: { department: 'kitchen' } }, ...DEFAULT_RULES])).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '请选择处理部门' },
    });
    expect(await rulesDocument()).toBe(before);
    expect((await c.ok<TicketView>('ticket', aLiftComplaint(), OWNER)).department).toBe('engineering');
  });

  it('refuses a save over a newer version, and anyone but an admin', async () => {
    const before = await rulesDocument();
    expect(await save(1, DEFAULT_RULES)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    for (const who of ['demo-manager', 'demo-receptionist', OWNER])
      expect(await save(2, DEFAULT_RULES, who)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await c.call('ticket', { action: 'listRoutingRules' }, 'demo-manager')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await rulesDocument()).toBe(before);
  });

  it('goes back to the seeded table when the admin restores it', async () => {
    expect(await save(2, DEFAULT_RULES)).toMatchObject({ ok: true, data: { version: 3 } });
    expect((await c.ok<TicketView>('ticket', aLiftComplaint(), OWNER)).department).toBe('service');
  });
});
