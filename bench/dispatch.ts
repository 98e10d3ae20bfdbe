/**
 * The effect dispatcher's throughput through the timer's sweep: N requests, each with effects left
 * pending (as when the prompt pass could not run), carried out by timer runs until none is left.
 * Printed, not asserted.
 *
 *   npx tsx bench/dispatch.ts [tickets]        (needs `npm run build:functions` first)
 */
import { insertMany, startEffectsCloud } from './effects-cloud';

const EFFECTS_PER_TICKET = 3; // a notice to the owner, one to the department, one to the department head

export async function benchDispatch(tickets = 2000): Promise<void> {
  const { cloud, databaseRequests, template, at, close } = await startEffectsCloud('dispatch', 'demo-owner-1');
  try {
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
    await insertMany(cloud, 'tickets', docs);

    const effects = tickets * EFFECTS_PER_TICKET;
    const runs: Array<{ ms: number; carriedOut: number }> = [];
    const before = databaseRequests();
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
        `${Math.round(done / (totalMs / 1000))} effects/s; ${((databaseRequests() - before) / Math.max(1, done)).toFixed(2)} database requests per effect; ${pending} requests still pending`,
    );
    for (const [i, r] of runs.entries())
      console.log(`  run ${i + 1}: ${r.carriedOut} effects in ${(r.ms / 1000).toFixed(2)} s`);
  } finally {
    await close();
  }
}

if (require.main === module) {
  const tickets = Number(process.argv[2] ?? 2000);
  benchDispatch(tickets).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
