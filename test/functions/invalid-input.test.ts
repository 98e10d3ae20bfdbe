// Every action given bad input answers INVALID_INPUT, names the field, and writes nothing.
import type { InboxPage, TicketView } from '../../cloudfunctions/domain/api';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { aRepairRequest } from '../support/requests';

let c: FunctionsCloud;
let ticketId = '';
let resolvedId = '';
/** a genuine cursor of engineering's inbox (sorted by promise), which listMine must not take */
let inboxCursor = '';
beforeAll(async () => {
  c = await startFunctionsCloud();
  ticketId = (await c.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1')).id;
  await c.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1');
  resolvedId = (await c.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1')).id;
  await c.ok('ticket', { action: 'accept', ticketId: resolvedId }, 'demo-engineering');
  await c.ok('ticket', { action: 'resolve', ticketId: resolvedId, text: '已修好' }, 'demo-engineering');
  inboxCursor =
    (await c.ok<InboxPage>('ticket', { action: 'listInbox', view: 'new', limit: 1 }, 'demo-engineering')).nextCursor ??
    '';
});

/** A cursor in the old shape [value, id]: well-formed JSON, but not one the functions handed out. */
const forgedCursor = () => Buffer.from(JSON.stringify(['x', 'y'])).toString('base64url');
afterAll(() => c.close());

const COLLECTIONS = ['tickets', 'counters', 'users', 'units', 'communities'];
const snapshot = async () => JSON.stringify(await Promise.all(COLLECTIONS.map((name) => c.documents(name))));

type Case = [name: string, fn: string, openid: string, event: () => object, field: string];

const CASES: Case[] = [
  ['user.me with an unexpected key', 'user', 'demo-owner-1', () => ({ action: 'me', openid: 'demo-admin' }), 'openid'],
  [
    'create with a too-short description',
    'ticket',
    'demo-owner-1',
    () => aRepairRequest({ description: '漏' }),
    'description',
  ],
  [
    'create with 10 photos',
    'ticket',
    'demo-owner-1',
    () => aRepairRequest({ photos: Array.from({ length: 10 }, (_, i) => `cloud://p${i}.jpg`) }),
    'photos',
  ],
  [
    'create with a bad phone',
    'ticket',
    'demo-owner-1',
    () => aRepairRequest({ contactPhone: '12345' }),
    'contactPhone',
  ],
  [
    'create with an unknown category',
    'ticket',
    'demo-owner-1',
    () => ({ ...aRepairRequest(), category: 'gossip' }),
    'category',
  ],
  [
    'create without a location',
    'ticket',
    'demo-owner-1',
    () => ({ ...aRepairRequest(), location: undefined }),
    'location',
  ],
  [
    "create for another owner's unit",
    'ticket',
    'demo-owner-1',
    () => aRepairRequest({ location: { kind: 'unit', unitId: 'demo-unit-2-1-202' } }),
    'location.unitId',
  ],
  ['listMine with limit 0', 'ticket', 'demo-owner-1', () => ({ action: 'listMine', limit: 0 }), 'limit'],
  [
    'listMine with a forged cursor',
    'ticket',
    'demo-owner-1',
    () => ({ action: 'listMine', cursor: 'not-a-cursor' }),
    'cursor',
  ],
  [
    'listInbox with an unknown view',
    'ticket',
    'demo-engineering',
    () => ({ action: 'listInbox', view: 'later' }),
    'view',
  ],
  ['get without a ticketId', 'ticket', 'demo-owner-1', () => ({ action: 'get' }), 'ticketId'],
  [
    'accept with a numeric ticketId',
    'ticket',
    'demo-engineering',
    () => ({ action: 'accept', ticketId: 42 }),
    'ticketId',
  ],
  ['reply with empty text', 'ticket', 'demo-engineering', () => ({ action: 'reply', ticketId, text: '  ' }), 'text'],
  // text a reader cannot see
  [
    'reply with only zero-width spaces',
    'ticket',
    'demo-engineering',
    () => ({ action: 'reply', ticketId, text: '\u200b\u200b\u200b' }),
    'text',
  ],
  [
    'create with a description of control and bidi characters',
    'ticket',
    'demo-owner-1',
    () => aRepairRequest({ description: '\u0000\u202e\u2066\u0007\u200f\u3000\ufeff' }),
    'description',
  ],
  [
    'note made of broken surrogate halves',
    'ticket',
    'demo-engineering',
    // a low half, then a high half with nothing after it
    () => ({ action: 'note', ticketId, text: '\udc00\ud800' }),
    'text',
  ],
  [
    'rate with a comment of Hangul fillers',
    'ticket',
    'demo-owner-1',
    () => ({ action: 'rate', ticketId: resolvedId, score: 4, comment: '\u3164\u3164' }),
    'comment',
  ],
  ['inboxCounts with a payload', 'ticket', 'demo-engineering', () => ({ action: 'inboxCounts', view: 'new' }), 'view'],
  [
    'note with 501 characters',
    'ticket',
    'demo-engineering',
    () => ({ action: 'note', ticketId, text: '记'.repeat(501) }),
    'text',
  ],
  [
    'transfer to an unknown department',
    'ticket',
    'demo-engineering',
    () => ({ action: 'transfer', ticketId, toDepartment: 'moon', reason: '不归我们管' }),
    'toDepartment',
  ],
  [
    'transfer to the same department',
    'ticket',
    'demo-engineering',
    () => ({ action: 'transfer', ticketId, toDepartment: 'engineering', reason: '换人处理' }),
    'toDepartment',
  ],
  ['resolve without a result', 'ticket', 'demo-engineering', () => ({ action: 'resolve', ticketId }), 'text'],
  ['rate with 6', 'ticket', 'demo-owner-1', () => ({ action: 'rate', ticketId: resolvedId, score: 6 }), 'score'],
  [
    'rate with an unknown tag',
    'ticket',
    'demo-owner-1',
    () => ({ action: 'rate', ticketId: resolvedId, score: 4, tags: ['随便'] }),
    'tags.0',
  ],
  [
    'bootstrap.seedDemo with a payload',
    'bootstrap',
    'demo-admin',
    () => ({ action: 'seedDemo', force: true }),
    'force',
  ],
  // unknown keys, at any depth, and keys that would reach the prototype
  [
    'create with an unknown key inside the location',
    'ticket',
    'demo-owner-1',
    () =>
      aRepairRequest({ location: { kind: 'unit', unitId: 'demo-unit-1-1-101', ownerOpenid: 'demo-owner-2' } as never }),
    'location.ownerOpenid',
  ],
  [
    'get with a __proto__ key',
    'ticket',
    'demo-owner-1',
    () => JSON.parse(`{"action":"get","ticketId":"${ticketId}","__proto__":{"openid":"demo-owner-2"}}`),
    '__proto__',
  ],
  // wrong types
  ['listMine with limit as a string', 'ticket', 'demo-owner-1', () => ({ action: 'listMine', limit: '10' }), 'limit'],
  [
    'reply with text as a list',
    'ticket',
    'demo-engineering',
    () => ({ action: 'reply', ticketId, text: ['你好'] }),
    'text',
  ],
  [
    'create with photos as a string',
    'ticket',
    'demo-owner-1',
    () => ({ ...aRepairRequest(), photos: 'cloud://local/photos/tap.jpg' }),
    'photos',
  ],
  // photos must be files the owner uploaded, not addresses elsewhere
  [
    'create with a web address as a photo',
    'ticket',
    'demo-owner-1',
    () => aRepairRequest({ photos: ['https://example.com/pixel.png'] }),
    'photos.0',
  ],
  ['create with a blank photo', 'ticket', 'demo-owner-1', () => aRepairRequest({ photos: ['  '] }), 'photos.0'],
  [
    'resolve with a web address as a photo',
    'ticket',
    'demo-engineering',
    () => ({ action: 'resolve', ticketId, text: '已处理', photos: ['http://example.com/a.jpg'] }),
    'photos.0',
  ],
  // oversize
  [
    'create with a 501-character description',
    'ticket',
    'demo-owner-1',
    () => aRepairRequest({ description: '漏'.repeat(501) }),
    'description',
  ],
  [
    'create with a 41-character visit time',
    'ticket',
    'demo-owner-1',
    () => aRepairRequest({ preferredVisitTime: '晚'.repeat(41) }),
    'preferredVisitTime',
  ],
  [
    'get with a 65-character ticketId',
    'ticket',
    'demo-owner-1',
    () => ({ action: 'get', ticketId: 'a'.repeat(65) }),
    'ticketId',
  ],
  [
    'transfer with a 201-character reason',
    'ticket',
    'demo-engineering',
    () => ({ action: 'transfer', ticketId, toDepartment: 'security', reason: '因'.repeat(201) }),
    'reason',
  ],
  [
    'rate with a 201-character comment',
    'ticket',
    'demo-owner-1',
    () => ({ action: 'rate', ticketId: resolvedId, score: 4, comment: '好'.repeat(201) }),
    'comment',
  ],
  [
    'rate with the same tag twice',
    'ticket',
    'demo-owner-1',
    () => ({ action: 'rate', ticketId: resolvedId, score: 4, tags: ['响应及时', '响应及时'] }),
    'tags',
  ],
  ['listInbox with limit 51', 'ticket', 'demo-engineering', () => ({ action: 'listInbox', limit: 51 }), 'limit'],
  // cursors the functions did not hand out for this listing
  ['listMine with an empty cursor', 'ticket', 'demo-owner-1', () => ({ action: 'listMine', cursor: '' }), 'cursor'],
  [
    'listMine with a cursor of the staff inbox',
    'ticket',
    'demo-owner-1',
    () => ({ action: 'listMine', cursor: inboxCursor }),
    'cursor',
  ],
  [
    'listMine with a well-formed but forged cursor',
    'ticket',
    'demo-owner-1',
    () => ({ action: 'listMine', cursor: forgedCursor() }),
    'cursor',
  ],
  [
    'listInbox with a forged cursor',
    'ticket',
    'demo-engineering',
    () => ({ action: 'listInbox', cursor: forgedCursor() }),
    'cursor',
  ],
  [
    'listInbox with a 201-character cursor',
    'ticket',
    'demo-engineering',
    () => ({ action: 'listInbox', cursor: 'a'.repeat(201) }),
    'cursor',
  ],
];

describe('the cursor these cases borrow', () => {
  it('is a genuine one', () => {
    expect(inboxCursor).not.toBe('');
  });
});

describe('bad input', () => {
  it.each(CASES)('%s answers INVALID_INPUT and writes nothing', async (_name, fn, openid, event, field) => {
    const before = await snapshot();
    const answer = await c.call(fn, event(), openid);
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field } });
    if (!answer.ok) expect(answer.error.message).toMatch(/\S/);
    expect(await snapshot()).toBe(before);
  });
});
