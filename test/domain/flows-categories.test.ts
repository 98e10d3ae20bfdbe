// The flows of repair, after-sales, paid service and emergency (flows/*.ts), move by move.
import type { Command } from '../../cloudfunctions/domain/commands';
import { openTicket } from '../../cloudfunctions/domain/open-ticket';
import { FLOWS } from '../../cloudfunctions/domain/flows';
import { allowedCommands, transition } from '../../cloudfunctions/domain/lifecycle';

import { createTicketInput } from '../../cloudfunctions/domain/schemas';
import { NINE_MINUTES_LATER, SUNDAY_AFTERNOON, aTicket, engineer, owner, person, receptionist } from './builders';
import { errorCodeOf, errorOf } from './expect-error';

const afterSales = () => person('demo-after-sales');
const environment = () => person('demo-environment');
const LATER = new Date('2026-11-22T16:00:00+08:00');

describe('repair', () => {
  const resolvedRepair = () => aTicket({ status: 'resolved', assigneeOpenid: 'demo-engineering' });

  it('is redone at once after a low rating: same engineer, no new accept, resolve on the urgent span', () => {
    const { ticket, effects } = transition(
      resolvedRepair(),
      { type: 'rate', score: 1, tags: [] },
      owner(),
      NINE_MINUTES_LATER,
    );
    expect(ticket.status).toBe('redoing');
    expect(ticket.assigneeOpenid).toBe('demo-engineering');
    expect(ticket.reprocessCount).toBe(1);
    // 4 hours, not 24
    expect(ticket.sla).toMatchObject({
      step: 'resolve',
      startedAt: '2026-11-22T15:10:00.000+08:00',
      dueAt: '2026-11-22T19:10:00.000+08:00',
    });
    expect(effects).toContainEqual({
      type: 'NOTIFY_DEPARTMENT',
      department: 'engineering',
      reason: 'reopened',
      urgent: true,
    });
    expect(allowedCommands(ticket, engineer())).toEqual(['reply', 'note', 'transfer', 'resolve', 'merge']);
  });

  it('plans a special return visit when the redo is resolved, and not after a first resolve', () => {
    const redoing = transition(
      resolvedRepair(),
      { type: 'rate', score: 2, tags: [] },
      owner(),
      NINE_MINUTES_LATER,
    ).ticket;
    const resolve: Command = { type: 'resolve', text: '重新更换阀芯', photos: [] };
    const redone = transition(redoing, resolve, engineer(), LATER);
    expect(redone.ticket.status).toBe('resolved');
    expect(redone.effects).toContainEqual({ type: 'PLAN_VISIT', reason: 'redo' });
    const first = transition(aTicket({ status: 'accepted' }), resolve, engineer(), LATER);
    expect(first.effects.some((e) => e.type === 'PLAN_VISIT')).toBe(false);
  });

  it('closes at a good rating', () => {
    expect(transition(resolvedRepair(), { type: 'rate', score: 4, tags: [] }, owner(), LATER).ticket.status).toBe(
      'closed',
    );
  });
});

describe('after-sales', () => {
  const defect = (ticket = aTicket({ category: 'after_sales', department: 'after_sales' })) => ticket;
  const slip = (deadline = '2026-11-25T18:00:00.000+08:00') =>
    ({ type: 'issue_slip', defect: '卫生间墙面渗水', place: '1栋1单元101卫生间', deadline }) as const;

  it('starts with the same-day promise to issue the slip', () => {
    expect(FLOWS.after_sales.submitted?.promise).toBe('accept');
  });

  it('issues a rework slip whose deadline is the rework promise, and tells the team and the owner', () => {
    const { ticket, effects } = transition(defect(), slip(), receptionist(), NINE_MINUTES_LATER);
    expect(ticket.status).toBe('reworking');
    expect(ticket.department).toBe('after_sales');
    expect(ticket.slip).toEqual({
      defect: '卫生间墙面渗水',
      place: '1栋1单元101卫生间',
      deadline: '2026-11-25T18:00:00.000+08:00',
      issuedAt: '2026-11-22T15:10:00.000+08:00',
    });
    expect(ticket.sla).toMatchObject({
      step: 'rework',
      startedAt: '2026-11-22T15:10:00.000+08:00',
      dueAt: '2026-11-25T18:00:00.000+08:00',
    });
    expect(ticket.timeline.at(-1)).toMatchObject({
      kind: 'slip_issued',
      internal: false,
      deadline: ticket.slip?.deadline,
    });
    expect(effects).toEqual([
      { type: 'NOTIFY_STAFF', to: 'handlers', department: 'after_sales', event: 'rework_slip' },
      { type: 'NOTIFY_OWNER', event: 'slip_issued' },
      { type: 'STOP_SLA', step: 'accept', outcome: 'hit' },
      { type: 'START_SLA', step: 'rework', dueAt: '2026-11-25T18:00:00.000+08:00' },
    ]);
  });

  it('refuses a deadline in the past or beyond 90 days', () => {
    expect(
      errorOf(() => transition(defect(), slip('2026-11-22T15:00:00.000+08:00'), afterSales(), NINE_MINUTES_LATER)),
    ).toEqual({
      code: 'INVALID_INPUT',
      field: 'deadline',
    });
    expect(
      errorOf(() => transition(defect(), slip('2027-03-01T18:00:00.000+08:00'), afterSales(), NINE_MINUTES_LATER))
        .field,
    ).toBe('deadline');
  });

  it('lets only the after-sales team resolve the rework, and has no accept step of its own', () => {
    const reworking = transition(defect(), slip(), afterSales(), NINE_MINUTES_LATER).ticket;
    const resolve: Command = { type: 'resolve', text: '已重新做防水', photos: [] };
    expect(errorCodeOf(() => transition(reworking, resolve, receptionist(), LATER))).toBe('FORBIDDEN');
    expect(transition(reworking, resolve, afterSales(), LATER).ticket.status).toBe('resolved');
    expect(errorCodeOf(() => transition(defect(), { type: 'accept' }, afterSales(), LATER))).toBe('ILLEGAL_TRANSITION');
  });
});

