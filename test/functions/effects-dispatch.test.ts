// The effect dispatcher through the local cloud: commands' effects carried out at once, the timer's
// sweep as the safety net, exactly once in effect, retries with backoff, parking, and what admins,
// owners and staff may see of it.
import type { Page, TicketView } from '../../cloudfunctions/domain/api';
import type { MessageView } from '../../cloudfunctions/domain/messages';
import type { ParkedEffect } from '../../cloudfunctions/server/repositories/types';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { aRepairRequest } from '../support/requests';
import { messagesAbout as messagesOfTicket, pendingEffectsOf, setFields } from './support/database';

let c: FunctionsCloud;
beforeAll(async () => {
  c = await startFunctionsCloud();
});
afterAll(() => c.close());

const OWNER = 'demo-owner-1';
const OTHER_OWNER = 'demo-owner-2';
const ENGINEER = 'demo-engineering';
const ADMIN = 'demo-admin';

const messagesOf = async (openid: string) =>
  (await c.ok<Page<MessageView>>('message', { action: 'list', limit: 50 }, openid)).items;
const storedTicket = async (id: string) => (await c.documents('tickets')).find((t) => t._id === id)!;
const messagesAbout = (ticketId: string) => messagesOfTicket(c, ticketId);
const sweep = async () => (await c.cloud.runTimer('timer')) as { ok: true; data: { effects: Record<string, number> } };

/** An effect as a command records it, put in the ticket's outbox straight (as if the prompt pass never ran). */
async function putPending(ticketId: string, effects: Array<Record<string, unknown>>) {
  const ticket = await storedTicket(ticketId);
  const at = ticket.updatedAt as string;
  await setFields(c, 'tickets', ticketId, {
    pendingEffects: effects.map((e, n) => ({ at, state: 'pending', key: `${ticketId}:${900 + n}:0`, ...e })),
    pendingEffectsAt: at,
  });
}

