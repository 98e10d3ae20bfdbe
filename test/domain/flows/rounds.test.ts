// A request handled more than once (§4): each round's rating is that round's, never the current one;
// staff and owners read their own wording; an owner reads their own actions as theirs.
import { statusLabel } from '../../../cloudfunctions/domain/labels';
import { transition } from '../../../cloudfunctions/domain/lifecycle';
import { toTicketView } from '../../../cloudfunctions/domain/views';
import { NINE_MINUTES_LATER, aTicket, engineer, owner } from '../builders';

describe('rounds', () => {
  // the general flow (a repair is redone without a new acceptance: flows-categories.test.ts)
  const sentBack = transition(
    aTicket({ status: 'resolved', category: 'other' }),
    { type: 'rate', score: 2, tags: ['问题未解决'], comment: '还在滴水' },
    owner(),
    NINE_MINUTES_LATER,
  ).ticket;

  it('shows a rating that sent the request back as the last round’s, not as the current one', () => {
    const seen = toTicketView(sentBack, owner(), NINE_MINUTES_LATER);
    expect(seen.rating).toBeUndefined();
    expect(seen.pastRatings).toEqual([
      { round: 1, score: 2, comment: '还在滴水', at: '2026-11-22T15:10:00.000+08:00' },
    ]);
    expect(seen.timeline.map((e) => [e.kind, e.round])).toEqual([
      ['created', 1],
      ['rated', 1],
      ['reopened', 2],
    ]);
  });

  it('shows the rating of the round that closed it as the current one', () => {
    const accepted = transition(sentBack, { type: 'accept' }, engineer(), NINE_MINUTES_LATER).ticket;
    const resolved = transition(
      accepted,
      { type: 'resolve', text: '更换阀门', photos: [] },
      engineer(),
      NINE_MINUTES_LATER,
    ).ticket;
    const closed = transition(resolved, { type: 'rate', score: 5, tags: [] }, owner(), NINE_MINUTES_LATER).ticket;
    const seen = toTicketView(closed, owner(), NINE_MINUTES_LATER);
    expect(seen.rating?.score).toBe(5);
    expect(seen.pastRatings.map((r) => [r.round, r.score])).toEqual([[1, 2]]);
  });

  it('marks the owner’s own entries for the owner, and nobody else’s', () => {
    const mine = toTicketView(sentBack, owner(), NINE_MINUTES_LATER).timeline.map((e) => e.mine === true);
    expect(mine).toEqual([true, true, true]);
    expect(toTicketView(sentBack, engineer(), NINE_MINUTES_LATER).timeline.some((e) => e.mine)).toBe(false);
  });

  it('words a request waiting on the owner for each reader', () => {
    expect(toTicketView(aTicket({ status: 'resolved' }), owner(), NINE_MINUTES_LATER).reader).toBe('owner');
    expect(toTicketView(aTicket({ status: 'resolved' }), engineer(), NINE_MINUTES_LATER).reader).toBe('staff');
    expect([statusLabel('resolved', 'owner'), statusLabel('resolved', 'staff')]).toEqual(['待评价', '待业主评价']);
  });
});
