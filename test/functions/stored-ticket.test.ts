// A command writes the request as the lifecycle left it: changed fields replaced whole, vanished
// fields gone — never merged into what was stored.
import type { TicketView } from '../../cloudfunctions/domain/api';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { aRepairRequest } from '../support/requests';

let c: FunctionsCloud;
beforeAll(async () => {
  c = await startFunctionsCloud();
});
afterAll(() => c.close());

const stored = async (id: string) => {
  const [doc] = (await c.documents('tickets')).filter((t) => t._id === id);
  return doc;
};
const act = (action: string, ticketId: string, openid: string, payload: object = {}) =>
  c.ok<TicketView>('ticket', { action, ticketId, ...payload }, openid);

describe('the stored request after each command', () => {
  it('loses the assignee when passed on, and the running promise when resolved', async () => {
    const { id } = await c.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1');
    await act('accept', id, 'demo-engineering');
    expect(await stored(id)).toMatchObject({ assigneeOpenid: 'demo-engineering', queue: 'in_progress' });

    await act('transfer', id, 'demo-engineering', { toDepartment: 'security', reason: '需秩序部处理' });
    expect(await stored(id)).not.toHaveProperty('assigneeOpenid');
    expect(await stored(id)).toMatchObject({ department: 'security', queue: 'new', sla: { step: 'accept' } });

    await act('accept', id, 'demo-security');
    await act('resolve', id, 'demo-security', { text: '已处理' });
    expect(await stored(id)).not.toHaveProperty('sla');
    expect(await stored(id)).toMatchObject({ status: 'resolved', queue: 'done', version: 5 });
  });

  it("replaces the owner's rating whole: a second rating without a comment keeps none of the first", async () => {
    const { id } = await c.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1');
    await act('accept', id, 'demo-engineering');
    await act('resolve', id, 'demo-engineering', { text: '已修好' });
    // a failed repair is redone by the same engineer, with no new accept
    await act('rate', id, 'demo-owner-1', { score: 2, tags: ['问题未解决'], comment: '还在滴水' });
    await act('resolve', id, 'demo-engineering', { text: '换了新龙头' });
    await act('rate', id, 'demo-owner-1', { score: 5 });

    const { rating } = (await stored(id)) as { rating: Record<string, unknown> };
    expect(rating).toEqual({ score: 5, tags: [], at: expect.any(String) });
    expect((await act('get', id, 'demo-owner-1')).rating).toEqual(rating);
  });
});
