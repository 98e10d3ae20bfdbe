import { openTicket, ticketNumber } from '../../cloudfunctions/domain/open-ticket';
import type { OpenTicketInput } from '../../cloudfunctions/domain/open-ticket';
import type { User } from '../../cloudfunctions/domain/model';
import { chinaDayKey } from '../../cloudfunctions/domain/time';
import { SUNDAY_AFTERNOON, engineer, owner } from './builders';
import { errorOf } from './expect-error';

const anInput = (overrides: Partial<OpenTicketInput> = {}): OpenTicketInput => ({
  clientRequestId: 'client-request-0001',
  category: 'repair',
  description: '卫生间地漏堵了',
  photos: [],
  location: { kind: 'unit', unitId: 'demo-unit-1-1-101' },
  urgency: 'normal',
  contactPhone: '13812345678',
  ...overrides,
});

const open = (input: OpenTicketInput, who: User = owner()) =>
  openTicket(input, { id: 't1', number: 'ED20261122-0001', owner: who }, SUNDAY_AFTERNOON);

describe('openTicket', () => {
  it('routes, promises and records a new request', () => {
    const { ticket, effects } = open(anInput());
    expect(ticket).toMatchObject({
      status: 'submitted',
      department: 'engineering',
      location: { kind: 'unit', text: '1栋1单元101' },
      unitId: 'demo-unit-1-1-101',
      ownerName: '张业主',
      communityId: 'demo-cuihu',
      version: 1,
      reprocessCount: 0,
      createdAt: '2026-11-22T15:01:00.000+08:00',
      sla: { step: 'accept', dueAt: '2026-11-22T15:16:00.000+08:00' },
    });
    expect(ticket.timeline).toHaveLength(1);
    expect(effects).toEqual([
      { type: 'NOTIFY_DEPARTMENT', department: 'engineering', reason: 'new', urgent: false },
      { type: 'START_SLA', step: 'accept', dueAt: '2026-11-22T15:16:00.000+08:00' },
    ]);
  });

  it('treats an emergency as urgent and sends it to security', () => {
    const { ticket, effects } = open(
      anInput({ category: 'emergency', location: { kind: 'common_area', text: '地下车库B区' } }),
    );
    expect(ticket.department).toBe('security');
    expect(ticket.location).toEqual({ kind: 'common_area', text: '地下车库B区' });
    expect(ticket.unitId).toBeUndefined();
    expect(effects[0]).toEqual({ type: 'NOTIFY_DEPARTMENT', department: 'security', reason: 'new', urgent: true });
  });

  it('refuses a unit the owner is not bound to', () => {
    expect(errorOf(() => open(anInput({ location: { kind: 'unit', unitId: 'demo-unit-2-1-202' } })))).toEqual({
      code: 'INVALID_INPUT',
      field: 'location.unitId',
    });
  });

  it('refuses someone who is not a bound owner', () => {
    expect(errorOf(() => open(anInput(), engineer())).code).toBe('FORBIDDEN');
    const stranger: User = { openid: 'wx-new', name: '微信用户', roles: [], units: [] };
    expect(errorOf(() => open(anInput(), stranger)).code).toBe('FORBIDDEN');
  });
});

describe('ticketNumber', () => {
  it('numbers by the day in China: Sunday 2026-11-22 00:30 there is still Saturday in UTC', () => {
    expect(chinaDayKey(new Date('2026-11-21T16:30:00Z'))).toBe('20261122');
    expect(ticketNumber('20261122', 7)).toBe('ED20261122-0007');
  });
});
