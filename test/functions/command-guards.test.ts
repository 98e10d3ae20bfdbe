// Every command checks on the server who gives it, whatever the app shows: a refused command
// answers FORBIDDEN (or NOT_FOUND, for a request the caller may not even read) and writes nothing.
import type { ErrorCode, TicketView } from '../../cloudfunctions/domain/api';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { snapshotAll } from './support/database';
import { aRepairRequest } from '../support/requests';

let c: FunctionsCloud;
/** demo-owner-1's repair, routed to engineering: submitted, accepted, resolved */
const ids = { submitted: '', accepted: '', resolved: '' };
beforeAll(async () => {
  c = await startFunctionsCloud();
  for (const status of ['submitted', 'accepted', 'resolved'] as const) {
    ids[status] = (await c.ok<TicketView>('ticket', aRepairRequest(), 'demo-owner-1')).id;
  }
  for (const id of [ids.accepted, ids.resolved])
    await c.ok('ticket', { action: 'accept', ticketId: id }, 'demo-engineering');
  await c.ok('ticket', { action: 'resolve', ticketId: ids.resolved, text: '已修好' }, 'demo-engineering');
});
afterAll(() => c.close());

type Status = keyof typeof ids;
const PAYLOAD: Record<string, object> = {
  accept: {},
  reply: { text: '师傅下午上门' },
  note: { text: '内部备注' },
  transfer: { toDepartment: 'security', reason: '需要秩序部配合' },
  resolve: { text: '已处理完毕' },
  rate: { score: 5 },
};

type Case = [who: string, openid: string, action: string, status: Status, code: ErrorCode];

const CASES: Case[] = [
  // the owner files and rates; the department's work is not theirs
  ['the owner', 'demo-owner-1', 'accept', 'submitted', 'FORBIDDEN'],
  ['the owner', 'demo-owner-1', 'reply', 'submitted', 'FORBIDDEN'],
  ['the owner', 'demo-owner-1', 'note', 'submitted', 'FORBIDDEN'],
  ['the owner', 'demo-owner-1', 'transfer', 'submitted', 'FORBIDDEN'],
  ['the owner', 'demo-owner-1', 'resolve', 'accepted', 'FORBIDDEN'],
  // another owner may not even learn the request exists
  ['another owner', 'demo-owner-2', 'rate', 'resolved', 'NOT_FOUND'],
  ['another owner', 'demo-owner-2', 'get', 'submitted', 'NOT_FOUND'],
  // staff of a department the request is not routed to
  ['security', 'demo-security', 'accept', 'submitted', 'NOT_FOUND'],
  ['security', 'demo-security', 'reply', 'submitted', 'NOT_FOUND'],
  ['security', 'demo-security', 'note', 'submitted', 'NOT_FOUND'],
  ['security', 'demo-security', 'transfer', 'submitted', 'NOT_FOUND'],
  ['security', 'demo-security', 'resolve', 'accepted', 'NOT_FOUND'],
  // the service desk follows every request but handles only its own department's
  ['the receptionist', 'demo-receptionist', 'accept', 'submitted', 'FORBIDDEN'],
  ['the receptionist', 'demo-receptionist', 'resolve', 'accepted', 'FORBIDDEN'],
  ['the service department head', 'demo-service-head', 'accept', 'submitted', 'FORBIDDEN'],
  ['the service department head', 'demo-service-head', 'resolve', 'accepted', 'FORBIDDEN'],
  // the manager oversees: reads and notes, does not handle
  ['the manager', 'demo-manager', 'accept', 'submitted', 'FORBIDDEN'],
  ['the manager', 'demo-manager', 'reply', 'submitted', 'FORBIDDEN'],
  ['the manager', 'demo-manager', 'transfer', 'submitted', 'FORBIDDEN'],
  ['the manager', 'demo-manager', 'resolve', 'accepted', 'FORBIDDEN'],
  // only the request's owner rates it
  ['the engineer', 'demo-engineering', 'rate', 'resolved', 'FORBIDDEN'],
  ['the receptionist', 'demo-receptionist', 'rate', 'resolved', 'FORBIDDEN'],
  ['the manager', 'demo-manager', 'rate', 'resolved', 'FORBIDDEN'],
  // people with no part in requests
  ['the group admin', 'demo-group-admin', 'get', 'submitted', 'NOT_FOUND'],
  ['the group admin', 'demo-group-admin', 'note', 'submitted', 'FORBIDDEN'],
  ['a WeChat user not bound yet', 'o6_stranger', 'get', 'submitted', 'FORBIDDEN'],
  ['a WeChat user not bound yet', 'o6_stranger', 'accept', 'submitted', 'FORBIDDEN'],
];

describe('a command from someone who may not give it', () => {
  it.each(CASES)(
    '%s (%s): %s on a %s request answers %s and writes nothing',
    async (_who, openid, action, status, code) => {
      const before = await snapshotAll(c);
      const answer = await c.call('ticket', { action, ticketId: ids[status], ...PAYLOAD[action] }, openid);
      expect(answer).toMatchObject({ ok: false, error: { code } });
      expect(await snapshotAll(c)).toBe(before);
    },
  );
});

describe('a transfer to the department that already holds the request', () => {
  it('answers INVALID_INPUT on toDepartment and writes nothing', async () => {
    const before = await snapshotAll(c);
    const answer = await c.call(
      'ticket',
      { action: 'transfer', ticketId: ids.accepted, toDepartment: 'engineering', reason: '换人处理' },
      'demo-engineering',
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'toDepartment' } });
    expect(await snapshotAll(c)).toBe(before);
  });
});

describe('the service department, as the service desk', () => {
  it('replies to a request another department holds, as the receptionist does', async () => {
    const view = await c.ok<TicketView>(
      'ticket',
      { action: 'reply', ticketId: ids.submitted, text: '已通知工程部尽快上门' },
      'demo-service-head',
    );
    expect(view.timeline.at(-1)).toMatchObject({ kind: 'replied', actorDepartment: 'service' });
  });
});
