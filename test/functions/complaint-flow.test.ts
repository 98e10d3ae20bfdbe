// A complaint through the local cloud: apology, hand-over, contact, a returned plan, the head's
// approval, the owner told the plan, an unsatisfied round, and a compensation claim for leadership.
import type { Page, TicketView } from '../../cloudfunctions/domain/api';
import type { MessageView } from '../../cloudfunctions/domain/messages';
import type { VisitTaskView } from '../../cloudfunctions/domain/visits';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { aRepairRequest } from '../support/requests';

let c: FunctionsCloud;
beforeAll(async () => {
  c = await startFunctionsCloud();
});
afterAll(() => c.close());

const OWNER = 'demo-owner-1';
const DESK = 'demo-receptionist';
const ENGINEER = 'demo-engineering';
const HEAD = 'demo-engineering-head';
const LEADERSHIP = 'demo-leadership';
const PLAN = '本周五前更换地下车库全部照明并加装感应灯';

const act = (action: string, ticketId: string, openid: string, payload: object = {}) =>
  c.ok<TicketView>('ticket', { action, ticketId, ...payload }, openid);
const refused = async (action: string, ticketId: string, openid: string, payload: object = {}) => {
  const answer = await c.call('ticket', { action, ticketId, ...payload }, openid);
  return answer.ok ? 'ok' : answer.error.code;
};
/** The titles of the in-app messages `openid` has about the request. */
const titlesFor = async (openid: string, ticketId: string) =>
  (await c.ok<Page<MessageView>>('message', { action: 'list', limit: 50 }, openid)).items
    .filter((m) => m.ticketId === ticketId)
    .map((m) => m.title);
const aComplaint = (overrides = {}) =>
  aRepairRequest({ category: 'complaint', description: '地下车库灯坏了一个月没人修', photos: [], ...overrides });

describe('a complaint walks every step', () => {
  let id = '';

  it('is filed and waits for the service desk’s first reply', async () => {
    const filed = await c.ok<TicketView>('ticket', aComplaint(), OWNER);
    id = filed.id;
    expect([filed.status, filed.department]).toEqual(['submitted', 'service']);
    expect(await refused('recordContact', id, DESK, { text: '已联系' })).toBe('ILLEGAL_TRANSITION');
  });

  it('is recorded with an apology, then handed to engineering', async () => {
    const sorry = await act('apologise', id, DESK, { text: '非常抱歉给您带来不便，已为您登记' });
    expect(sorry.status).toBe('apologised');
    const handed = await act('transfer', id, DESK, { toDepartment: 'engineering', reason: '照明归工程部' });
    expect([handed.status, handed.department]).toEqual(['assigned', 'engineering']);
  });

  it('has engineering contact the owner and submit a plan, which the head returns with a reason', async () => {
    expect((await act('recordContact', id, ENGINEER, { text: '已电话联系业主，约定明日查看' })).status).toBe(
      'contacted',
    );
    expect(await refused('approvePlan', id, HEAD)).toBe('ILLEGAL_TRANSITION');
    const submitted = await act('submitPlan', id, ENGINEER, { text: '尽快修好车库灯' });
    expect(submitted.status).toBe('plan_review');
    expect(await refused('approvePlan', id, ENGINEER)).toBe('FORBIDDEN');
    const returned = await act('returnPlan', id, HEAD, { reason: '方案需写明完成时间' });
    expect([returned.status, returned.plan?.state, returned.plan?.reason]).toEqual([
      'contacted',
      'returned',
      '方案需写明完成时间',
    ]);
  });

  it('has the head approve the second plan, and tells the owner the plan', async () => {
    await act('submitPlan', id, ENGINEER, { text: PLAN });
    const ownerBefore = await act('get', id, OWNER);
    expect(ownerBefore.plan).toBeUndefined();
    const approved = await act('approvePlan', id, HEAD);
    expect([approved.status, approved.plan?.state, approved.plan?.decidedBy]).toEqual([
      'plan_approved',
      'approved',
      '钱主管',
    ]);
    const seen = await act('get', id, OWNER);
    expect(seen.plan).toMatchObject({ text: PLAN, state: 'approved' });
    expect(seen.plan?.promisedBy).toBe(approved.nextStep.dueAt);
    expect(seen.timeline.map((e) => e.kind)).toEqual([
      'created',
      'apologised',
      'transferred',
      'contacted',
      'plan_approved',
    ]);
    expect(JSON.stringify(seen)).not.toContain('方案需写明完成时间');
    expect(await titlesFor(OWNER, id)).toContain(`您的投诉（${seen.number}）处理方案已确定`);
  });

  it('is resolved, rated unsatisfied, handled again, and closed with a return visit planned', async () => {
    await act('resolve', id, ENGINEER, { text: '已更换全部照明' });
    const back = await act('rate', id, OWNER, { score: 2, comment: '还有两盏不亮' });
    expect([back.status, back.reprocessCount, back.rating, back.pastRatings]).toEqual([
      'reopened',
      1,
      undefined,
      [{ round: 1, score: 2, comment: '还有两盏不亮', at: back.updatedAt }],
    ]);
    await act('recordContact', id, ENGINEER, { text: '再次上门查看' });
    await act('submitPlan', id, ENGINEER, { text: '更换剩余两盏灯的镇流器' });
    await act('approvePlan', id, HEAD);
    await act('resolve', id, ENGINEER, { text: '全部照明正常' });
    const closed = await act('rate', id, OWNER, { score: 5 });
    expect([closed.status, closed.reprocessCount, closed.rating?.score]).toEqual(['closed', 1, 5]);
    expect(closed.timeline.filter((e) => e.kind === 'plan_approved')).toHaveLength(2);
    const visits = await c.ok<VisitTaskView[]>('ticket', { action: 'ticketVisits', ticketId: id }, DESK);
    expect(visits.map((v) => [v.reason, v.state])).toEqual([['complaint', 'open']]);
  });
});

