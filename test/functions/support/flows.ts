// Requests walked through their category's whole flow by the people the policy names, for tests
// that need one at a later step.
import type { TicketView } from '../../../cloudfunctions/domain/api';
import type { FunctionsCloud } from '../../support/functions-cloud';
import { aRepairRequest } from '../../support/requests';

const DESK = 'demo-receptionist';
const ENGINEER = 'demo-engineering';
const HEAD = 'demo-engineering-head';

/**
 * A complaint filed by `owner`, apologised for and handed to engineering, its plan approved by the
 * head, resolved and rated satisfied: closed (its return visit planned by the dispatcher).
 */
export async function aClosedComplaint(
  c: FunctionsCloud,
  owner = 'demo-owner-1',
  description = '楼道灯坏了一周没人修',
): Promise<TicketView> {
  const act = (action: string, ticketId: string, openid: string, payload: object = {}) =>
    c.ok<TicketView>('ticket', { action, ticketId, ...payload }, openid);
  const { id } = await c.ok<TicketView>(
    'ticket',
    aRepairRequest({ category: 'complaint', description, photos: [] }),
    owner,
  );
  await act('apologise', id, DESK, { text: '非常抱歉给您带来不便，已为您登记' });
  await act('transfer', id, DESK, { toDepartment: 'engineering', reason: '照明归工程部' });
  await act('recordContact', id, ENGINEER, { text: '已电话联系业主' });
  await act('submitPlan', id, ENGINEER, { text: '今日更换楼道灯' });
  await act('approvePlan', id, HEAD);
  await act('resolve', id, ENGINEER, { text: '已更换楼道灯并致歉' });
  const closed = await act('rate', id, owner, { score: 5, tags: [] });
  if (closed.status !== 'closed') throw new Error(`the complaint did not close: ${closed.status}`);
  return closed;
}
