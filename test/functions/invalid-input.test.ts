// Every action given bad input answers INVALID_INPUT, names the field, and writes nothing.
import type { TicketView } from '../../cloudfunctions/domain/api';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { aRepairRequest } from './support/requests';

let c: FunctionsCloud;
let ticketId = '';
let resolvedId = '';
beforeAll(async () => {
  c = await startFunctionsCloud();
  ticketId = (await c.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1')).id;
  resolvedId = (await c.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1')).id;
  await c.ok('ticket', { action: 'accept', ticketId: resolvedId }, 'demo-engineering');
  await c.ok('ticket', { action: 'resolve', ticketId: resolvedId, text: '已修好' }, 'demo-engineering');
});
afterAll(() => c.close());

const COLLECTIONS = ['tickets', 'ticket_effects', 'counters', 'users', 'units', 'communities'];
const snapshot = async () => JSON.stringify(await Promise.all(COLLECTIONS.map((name) => c.documents(name))));

type Case = [name: string, fn: string, openid: string, event: () => object, field: string];

const CASES: Case[] = [
  ['user.me with an unexpected key', 'user', 'demo-owner-1', () => ({ action: 'me', openid: 'demo-admin' }), 'openid'],
  ['create with a too-short description', 'ticket', 'demo-owner-1', () => aRepairRequest({ description: '漏' }), 'description'],
  ['create with 10 photos', 'ticket', 'demo-owner-1', () => aRepairRequest({ photos: Array.from({ length: 10 }, (_, i) => `cloud://p${i}.jpg`) }), 'photos'],
  ['create with a bad phone', 'ticket', 'demo-owner-1', () => aRepairRequest({ contactPhone: '12345' }), 'contactPhone'],
  ['create with an unknown category', 'ticket', 'demo-owner-1', () => ({ ...aRepairRequest(), category: 'gossip' }), 'category'],
  ['create without a location', 'ticket', 'demo-owner-1', () => ({ ...aRepairRequest(), location: undefined }), 'location'],
  ['create for another owner\'s unit', 'ticket', 'demo-owner-1', () => aRepairRequest({ location: { kind: 'unit', unitId: 'demo-unit-2-1-202' } }), 'location.unitId'],
  ['listMine with limit 0', 'ticket', 'demo-owner-1', () => ({ action: 'listMine', limit: 0 }), 'limit'],
  ['listMine with a forged cursor', 'ticket', 'demo-owner-1', () => ({ action: 'listMine', cursor: 'not-a-cursor' }), 'cursor'],
  ['listInbox with an unknown view', 'ticket', 'demo-engineering', () => ({ action: 'listInbox', view: 'later' }), 'view'],
  ['get without a ticketId', 'ticket', 'demo-owner-1', () => ({ action: 'get' }), 'ticketId'],
  ['accept with a numeric ticketId', 'ticket', 'demo-engineering', () => ({ action: 'accept', ticketId: 42 }), 'ticketId'],
  ['reply with empty text', 'ticket', 'demo-engineering', () => ({ action: 'reply', ticketId, text: '  ' }), 'text'],
  ['note with 501 characters', 'ticket', 'demo-engineering', () => ({ action: 'note', ticketId, text: '记'.repeat(501) }), 'text'],
  ['transfer to an unknown department', 'ticket', 'demo-engineering', () => ({ action: 'transfer', ticketId, toDepartment: 'moon', reason: '不归我们管' }), 'toDepartment'],
  ['transfer to the same department', 'ticket', 'demo-engineering', () => ({ action: 'transfer', ticketId, toDepartment: 'engineering', reason: '换人处理' }), 'toDepartment'],
  ['resolve without a result', 'ticket', 'demo-engineering', () => ({ action: 'resolve', ticketId }), 'text'],
  ['rate with 6', 'ticket', 'demo-owner-1', () => ({ action: 'rate', ticketId: resolvedId, score: 6 }), 'score'],
  ['rate with an unknown tag', 'ticket', 'demo-owner-1', () => ({ action: 'rate', ticketId: resolvedId, score: 4, tags: ['随便'] }), 'tags.0'],
  ['bootstrap.seedDemo with a payload', 'bootstrap', 'demo-admin', () => ({ action: 'seedDemo', force: true }), 'force'],
];

describe('bad input', () => {
  it.each(CASES)('%s answers INVALID_INPUT and writes nothing', async (_name, fn, openid, event, field) => {
    const before = await snapshot();
    const answer = await c.call(fn, event(), openid);
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field } });
    if (!answer.ok) expect(answer.error.message).toMatch(/\S/);
    expect(await snapshot()).toBe(before);
  });
});
