// Praise credited, supervision acknowledged, a consultation passed on with its expected time, and a
// suggestion adopted — each through the local cloud.
import type { CreditView, Page, StaffChoiceView, TicketView } from '../../cloudfunctions/domain/api';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { aRepairRequest } from '../support/requests';

let c: FunctionsCloud;
beforeAll(async () => {
  c = await startFunctionsCloud();
});
afterAll(() => c.close());

const OWNER = 'demo-owner-1';
const act = (action: string, ticketId: string, openid: string, payload: object = {}) =>
  c.ok<TicketView>('ticket', { action, ticketId, ...payload }, openid);
const codeOf = async (action: string, ticketId: string, openid: string, payload: object = {}) => {
  const answer = await c.call('ticket', { action, ticketId, ...payload }, openid);
  return answer.ok ? 'ok' : answer.error.code;
};
const file = (category: string, description: string) =>
  c.ok<TicketView>('ticket', aRepairRequest({ category: category as never, description, photos: [] }), OWNER);

describe('praise', () => {
  it('is credited by quality to the staff member named, on the request and in the database', async () => {
    const praise = await file('praise', '赵师傅修水管又快又好，特此表扬');
    expect([praise.department, praise.nextStep.dueAt !== undefined]).toEqual(['quality', true]);
    expect(await codeOf('credit', praise.id, 'demo-quality', { staffOpenid: 'demo-owner-2' })).toBe('INVALID_INPUT');
    expect(await codeOf('credit', praise.id, 'demo-quality', { staffOpenid: 'nobody' })).toBe('INVALID_INPUT');
    expect(await codeOf('credit', praise.id, 'demo-receptionist', { staffOpenid: 'demo-engineering' })).toBe(
      'FORBIDDEN',
    );
    const choices = await c.ok<StaffChoiceView[]>(
      'ticket',
      { action: 'staffChoices', ticketId: praise.id, purpose: 'credit' },
      'demo-quality',
    );
    expect(choices.map((p) => p.openid)).toEqual(expect.arrayContaining(['demo-engineering', 'demo-manager']));
    expect(choices.map((p) => p.openid)).not.toEqual(expect.arrayContaining(['demo-owner-1']));
    expect(choices.map((p) => p.openid)).not.toContain('demo-leadership');
    const notYours = await c.call(
      'ticket',
      { action: 'staffChoices', ticketId: praise.id, purpose: 'credit' },
      'demo-receptionist',
    );
    expect(notYours.ok ? 'ok' : notYours.error.code).toBe('FORBIDDEN');
    const credited = await act('credit', praise.id, 'demo-quality', {
      staffOpenid: 'demo-engineering',
      text: '已电话核实',
    });
    expect([credited.status, credited.creditedTo]).toEqual(['closed', { name: '赵师傅' }]);
    const [stored] = (await c.documents('tickets')).filter((t) => t._id === praise.id);
    expect(stored?.creditedTo).toEqual({ openid: 'demo-engineering', name: '赵师傅' });
    const seen = await act('get', praise.id, OWNER);
    expect(seen.timeline.at(-1)).toMatchObject({ kind: 'credited', staffName: '赵师傅' });
  });

  it("shows on the staff member's record: to them, to admins and their manager, to nobody else", async () => {
    const mine = await c.ok<Page<CreditView>>('ticket', { action: 'listCredits' }, 'demo-engineering');
    expect(mine.items.map((i) => i.summary)).toEqual(['赵师傅修水管又快又好，特此表扬']);
    for (const reader of ['demo-admin', 'demo-manager']) {
      const theirs = await c.ok<Page<CreditView>>(
        'ticket',
        { action: 'listCredits', openid: 'demo-engineering' },
        reader,
      );
      expect([reader, theirs.items.length]).toEqual([reader, 1]);
    }
    const refused = await c.call('ticket', { action: 'listCredits', openid: 'demo-engineering' }, 'demo-security');
    expect(refused.ok ? 'ok' : refused.error.code).toBe('NOT_FOUND');
    const owner = await c.call('ticket', { action: 'listCredits' }, OWNER);
    expect(owner.ok ? 'ok' : owner.error.code).toBe('FORBIDDEN');
    const none = await c.ok<Page<CreditView>>('ticket', { action: 'listCredits' }, 'demo-security');
    expect(none.items).toEqual([]);
  });
});

