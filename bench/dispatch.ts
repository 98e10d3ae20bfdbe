/**
 * The effect dispatcher's throughput through the timer's sweep: N requests, each with effects left
 * pending (as when the prompt pass could not run), carried out by timer runs until none is left.
 * Printed, not asserted.
 *
 *   npx tsx bench/dispatch.ts [tickets]        (needs `npm run build:functions` first)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLocalCloud } from '../local';
import { DEMO_ADMIN_OPENID } from '../cloudfunctions/domain/demo-data';

const EFFECTS_PER_TICKET = 3; // a notice to the owner, one to the department, one to the department head

export async function benchDispatch(tickets = 2000): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'estate-desk-bench-dispatch-'));
  let databaseRequests = 0;
  const cloud = await createLocalCloud({
    dataDir,
    functionsRoot: path.join(root, 'dist/cloudfunctions'),
    databaseConfigFile: path.join(root, 'cloudfunctions/database.json'),
    indexPolicy: 'strict',
    observeRequests: (action) => {
      if (action.startsWith('database.')) databaseRequests += 1;
    },
  });
  try {
    await cloud.invoke('bootstrap', { action: 'seedDemo' }, { openid: DEMO_ADMIN_OPENID });
    const made = (await cloud.invoke(
      'ticket',
      {
        action: 'create',
        clientRequestId: 'bench-dispatch-template',
        category: 'repair',
        description: '厨房水龙头漏水',
        location: { kind: 'unit', unitId: 'demo-unit-1-1-101' },
        contactPhone: '13800138000',
      },
      { openid: 'demo-owner-1' },
    )) as { ok: boolean; data: { id: string } };
    const [template] = cloud.database.documents('tickets').filter((d) => d._id === made.data.id);
    const at = template.updatedAt as string;
    const docs = Array.from({ length: tickets }, (_, i) => {
      const id = `bench-dispatch-${String(i).padStart(6, '0')}`;
      const effects = [
        { type: 'NOTIFY_OWNER', event: 'accepted' },
        { type: 'NOTIFY_DEPARTMENT', department: 'engineering', reason: 'new', urgent: false },
        { type: 'NOTIFY_STAFF', to: 'dept_head', event: 'warned' },
      ].slice(0, EFFECTS_PER_TICKET);
      return {
        ...template,
        _id: id,
        clientRequestId: id,
        number: `ED20261122-B${String(i).padStart(6, '0')}`,
        pendingEffects: effects.map((e, n) => ({ ...e, key: `${id}:1:${n}`, at, state: 'pending' })),
        pendingEffectsAt: at,
      };
    });
    for (let i = 0; i < docs.length; i += 500) {
      const answer = await cloud.database.handle('database.insertDocument', {
        collectionName: 'tickets',
        data: docs.slice(i, i + 500).map((doc) => JSON.stringify(doc)),
      });
      if ('code' in answer) throw new Error(JSON.stringify(answer));
    }

    const effects = tickets * EFFECTS_PER_TICKET;
    const runs: Array<{ ms: number; carriedOut: number }> = [];
    const before = databaseRequests;
    const started = performance.now();
    for (let left = effects; left > 0 && runs.length < 100;) {
      const t0 = performance.now();
      const answer = (await cloud.runTimer('timer')) as { data: { effects: { carriedOut: number } } };
      runs.push({ ms: performance.now() - t0, carriedOut: answer.data.effects.carriedOut });
      left -= answer.data.effects.carriedOut;
      if (answer.data.effects.carriedOut === 0) break;
    }
    const totalMs = performance.now() - started;
    const done = runs.reduce((sum, r) => sum + r.carriedOut, 0);
    const pending = cloud.database.documents('tickets').filter((d) => d.pendingEffectsAt !== undefined).length;
    console.log(
      `\nEffect dispatcher: the timer's sweep over ${tickets} requests × ${EFFECTS_PER_TICKET} pending effects`,
    );
    console.log(
      `  ${done} of ${effects} carried out in ${runs.length} timer run(s), ${(totalMs / 1000).toFixed(2)} s: ` +
        `${Math.round(done / (totalMs / 1000))} effects/s; ${((databaseRequests - before) / Math.max(1, done)).toFixed(2)} database requests per effect; ${pending} requests still pending`,
    );
    for (const [i, r] of runs.entries())
      console.log(`  run ${i + 1}: ${r.carriedOut} effects in ${(r.ms / 1000).toFixed(2)} s`);
  } finally {
    await cloud.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const tickets = Number(process.argv[2] ?? 2000);
  benchDispatch(tickets).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
