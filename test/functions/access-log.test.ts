// Who saw what, through the local runtime: staff shown an owner's full phone number on a request
// leave one access-log entry per view; a masked number, or the owner's own, leaves none. Admins
// read the log; nobody else does, and no action changes it.
import type { Page, TicketView } from '../../cloudfunctions/domain/api';
import type { AccessLogEntry } from '../../cloudfunctions/domain/access-log';
import { wxCloud } from '../../cloudfunctions/server/cloud';
import { logAccess } from '../../cloudfunctions/server/access-log';
import { createRepositories } from '../../cloudfunctions/server/repositories';
import { aRepairRequest } from '../support/requests';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';

const OWNER = 'demo-owner-1';
const ENGINEER = 'demo-engineering';
const DESK = 'demo-receptionist';
const MANAGER = 'demo-manager';
const ADMIN = 'demo-admin';

let c: FunctionsCloud;
let ticket: TicketView;

beforeAll(async () => {
  c = await startFunctionsCloud();
  ticket = await c.ok<TicketView>('ticket', aRepairRequest({ contactPhone: '13987654321' }), OWNER);
});
afterAll(() => c.close());

const entries = async () => (await c.documents('access_log')) as unknown as AccessLogEntry[];
const get = (openid: string) => c.ok<TicketView>('ticket', { action: 'get', ticketId: ticket.id }, openid);

describe('opening a request', () => {
  it('with the full phone logs who opened which request, and when', async () => {
    c.setClock('2026-11-23T10:15:00+08:00');
    const seen = await get(ENGINEER);
    expect(seen.contactPhone).toBe('13987654321');
    const log = await entries();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      kind: 'phone',
      at: expect.stringMatching(/^2026-11-23T10:15/),
      actor: { openid: ENGINEER, name: '赵师傅' },
      ticketIds: [ticket.id],
      ticketNumbers: [ticket.number],
    });
  });

  it('logs once per view: each opening, and each command answered with the full phone', async () => {
    await get(DESK);
    await c.ok('ticket', { action: 'accept', ticketId: ticket.id }, ENGINEER);
    expect((await entries()).map((e) => e.actor.openid).sort()).toEqual([DESK, ENGINEER, ENGINEER].sort());
  });

  it('logs nothing when the number is masked, or when the owner reads their own', async () => {
    const before = (await entries()).length;
    expect((await get(MANAGER)).contactPhone).toBe('139****4321');
    expect((await get(OWNER)).contactPhone).toBe('13987654321');
    expect(await entries()).toHaveLength(before);
  });
});

describe('the log', () => {
  it('is read by admins, newest first, and by kind', async () => {
    const page = await c.ok<Page<AccessLogEntry>>('records', { action: 'listAccess', limit: 2 }, ADMIN);
    expect(page.items).toHaveLength(2);
    expect(page.items[0]?.at >= (page.items[1]?.at ?? '')).toBe(true);
    const next = await c.ok<Page<AccessLogEntry>>(
      'records',
      { action: 'listAccess', limit: 2, cursor: page.nextCursor },
      ADMIN,
    );
    expect(next.items).toHaveLength(1);
    const exports = await c.ok<Page<AccessLogEntry>>('records', { action: 'listAccess', kind: 'export' }, ADMIN);
    expect(exports.items).toEqual([]);
  });

  it('is not read by owners or staff', async () => {
    for (const openid of [OWNER, ENGINEER, DESK, MANAGER, 'demo-leadership'])
      expect(await c.call('records', { action: 'listAccess' }, openid)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
  });

  it('has no action that changes or removes an entry', async () => {
    const before = JSON.stringify(await entries());
    const [first] = await entries();
    for (const action of ['updateAccess', 'deleteAccess', 'removeAccess', 'appendAccess'])
      expect(await c.call('records', { action, id: (first as unknown as { _id: string })._id }, ADMIN)).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_ACTION' },
      });
    expect(JSON.stringify(await entries())).toBe(before);
  });

  it('takes an export from another module through logAccess', async () => {
    const repos = createRepositories(wxCloud().database());
    await logAccess(repos, {
      actor: { openid: DESK, name: '王客服', roles: ['receptionist'] },
      kind: 'export',
      tickets: [{ id: ticket.id, number: ticket.number }],
      subject: '2026年11月 报修 导出',
      at: new Date('2026-11-24T09:00:00+08:00'),
    });
    const exports = await c.ok<Page<AccessLogEntry>>('records', { action: 'listAccess', kind: 'export' }, ADMIN);
    expect(exports.items).toEqual([
      expect.objectContaining({
        kind: 'export',
        actor: { openid: DESK, name: '王客服', roles: ['receptionist'] },
        ticketNumbers: [ticket.number],
        subject: '2026年11月 报修 导出',
        at: '2026-11-24T09:00:00.000+08:00',
      }),
    ]);
  });
});