describe('supervision (督办)', () => {
  it('sets a deadline and a note the handler acknowledges; the manager may reassign within the department', async () => {
    const repair = await c.ok<TicketView>('ticket', aRepairRequest(), OWNER);
    await act('accept', repair.id, 'demo-engineering');
    const deadline = new Date(Date.now() + 2 * 3_600_000).toISOString();
    expect(await codeOf('supervise', repair.id, 'demo-engineering', { note: '快点处理' })).toBe('FORBIDDEN');
    expect(await codeOf('supervise', repair.id, 'demo-service-head', { note: '快点处理' })).toBe('FORBIDDEN');
    const supervised = await act('supervise', repair.id, 'demo-engineering-head', {
      note: '业主多次来电，两小时内处理',
      deadline,
    });
    expect(supervised.nextStep.dueAt).toBe(supervised.supervision?.deadline);
    expect(Date.parse(supervised.nextStep.dueAt ?? '')).toBe(Date.parse(deadline));
    expect((await act('get', repair.id, OWNER)).supervision).toBeUndefined();
    const handler = await act('get', repair.id, 'demo-engineering');
    expect(handler.can).toContain('acknowledge');
    const acknowledged = await act('acknowledge', repair.id, 'demo-engineering');
    expect(acknowledged.supervision).toMatchObject({ acknowledgedBy: '赵师傅' });
    expect(await codeOf('acknowledge', repair.id, 'demo-engineering')).toBe('FORBIDDEN');

    const department = await c.ok<StaffChoiceView[]>(
      'ticket',
      { action: 'staffChoices', ticketId: repair.id, purpose: 'reassign' },
      'demo-manager',
    );
    expect(department.map((p) => p.openid).sort()).toEqual(['demo-engineering', 'demo-engineering-head']);
    expect(
      await codeOf('supervise', repair.id, 'demo-manager', { note: '改派', assigneeOpenid: 'demo-security' }),
    ).toBe('INVALID_INPUT');
    const reassigned = await act('supervise', repair.id, 'demo-manager', {
      note: '改由主管亲自处理',
      assigneeOpenid: 'demo-engineering-head',
    });
    expect(reassigned.supervision).toMatchObject({ byRole: 'manager', assigneeName: '钱主管' });
    expect(reassigned.supervision?.acknowledgedAt).toBeUndefined();
  });
});

describe('a consultation and a suggestion', () => {
  it('passes a consultation to a department with the time the owner may expect an answer by', async () => {
    const question = await file('consultation', '请问装修可以在周末施工吗？');
    expect(question.department).toBe('service');
    const expectedAt = new Date(Date.now() + 24 * 3_600_000).toISOString();
    const referred = await act('refer', question.id, 'demo-receptionist', {
      toDepartment: 'engineering',
      expectedAt,
      reason: '涉及装修管理规定',
    });
    expect([referred.status, referred.department]).toEqual(['referred', 'engineering']);
    const seen = await act('get', question.id, OWNER);
    expect(Date.parse(seen.timeline.at(-1)?.dueAt ?? '')).toBe(Date.parse(expectedAt));
    const answered = await act('answer', question.id, 'demo-engineering', { text: '周末及节假日不可进行噪音施工' });
    expect(answered.status).toBe('resolved');
    expect((await act('rate', question.id, OWNER, { score: 5 })).status).toBe('closed');
  });

  it('adopts a suggestion with a plan and a date, and thanks the owner', async () => {
    const idea = await file('suggestion', '建议在小区东门加装一个快递柜');
    const adopted = await act('adopt', idea.id, 'demo-receptionist', {
      plan: '已联系厂商，月底前安装',
      by: '2099-12-31',
    });
    expect([adopted.status, adopted.nextStep.dueAt]).toEqual(['adopted', '2099-12-31T23:59:59.999+08:00']);
    expect(await codeOf('decline', idea.id, 'demo-receptionist', { reason: '不采纳了' })).toBe('ILLEGAL_TRANSITION');
    const seen = await act('get', idea.id, OWNER);
    expect(seen.timeline.at(-1)).toMatchObject({ kind: 'adopted', text: '已联系厂商，月底前安装' });
  });
});