describe('carrying out effects right after the command', () => {
  it('tells engineering of a new request and the owner of its acceptance, leaving the outbox empty', async () => {
    const created = await c.ok<TicketView>('ticket', aRepairRequest(), OWNER);
    expect(await pendingEffectsOf(c, created.id)).toEqual([]);
    expect((await storedTicket(created.id)).pendingEffectsAt).toBeUndefined();
    const forEngineering = (await messagesOf(ENGINEER)).filter((m) => m.ticketId === created.id);
    expect(forEngineering).toEqual([
      expect.objectContaining({ title: `新报修（${created.number}）待受理`, read: false }),
    ]);

    await c.ok('ticket', { action: 'accept', ticketId: created.id }, ENGINEER);
    expect(await pendingEffectsOf(c, created.id)).toEqual([]);
    const forOwner = (await messagesOf(OWNER)).filter((m) => m.ticketId === created.id);
    expect(forOwner.map((m) => m.title)).toEqual([`您的报修（${created.number}）已受理`]);
    // the message's id is the effect's key: the accept was version 2, its first effect
    expect(forOwner[0].id).toBe(`${created.id}-2-0`);
  });

  it("never shows one owner's messages to another, nor lets them mark them read", async () => {
    const created = await c.ok<TicketView>('ticket', aRepairRequest(), OWNER);
    await c.ok('ticket', { action: 'accept', ticketId: created.id }, ENGINEER);
    const [mine] = (await messagesOf(OWNER)).filter((m) => m.ticketId === created.id);
    expect((await messagesOf(OTHER_OWNER)).filter((m) => m.ticketId === created.id)).toEqual([]);
    expect(await c.ok('message', { action: 'markRead', ids: [mine.id] }, OTHER_OWNER)).toEqual({ marked: 0 });
    expect((await messagesOf(OWNER)).find((m) => m.id === mine.id)?.read).toBe(false);

    const before = await c.ok<{ unread: number }>('message', { action: 'unread' }, OWNER);
    expect(await c.ok('message', { action: 'markRead', ids: [mine.id] }, OWNER)).toEqual({ marked: 1 });
    expect((await messagesOf(OWNER)).find((m) => m.id === mine.id)?.read).toBe(true);
    expect(await c.ok('message', { action: 'unread' }, OWNER)).toEqual({ unread: before.unread - 1 });
  });

  it('refuses malformed input with INVALID_INPUT', async () => {
    for (const event of [
      { action: 'markRead', ids: [] },
      { action: 'markRead', ids: ['a b'] },
      { action: 'list', limit: 500 },
      { action: 'retryParked', key: 'nope' },
    ]) {
      const answer = await c.call('message', event, ADMIN);
      expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });
});

describe("the timer's sweep", () => {
  it('carries out what the prompt pass did not, once, also when run again or after a crash before clean-up', async () => {
    const created = await c.ok<TicketView>('ticket', aRepairRequest(), OWNER);
    const before = (await messagesAbout(created.id)).length;
    await putPending(created.id, [{ type: 'NOTIFY_OWNER', event: 'replied' }]);
    const run = await sweep();
    expect(run.data.effects).toMatchObject({ carriedOut: 1, parked: 0 });
    expect(await pendingEffectsOf(c, created.id)).toEqual([]);
    expect((await storedTicket(created.id)).pendingEffectsAt).toBeUndefined();
    expect((await messagesAbout(created.id)).length).toBe(before + 1);
    const version = (await storedTicket(created.id)).version;

    // a second run finds nothing to do
    expect((await sweep()).data.effects).toMatchObject({ carriedOut: 0, tickets: 0 });
    // a run that carried the effect out and stopped before taking it out of the outbox leaves the
    // ticket exactly as it was before that run: the next one finds the message there, writes nothing twice
    await putPending(created.id, [{ type: 'NOTIFY_OWNER', event: 'replied' }]);
    expect((await sweep()).data.effects).toMatchObject({ carriedOut: 1 });
    expect((await messagesAbout(created.id)).length).toBe(before + 1);
    expect(await pendingEffectsOf(c, created.id)).toEqual([]);
    // and the dispatcher never bumps the version commands rely on
    expect((await storedTicket(created.id)).version).toBe(version);
  });

  it("addresses a staff notice to the audience it names: the department head's reaches the head only", async () => {
    const created = await c.ok<TicketView>('ticket', aRepairRequest(), OWNER);
    await putPending(created.id, [{ type: 'NOTIFY_STAFF', to: 'dept_head', event: 'escalated' }]);
    await sweep();
    const title = `报修（${created.number}）已超时，升级至您`;
    const titles = async (openid: string) =>
      (await messagesOf(openid)).filter((m) => m.ticketId === created.id).map((m) => m.title);
    expect(await titles('demo-engineering-head')).toContain(title);
    for (const openid of [ENGINEER, OWNER, 'demo-manager', 'demo-security'])
      expect(await titles(openid)).not.toContain(title);
  });

  it('retries a failing effect with backoff, parks it after five tries, and carries out the others meanwhile', async () => {
    c.setClock('2026-10-08T09:00:00+08:00');
    const created = await c.ok<TicketView>('ticket', aRepairRequest(), OWNER);
    // a kind of effect a newer deployment of the ticket function recorded before the timer's was updated
    await putPending(created.id, [
      { type: 'SEND_SUBSCRIPTION', template: 'accepted' },
      { type: 'NOTIFY_OWNER', event: 'replied' },
    ]);
    const key = `${created.id}:900:0`;

    await sweep();
    const [first] = await pendingEffectsOf(c, created.id);
    expect(first).toMatchObject({ key, attempts: 1, lastError: 'no handler for SEND_SUBSCRIPTION' });
    expect((await messagesAbout(created.id)).filter((m) => m._id === `${created.id}-901-0`)).toHaveLength(1);
    const retryAt = (first as unknown as { nextAttemptAt: string }).nextAttemptAt;
    expect(Date.parse(retryAt) - c.cloud.clock.now().getTime()).toBeGreaterThan(50_000);
    expect((await storedTicket(created.id)).pendingEffectsAt).toBe(retryAt);

    // not before its time
    await sweep();
    expect((await pendingEffectsOf(c, created.id))[0]).toMatchObject({ attempts: 1 });
    // then after 1, 2, 4, 8 minutes
    for (const [minutes, attempts] of [
      [1, 2],
      [2, 3],
      [4, 4],
    ]) {
      c.advance(minutes + 0.1);
      await sweep();
      expect((await pendingEffectsOf(c, created.id))[0]).toMatchObject({ key, attempts });
    }
    c.advance(8.1);
    expect((await sweep()).data.effects).toMatchObject({ parked: 1 });
    expect(await pendingEffectsOf(c, created.id)).toEqual([]);
    expect((await storedTicket(created.id)).pendingEffectsAt).toBeUndefined();

    const parked = await c.ok<Page<ParkedEffect>>('message', { action: 'listParked' }, ADMIN);
    expect(parked.items[0]).toMatchObject({
      id: key,
      ticketId: created.id,
      ticketNumber: created.number,
      attempts: 5,
      lastError: 'no handler for SEND_SUBSCRIPTION',
      effect: { type: 'SEND_SUBSCRIPTION', template: 'accepted', key },
    });
  });

  it('lets an admin retry a parked effect, which goes back to the outbox; nobody else sees or retries them', async () => {
    for (const openid of [OWNER, ENGINEER, 'demo-manager', 'demo-leadership']) {
      expect(await c.call('message', { action: 'listParked' }, openid)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    const [parked] = (await c.ok<Page<ParkedEffect>>('message', { action: 'listParked' }, ADMIN)).items;
    expect(await c.call('message', { action: 'retryParked', key: parked.id }, 'demo-manager')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await c.ok('message', { action: 'retryParked', key: parked.id }, ADMIN)).toEqual({ retried: parked.id });
    expect((await c.ok<Page<ParkedEffect>>('message', { action: 'listParked' }, ADMIN)).items).toEqual([]);
    expect(await pendingEffectsOf(c, parked.ticketId)).toEqual([
      expect.objectContaining({ key: parked.id, type: 'SEND_SUBSCRIPTION', attempts: 0 }),
    ]);
    expect(await c.call('message', { action: 'retryParked', key: parked.id }, ADMIN)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    // the next run tries it again (and, with still no handler, counts a first failure)
    await sweep();
    expect((await pendingEffectsOf(c, parked.ticketId))[0]).toMatchObject({ attempts: 1 });
  });
});
