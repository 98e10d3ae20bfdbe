/**
 * Cost of each cloud-function action on the local runtime: how many database requests it makes
 * and its median time, through the genuine wx-server-sdk, over a realistic request loop.
 *
 *   npx tsx bench/functions.ts        (needs `npm run build:functions` first)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLocalCloud } from '../local';
import { DEMO_ADMIN_OPENID } from '../cloudfunctions/domain/demo-data';
import { median, timed } from './stats';

const ROUNDS = 30;
const OWNER = { openid: 'demo-owner-1' };
const ENGINEER = { openid: 'demo-engineering' };
const DESK = { openid: 'demo-receptionist' };

interface Sample {
  ms: number;
  databaseRequests: number;
}

type Call = (
  fn: string,
  event: { action: string; [key: string]: unknown },
  caller: { openid: string },
) => Promise<unknown>;

/** A new person binds a home through the service desk, invites a family member, then removes them. */
async function bindingLoop(call: Call, round: number): Promise<void> {
  const person = { openid: `bench-new-${round}` };
  const family = { openid: `bench-family-${round}` };
  const unitId = 'demo-unit-3-1-101';
  await call('home', { action: 'verifyPhone', code: `local-phone:139${String(round).padStart(8, '0')}` }, person);
  const asked = (await call('home', { action: 'bind', unitId, name: '新业主' }, person)) as { request: { id: string } };
  await call('home', { action: 'listRequests' }, DESK);
  await call('home', { action: 'decideRequest', requestId: asked.request.id, approve: true }, DESK);
  await call('home', { action: 'mine' }, person);
  const { code } = (await call('home', { action: 'invite', unitId, relation: 'family' }, person)) as { code: string };
  await call('home', { action: 'invitation', code }, family);
  await call('home', { action: 'acceptInvitation', code, name: '家属' }, family);
  await call('home', { action: 'removeMember', unitId, openid: family.openid }, person);
}

export async function benchFunctions(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'estate-desk-bench-'));
  let databaseRequests = 0;
  const cloud = await createLocalCloud({
    dataDir,
    functionsRoot: path.join(root, 'dist/cloudfunctions'),
    databaseConfigFile: path.join(root, 'cloudfunctions/database.json'),
    functionTimeoutMs: 60_000,
    observeRequests: (action) => {
      if (action.startsWith('database.')) databaseRequests += 1;
    },
  });
  const samples = new Map<string, Sample[]>();
  const call = async (fn: string, event: { action: string; [key: string]: unknown }, caller: { openid: string }) => {
    const before = databaseRequests;
    const { ms, result } = await timed(() => cloud.invoke(fn, event, caller));
    const answer = result as { ok: boolean; data?: unknown; error?: { code: string; message: string } };
    if (!answer.ok) throw new Error(`${fn}.${event.action} failed: ${answer.error?.code} ${answer.error?.message}`);
    const key = `${fn}.${event.action}`;
    samples.set(key, [...(samples.get(key) ?? []), { ms, databaseRequests: databaseRequests - before }]);
    return answer.data as { id: string };
  };

  try {
    await cloud.invoke('bootstrap', { action: 'seedDemo' }, { openid: DEMO_ADMIN_OPENID });
    for (let round = 0; round < ROUNDS; round++) {
      await call('user', { action: 'me' }, OWNER);
      const ticket = await call(
        'ticket',
        {
          action: 'create',
          clientRequestId: `bench-${round}-${Date.now()}`,
          category: 'repair',
          description: `厨房水龙头漏水，第${round + 1}次测试`,
          location: { kind: 'unit', unitId: 'demo-unit-1-1-101' },
          contactPhone: '13800138000',
        },
        OWNER,
      );
      const ticketId = ticket.id;
      await call('ticket', { action: 'listMine' }, OWNER);
      await call('ticket', { action: 'listInbox', view: 'new' }, ENGINEER);
      await call('ticket', { action: 'inboxCounts' }, ENGINEER);
      await call('ticket', { action: 'get', ticketId }, ENGINEER);
      await call('ticket', { action: 'accept', ticketId }, ENGINEER);
      await call('ticket', { action: 'reply', ticketId, text: '师傅下午两点上门' }, ENGINEER);
      await call('ticket', { action: 'note', ticketId, text: '需带备用阀芯' }, ENGINEER);
      await call('ticket', { action: 'resolve', ticketId, text: '已更换阀芯，不再漏水' }, ENGINEER);
      await call('ticket', { action: 'get', ticketId }, OWNER);
      await call('ticket', { action: 'rate', ticketId, score: 5, tags: ['响应及时'] }, OWNER);
      await bindingLoop(call, round);
      if (round % 2 === 0) {
        const other = await call(
          'ticket',
          {
            action: 'create',
            clientRequestId: `bench-transfer-${round}-${Date.now()}`,
            category: 'repair',
            description: '楼道灯不亮，可能是线路问题',
            location: { kind: 'common_area', text: '1栋1单元3楼楼道' },
            contactPhone: '13800138000',
          },
          OWNER,
        );
        await call(
          'ticket',
          { action: 'transfer', ticketId: other.id, toDepartment: 'security', reason: '需秩序部协助开门' },
          ENGINEER,
        );
      }
    }
  } finally {
    await cloud.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  console.log(
    `\nCloud function actions on the local runtime (${ROUNDS} rounds; first call of each excluded as warm-up)`,
  );
  console.log(
    'action                 db requests   median ms   (goal: db requests ≤ 4 for create, ≤ 3 for a command, ≤ 2 for a list, 1 for user.me; create and commands add their effects: one per message, one to empty the outbox; a get or command answering staff with the full phone adds its access-log entry)',
  );
  for (const [action, list] of samples) {
    const warm = list.length > 1 ? list.slice(1) : list;
    const requests = median(warm.map((s) => s.databaseRequests));
    console.log(
      `${action.padEnd(22)} ${String(requests).padStart(11)} ${median(warm.map((s) => s.ms))
        .toFixed(2)
        .padStart(11)}`,
    );
  }
}

if (require.main === module) {
  benchFunctions().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