describe('paid service (特约服务)', () => {
  const request = () => aTicket({ category: 'paid_service', department: 'environment' });
  const offer = { type: 'quote', amountFen: 12_000, items: '油烟机深度清洗一台，含上门费' } as const;
  const quoted = () => transition(request(), offer, environment(), NINE_MINUTES_LATER).ticket;

  it('promises a quote first, then waits on the owner with the clock paused', () => {
    expect(request().sla?.step).toBe('quote');
    const { ticket, effects } = transition(request(), offer, environment(), NINE_MINUTES_LATER);
    expect(ticket.status).toBe('quoted');
    expect(ticket.sla).toBeUndefined();
    expect(ticket.quote).toEqual({
      amountFen: 12_000,
      items: offer.items,
      at: '2026-11-22T15:10:00.000+08:00',
      state: 'offered',
    });
    expect(ticket.timeline.at(-1)).toMatchObject({ kind: 'quoted', internal: false, amountFen: 12_000 });
    // the quote's promise pauses while the owner decides; it is closed, as kept, once they answer
    expect(effects).toEqual([{ type: 'NOTIFY_OWNER', event: 'quoted' }]);
    expect(ticket.pausedSla?.step).toBe('quote');
    expect(allowedCommands(ticket, owner(), LATER)).toEqual(['accept_quote', 'decline_quote']);
  });

  it('starts the work once the owner accepts the price', () => {
    const { ticket, effects } = transition(quoted(), { type: 'accept_quote' }, owner(), LATER);
    expect(ticket.status).toBe('accepted');
    expect(ticket.quote?.state).toBe('accepted');
    expect(ticket.sla?.step).toBe('resolve');
    expect(ticket.promises).toContainEqual(expect.objectContaining({ step: 'quote', outcome: 'hit' }));
    expect(effects).toContainEqual({
      type: 'NOTIFY_STAFF',
      to: 'handlers',
      department: 'environment',
      event: 'quote_accepted',
    });
  });

  it('ends politely when the owner declines: closed, with no rating asked', () => {
    const { ticket } = transition(quoted(), { type: 'decline_quote', reason: '价格偏高' }, owner(), LATER);
    expect(ticket.status).toBe('closed');
    expect(ticket.quote?.state).toBe('declined');
    expect(ticket.rating).toBeUndefined();
    expect(ticket.timeline.at(-1)).toMatchObject({ kind: 'quote_declined', internal: false, text: '价格偏高' });
    expect(allowedCommands(ticket, owner(), LATER)).toEqual([]);
  });

  it('lets no one but the owner answer, and no one start work before the answer', () => {
    expect(errorCodeOf(() => transition(quoted(), { type: 'accept_quote' }, environment(), LATER))).toBe('FORBIDDEN');
    expect(
      errorCodeOf(() => transition(quoted(), { type: 'resolve', text: '已清洗', photos: [] }, environment(), LATER)),
    ).toBe('ILLEGAL_TRANSITION');
    expect(errorCodeOf(() => transition(request(), { type: 'accept_quote' }, owner(), LATER))).toBe(
      'ILLEGAL_TRANSITION',
    );
  });
});

describe('emergency', () => {
  const file = () =>
    openTicket(
      createTicketInput.parse({
        clientRequestId: 'client-emergency-1',
        category: 'emergency',
        description: '地下车库有燃气味道',
        location: { kind: 'common_area', text: '地下车库B区' },
        contactPhone: '13812345678',
      }),
      { id: 'e1', number: 'ED20261122-0009', owner: owner() },
      SUNDAY_AFTERNOON,
    );

  it('alerts security and the manager at once', () => {
    const { effects } = file();
    expect(effects).toContainEqual({
      type: 'NOTIFY_STAFF',
      to: 'security',
      event: 'emergency',
      text: '地下车库有燃气味道',
    });
    expect(effects).toContainEqual({
      type: 'NOTIFY_STAFF',
      to: 'manager',
      event: 'emergency',
      text: '地下车库有燃气味道',
    });
  });

  it('counts its promises in minutes', () => {
    const { ticket } = file();
    expect(ticket.sla).toMatchObject({
      step: 'accept',
      startedAt: '2026-11-22T15:01:00.000+08:00',
      dueAt: '2026-11-22T15:06:00.000+08:00',
    });
  });

  it('alerts nobody extra for other categories', () => {
    const repair = openTicket(
      createTicketInput.parse({
        clientRequestId: 'client-repair-1',
        category: 'repair',
        description: '厨房水龙头一直滴水',
        location: { kind: 'unit', unitId: 'demo-unit-1-1-101' },
        contactPhone: '13812345678',
      }),
      { id: 'r1', number: 'ED20261122-0010', owner: owner() },
      SUNDAY_AFTERNOON,
    );
    expect(repair.effects.some((e) => e.type === 'NOTIFY_STAFF')).toBe(false);
  });
});
