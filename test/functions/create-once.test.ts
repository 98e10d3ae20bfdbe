// A double tap (or two concurrent calls) with one clientRequestId files one request, not two.
import type { TicketView } from '../../cloudfunctions/domain/api';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { messagesAbout, pendingEffectsOf } from './support/database';
import { aRepairRequest } from '../support/requests';

let c: FunctionsCloud;
beforeAll(async () => {
  c = await startFunctionsCloud();
});
afterAll(() => c.close());

const ticketsOf = async (clientRequestId: string) =>
  (await c.documents('tickets')).filter((t) => t.clientRequestId === clientRequestId);

describe('create with one clientRequestId', () => {
  it('answers the same request twice when called twice in a row', async () => {
    const request = aRepairRequest();
    const first = await c.ok<TicketView>('ticket', request, 'demo-owner-1');
    const second = await c.ok<TicketView>('ticket', request, 'demo-owner-1');
    expect(second.id).toBe(first.id);
    expect(second.number).toBe(first.number);
    expect(await ticketsOf(request.clientRequestId)).toHaveLength(1);
  });

  it('files one request when two calls race, and records its effects once', async () => {
    const request = aRepairRequest();
    const answers = await Promise.all([1, 2, 3].map(() => c.ok<TicketView>('ticket', request, 'demo-owner-1')));
    expect(new Set(answers.map((a) => a.id)).size).toBe(1);
    const stored = await ticketsOf(request.clientRequestId);
    expect(stored).toHaveLength(1);
    // carried out at once: one message for engineering, under the key of the create's first effect
    const id = String(stored[0]._id);
    expect(await pendingEffectsOf(c, id)).toEqual([]);
    expect(await messagesAbout(c, id)).toEqual([
      expect.objectContaining({ _id: `${id}-1-0`, kind: 'NOTIFY_DEPARTMENT' }),
    ]);
  });

  it('lets two owners use the same clientRequestId independently', async () => {
    const one = aRepairRequest();
    const two = { ...one, location: { kind: 'unit' as const, unitId: 'demo-unit-2-1-202' } };
    const a = await c.ok<TicketView>('ticket', one, 'demo-owner-1');
    const b = await c.ok<TicketView>('ticket', two, 'demo-owner-2');
    expect(a.id).not.toBe(b.id);
  });

  it('numbers requests one after another, never twice', async () => {
    const numbers = (await c.documents('tickets')).map((t) => t.number);
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});

describe('two staff acting on the same request at once', () => {
  it('lets one accept win; the other is told, and nothing is written twice', async () => {
    const created = await c.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1');
    const answers = await Promise.all(
      ['demo-engineering', 'demo-engineering-head'].map((openid) =>
        c.call<TicketView>('ticket', { action: 'accept', ticketId: created.id }, openid),
      ),
    );
    const codes = answers.map((a) => (a.ok ? 'ok' : a.error.code)).sort();
    expect(codes[1]).toBe('ok');
    expect(['CONFLICT', 'ILLEGAL_TRANSITION']).toContain(codes[0]);
    const [stored] = (await c.documents('tickets')).filter((t) => t._id === created.id);
    expect(stored.version).toBe(2);
    expect((stored.timeline as unknown[]).length).toBe(2);
  });

  it('writes one of three replies sent at once; the others are told CONFLICT and leave no trace', async () => {
    const created = await c.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1');
    const answers = await Promise.all(
      ['一', '二', '三'].map((n) =>
        c.call<TicketView>('ticket', { action: 'reply', ticketId: created.id, text: `回复${n}` }, 'demo-engineering'),
      ),
    );
    expect(answers.map((a) => (a.ok ? 'ok' : a.error.code)).sort()).toEqual(['CONFLICT', 'CONFLICT', 'ok']);
    const [stored] = (await c.documents('tickets')).filter((t) => t._id === created.id);
    expect(stored.version).toBe(2);
    expect((stored.timeline as Array<{ kind: string }>).map((e) => e.kind)).toEqual(['created', 'replied']);
    expect(await pendingEffectsOf(c, created.id)).toEqual([]);
    expect((await messagesAbout(c, created.id)).map((m) => m.kind)).toEqual(['NOTIFY_DEPARTMENT', 'NOTIFY_OWNER']);
  });

  it('keeps a request whole when an accept, a transfer and a note race: the ticket and its effects are of one winner', async () => {
    const created = await c.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1');
    // what each command, had it won alone, writes: its timeline entry and its effects
    const commands = [
      {
        event: { action: 'accept' },
        openid: 'demo-engineering',
        entry: 'accepted',
        effects: ['NOTIFY_OWNER', 'STOP_SLA', 'START_SLA'],
      },
      {
        event: { action: 'transfer', toDepartment: 'security', reason: '需秩序部配合' },
        openid: 'demo-receptionist',
        entry: 'transferred',
        effects: ['NOTIFY_DEPARTMENT', 'NOTIFY_OWNER', 'STOP_SLA', 'START_SLA'],
      },
      { event: { action: 'note', text: '经理关注' }, openid: 'demo-manager', entry: 'noted', effects: [] },
    ];
    const answers = await Promise.all(
      commands.map((k) => c.call<TicketView>('ticket', { ...k.event, ticketId: created.id }, k.openid)),
    );
    const won = answers.flatMap((a, i) => (a.ok ? [commands[i]] : []));
    expect(won).toHaveLength(1);
    for (const a of answers) if (!a.ok) expect(['CONFLICT', 'ILLEGAL_TRANSITION', 'NOT_FOUND']).toContain(a.error.code);

    const [stored] = (await c.documents('tickets')).filter((t) => t._id === created.id);
    expect(stored.version).toBe(2);
    expect((stored.timeline as Array<{ kind: string }>).map((e) => e.kind)).toEqual(['created', won[0].entry]);
    // the winner's effects were carried out (its messages, under its version's keys); nobody else's
    expect(await pendingEffectsOf(c, created.id)).toEqual([]);
    const messages = (await messagesAbout(c, created.id)).filter((m) => String(m._id).startsWith(`${created.id}-2-`));
    expect(messages.map((m) => m.kind)).toEqual(won[0].effects.filter((e) => e.startsWith('NOTIFY_')));
  });
});
