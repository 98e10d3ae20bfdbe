// 消息 holds every notice the app would send an owner: each owner event writes a message of its own
// that names the request, so an owner who declined subscriptions still reads what happened.
import type { OwnerEvent } from '../../cloudfunctions/domain/commands';
import { audienceKey, messageFor } from '../../cloudfunctions/domain/messages';
import { aTicket } from './builders';

// a Record, so that an event added to OwnerEvent fails type-checking here until it is listed
const EVENTS: Record<OwnerEvent, true> = {
  accepted: true,
  replied: true,
  transferred: true,
  resolved: true,
  reopened: true,
  closed: true,
  plan: true,
  answered: true,
  referred: true,
  adopted: true,
  declined: true,
  credited: true,
  quoted: true,
  merged: true,
  slip_issued: true,
};
const OWNER_EVENTS = Object.keys(EVENTS) as OwnerEvent[];

describe('the message each owner event writes', () => {
  const ticket = aTicket();
  const messages = OWNER_EVENTS.map((event) => messageFor({ type: 'NOTIFY_OWNER', event }, ticket));

  it.each(OWNER_EVENTS)('%s: addressed to the owner, naming the request', (event) => {
    const message = messageFor({ type: 'NOTIFY_OWNER', event }, ticket);
    expect(message.audience).toBe(audienceKey.owner(ticket.ownerOpenid));
    expect(message.title).toContain(ticket.number);
    expect(message.title).toMatch(/^您的/);
    expect(message.body.length).toBeGreaterThan(0);
  });

  it('says something different for each event', () => {
    expect(new Set(messages.map((m) => m.title)).size).toBe(OWNER_EVENTS.length);
  });
});
