// The suggestion flow (policy 000 三(三)): evaluated by the department; adopted with a plan and a
// date, or declined with a reason; the owner is told and thanked either way.
import type { Command } from '../../../cloudfunctions/domain/commands';
import { transition } from '../../../cloudfunctions/domain/lifecycle';
import type { Ticket, TicketStatus } from '../../../cloudfunctions/domain/model';
import { toTicketView } from '../../../cloudfunctions/domain/views';
import { NINE_MINUTES_LATER, aTicket, engineer, owner, receptionist } from '../builders';
import { errorCodeOf, errorOf } from '../expect-error';

const aSuggestion = (status: TicketStatus): Ticket =>
  aTicket({ category: 'suggestion', status, description: '建议在小区东门加装一个快递柜' });
const ADOPT: Command = { type: 'adopt', plan: '已联系快递柜厂商，12月初安装', by: '2026-12-05' };
const DECLINE: Command = { type: 'decline', reason: '东门为消防通道，不能放置快递柜' };

describe('the suggestion flow', () => {
  it('is evaluated by the department (the promised step)', () => {
    expect(aSuggestion('submitted').sla?.step).toBe('evaluate');
  });

  it('adopts with a plan and a date the owner reads, which sets the promise to carry it out', () => {
    const { ticket, effects } = transition(aSuggestion('submitted'), ADOPT, engineer(), NINE_MINUTES_LATER);
    expect(ticket.status).toBe('adopted');
    expect(ticket.sla).toMatchObject({ step: 'resolve', dueAt: '2026-12-05T23:59:59.999+08:00' });
    expect(effects).toContainEqual({ type: 'NOTIFY_OWNER', event: 'adopted' });
    const seen = toTicketView(ticket, owner(), NINE_MINUTES_LATER);
    expect(seen.timeline.at(-1)).toMatchObject({
      kind: 'adopted',
      internal: false,
      text: '已联系快递柜厂商，12月初安装',
      dueAt: '2026-12-05T23:59:59.999+08:00',
    });
    const done = transition(
      ticket,
      { type: 'resolve', text: '快递柜已安装', photos: [] },
      engineer(),
      NINE_MINUTES_LATER,
    );
    expect(done.ticket.status).toBe('resolved');
  });

  it('declines with a reason the owner reads, with thanks, and the owner rates the answer', () => {
    const { ticket, effects } = transition(aSuggestion('submitted'), DECLINE, engineer(), NINE_MINUTES_LATER);
    expect(ticket.status).toBe('resolved');
    expect(ticket.timeline.at(-1)).toMatchObject({
      kind: 'declined',
      internal: false,
      text: DECLINE.type === 'decline' ? DECLINE.reason : '',
    });
    expect(effects).toContainEqual({ type: 'NOTIFY_OWNER', event: 'declined' });
    const unhappy = transition(ticket, { type: 'rate', score: 1, tags: [] }, owner(), NINE_MINUTES_LATER).ticket;
    expect([unhappy.status, unhappy.sla?.step]).toEqual(['reopened', 'evaluate']);
    expect(transition(unhappy, ADOPT, engineer(), NINE_MINUTES_LATER).ticket.status).toBe('adopted');
  });

  it('refuses a past date, someone outside the department, and moves the flow does not have', () => {
    expect(
      errorOf(() =>
        transition(aSuggestion('submitted'), { ...ADOPT, by: '2026-11-21' } as Command, engineer(), NINE_MINUTES_LATER),
      ),
    ).toEqual({ code: 'INVALID_INPUT', field: 'by' });
    expect(errorCodeOf(() => transition(aSuggestion('submitted'), ADOPT, receptionist(), NINE_MINUTES_LATER))).toBe(
      'FORBIDDEN',
    );
    expect(errorCodeOf(() => transition(aSuggestion('adopted'), DECLINE, engineer(), NINE_MINUTES_LATER))).toBe(
      'ILLEGAL_TRANSITION',
    );
    expect(
      errorCodeOf(() => transition(aSuggestion('submitted'), { type: 'accept' }, engineer(), NINE_MINUTES_LATER)),
    ).toBe('ILLEGAL_TRANSITION');
  });
});
