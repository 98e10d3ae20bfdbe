// The praise flow (policy 002 §4.6): verified by the quality department, credited to the staff member named.
import type { Command } from '../../../cloudfunctions/domain/commands';
import { transition } from '../../../cloudfunctions/domain/lifecycle';
import type { Ticket, TicketStatus } from '../../../cloudfunctions/domain/model';
import { toTicketView } from '../../../cloudfunctions/domain/views';
import { NINE_MINUTES_LATER, aTicket, engineer, otherOwner, owner, person } from '../builders';
import { errorCodeOf, errorOf } from '../expect-error';

const quality = () => person('demo-quality');
const aPraise = (status: TicketStatus = 'submitted'): Ticket =>
  aTicket({ category: 'praise', department: 'quality', status, description: '赵师傅修水管又快又好，特此表扬' });

describe('the praise flow', () => {
  it('is verified by quality (the promised step), then credited to the staff member named and done', () => {
    expect(aPraise().sla?.step).toBe('verify');
    const { ticket, effects } = transition(
      aPraise(),
      { type: 'credit', staff: engineer(), text: '已向业主核实' },
      quality(),
      NINE_MINUTES_LATER,
    );
    expect([ticket.status, ticket.creditedTo, ticket.sla]).toEqual([
      'closed',
      { openid: 'demo-engineering', name: '赵师傅' },
      undefined,
    ]);
    expect(effects).toContainEqual({ type: 'NOTIFY_OWNER', event: 'credited' });
    const seen = toTicketView(ticket, owner(), NINE_MINUTES_LATER);
    expect(seen.creditedTo).toEqual({ name: '赵师傅' });
    expect(seen.timeline.at(-1)).toMatchObject({ kind: 'credited', staffName: '赵师傅', internal: false });
    expect(seen.can).toEqual([]);
  });

  it('credits only staff of the community, and only quality credits', () => {
    expect(
      errorOf(() => transition(aPraise(), { type: 'credit', staff: otherOwner() }, quality(), NINE_MINUTES_LATER)),
    ).toEqual({
      code: 'INVALID_INPUT',
      field: 'staffOpenid',
    });
    const elsewhere = { ...engineer(), communityIds: ['another-estate'] };
    expect(
      errorOf(() => transition(aPraise(), { type: 'credit', staff: elsewhere }, quality(), NINE_MINUTES_LATER)),
    ).toEqual({
      code: 'INVALID_INPUT',
      field: 'staffOpenid',
    });
    expect(
      errorCodeOf(() => transition(aPraise(), { type: 'credit', staff: engineer() }, engineer(), NINE_MINUTES_LATER)),
    ).toBe('FORBIDDEN');
  });

  it('declines praise that cannot be verified, and nothing more happens to it', () => {
    const decline: Command = { type: 'decline', reason: '未能核实到相关员工，感谢您的认可' };
    const { ticket } = transition(aPraise(), decline, quality(), NINE_MINUTES_LATER);
    expect(ticket.status).toBe('closed');
    for (const command of [
      { type: 'rate', score: 5, tags: [] },
      { type: 'reopen', reason: '再看看' },
    ] as Command[]) {
      expect(errorCodeOf(() => transition(ticket, command, owner(), NINE_MINUTES_LATER))).toBe('ILLEGAL_TRANSITION');
    }
  });
});
