// A complaint's plan in a real browser: engineering's head approves the plan on the request's page,
// and the owner then reads the plan, approved, with the time it is promised by.
import type { TicketView } from '../../cloudfunctions/domain/api';
import { aRepairRequest } from '../support/requests';
import { at, expectText, shown, signIn, useAppUnderTest } from './support/app';

const app = useAppUnderTest();
const PLAN = '本周五前更换地下车库全部照明，并加装声控感应灯';

/** A complaint filed, apologised for, handed to engineering, contacted, with a plan under review. */
async function aComplaintWithAPlan(): Promise<TicketView> {
  const { ok } = app.cloud;
  const filed = await ok<TicketView>(
    'ticket',
    aRepairRequest({ category: 'complaint', description: '地下车库灯坏了一个月没人修', photos: [] }),
    'demo-owner-1',
  );
  const act = (action: string, openid: string, payload: object = {}) =>
    ok<TicketView>('ticket', { action, ticketId: filed.id, ...payload }, openid);
  await act('apologise', 'demo-receptionist', { text: '非常抱歉给您带来不便，已为您登记' });
  await act('transfer', 'demo-receptionist', { toDepartment: 'engineering', reason: '照明归工程部' });
  await act('recordContact', 'demo-engineering', { text: '已电话联系业主，约定明日查看' });
  return act('submitPlan', 'demo-engineering', { text: PLAN });
}

async function openTicket(openid: string, id: string) {
  const page = await signIn(app, openid);
  await page.goto(`${app.baseUrl}/#/pages/ticket/index?id=${id}`);
  await at(page, '/pages/ticket/index');
  return page;
}

test('the department head approves a complaint plan, and the owner reads the plan and its promised time', async () => {
  const complaint = await aComplaintWithAPlan();

  // the owner does not read a plan under review
  const before = await openTicket('demo-owner-1', complaint.id);
  await expectText(shown(before, '.ticket__head .status-tag'), '方案待审批');
  await expect(shown(before, '#plan-card').count()).resolves.toBe(0);

  // engineering's head reads it under review and approves it
  const head = await openTicket('demo-engineering-head', complaint.id);
  await expectText(shown(head, '#plan-card'), '待主管审批');
  await expectText(shown(head, '#plan-text'), PLAN);
  await shown(head, '#plan-approve').click();
  await expectText(shown(head, '.ticket__head .status-tag'), '按方案处理中');
  await expectText(shown(head, '#plan-card'), '已批准');
  await expect(shown(head, '#plan-approve').count()).resolves.toBe(0);

  // the owner reads the approved plan, who approved it, the promised time, and the entry that told them
  const owner = await openTicket('demo-owner-1', complaint.id);
  await expectText(shown(owner, '#plan-card'), '已批准');
  await expectText(shown(owner, '#plan-text'), PLAN);
  await expectText(shown(owner, '#plan-card'), '钱主管');
  await expectText(shown(owner, '#plan-promised'), '前处理完成');
  await expectText(shown(owner, '.timeline__what'), '处理方案已确定');
  await expectText(shown(owner, '.timeline__what'), '我提交了诉求');
  await expect(shown(owner, '#plan-approve').count()).resolves.toBe(0);
  expect(app.problems).toEqual([]);
});