describe('a compensation claim', () => {
  it('reaches leadership, who read it and decide its plan', async () => {
    const filed = await c.ok<TicketView>('ticket', aComplaint({ flags: { compensation: true } }), OWNER);
    expect(filed.flags).toBeUndefined(); // the owner reads no marks
    expect(await titlesFor(LEADERSHIP, filed.id)).toEqual([`投诉（${filed.number}）涉及索赔或投诉项目经理，请您关注`]);
    expect(await titlesFor('demo-manager', filed.id)).not.toContain(
      `投诉（${filed.number}）涉及索赔或投诉项目经理，请您关注`,
    );
    const read = await act('get', filed.id, LEADERSHIP);
    expect(read.flags).toEqual({ compensation: true });
    await act('apologise', filed.id, DESK, { text: '抱歉，已登记您的赔偿诉求' });
    await act('recordContact', filed.id, DESK, { text: '已约业主面谈' });
    await act('submitPlan', filed.id, DESK, { text: '按物业服务合同赔偿维修费用' });
    const approved = await act('approvePlan', filed.id, LEADERSHIP);
    expect([approved.status, approved.plan?.decidedBy]).toEqual(['plan_approved', '褚总']);
  });

  it('may be marked by the service desk after filing, and never by an owner on another category', async () => {
    const answer = await c.call('ticket', aRepairRequest({ flags: { compensation: true } }), OWNER);
    expect(answer.ok ? 'ok' : answer.error).toMatchObject({ code: 'INVALID_INPUT', field: 'flags' });
    const filed = await c.ok<TicketView>('ticket', aComplaint(), OWNER);
    const flagged = await act('flag', filed.id, DESK, { flags: { againstManager: true, major: true } });
    expect(flagged.flags).toEqual({ againstManager: true, major: true });
    expect(await refused('flag', filed.id, DESK, { flags: {} })).toBe('INVALID_INPUT');
    expect(await refused('flag', filed.id, OWNER, { flags: { major: true } })).toBe('FORBIDDEN');
  });
});
