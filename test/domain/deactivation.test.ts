import { isHeldBy, returnToQueue } from '../../cloudfunctions/domain/deactivation';
import { aTicket, MONDAY_MORNING, person } from './builders';

const admin = () => person('demo-admin');
const engineer = { openid: 'demo-engineering', name: '赵师傅' };

describe("a deactivated person's requests go back to the queue", () => {
  it('turns an accepted request back into a new one, unassigned, with a fresh promise to accept', () => {
    const held = aTicket({ status: 'accepted', assigneeOpenid: engineer.openid });
    const { ticket, effects } = returnToQueue(held, engineer, admin(), MONDAY_MORNING);
    expect(ticket.status).toBe('submitted');
    expect(ticket.assigneeOpenid).toBeUndefined();
    expect(ticket.version).toBe(held.version + 1);
    expect(ticket.sla?.step).toBe('accept');
    expect(ticket.sla?.startedAt).toBe('2026-11-23T09:00:00.000+08:00');
    expect(effects.map((e) => e.type)).toEqual(['NOTIFY_DEPARTMENT', 'STOP_SLA', 'START_SLA']);
  });

  it('adds an internal note by the admin naming who was deactivated', () => {
    const held = aTicket({ status: 'accepted', assigneeOpenid: engineer.openid });
    const { ticket } = returnToQueue(held, engineer, admin(), MONDAY_MORNING);
    const entry = ticket.timeline[ticket.timeline.length - 1];
    expect(entry).toMatchObject({ kind: 'noted', internal: true, actor: { openid: 'demo-admin', role: 'admin' } });
    expect(entry.text).toContain('赵师傅');
    expect(entry.text).toContain('工程部');
  });

  it('leaves a complaint at its step, unassigned, for whoever of the department acts next', () => {
    const held = aTicket({ category: 'complaint', status: 'contacted', assigneeOpenid: engineer.openid });
    expect(isHeldBy(held, engineer.openid)).toBe(true);
    const { ticket } = returnToQueue(held, engineer, admin(), MONDAY_MORNING);
    expect([ticket.status, ticket.assigneeOpenid, ticket.sla?.step]).toEqual(['contacted', undefined, 'plan']);
  });

  it('keeps a sent-back request sent back', () => {
    const held = aTicket({ status: 'reopened', assigneeOpenid: engineer.openid, reprocessCount: 1 });
    expect(returnToQueue(held, engineer, admin(), MONDAY_MORNING).ticket.status).toBe('reopened');
  });

  it('leaves alone what is not theirs or no longer open', () => {
    const others = aTicket({ status: 'accepted', assigneeOpenid: 'someone-else' });
    const resolved = aTicket({ status: 'resolved', assigneeOpenid: engineer.openid });
    expect(isHeldBy(others, engineer.openid)).toBe(false);
    expect(isHeldBy(resolved, engineer.openid)).toBe(false);
    expect(returnToQueue(others, engineer, admin(), MONDAY_MORNING).ticket).toBe(others);
    expect(returnToQueue(resolved, engineer, admin(), MONDAY_MORNING).ticket).toBe(resolved);
  });
});
