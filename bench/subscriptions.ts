/**
 * The dispatcher sending subscription messages: N requests, each with a pending acceptance notice
 * for an owner who accepted the subscription (so each one writes its in-app message and sends one
 * subscription message), carried out by the timer's sweep. Prints the messages sent, the time and
 * the database requests per message (the in-app message and the outbox upkeep included), and
 * the same sweep for owners without a grant. Printed, not asserted.
 *
 *   npx tsx bench/subscriptions.ts [messages]        (needs `npm run build:functions` first)
 */
import type { LocalCloud } from '../local';
import { ledgerId } from '../cloudfunctions/domain/subscription-ledger';
import { SUBSCRIPTION_TEMPLATES } from '../cloudfunctions/domain/subscription-templates';
import { insertMany, startEffectsCloud } from './effects-cloud';

const OWNER = 'demo-owner-1';

async function sweepAll(cloud: LocalCloud): Promise<{ ms: number; runs: number }> {
  const started = performance.now();
  let runs = 0;
  for (; runs < 200; runs += 1) {
    const answer = (await cloud.runTimer('timer')) as { data: { effects: { carriedOut: number } } };
    if (answer.data.effects.carriedOut === 0) break;
  }
  return { ms: performance.now() - started, runs };
}

export async function benchSubscriptions(messages = 10_000): Promise<void> {
  const { cloud, databaseRequests, template, at, close } = await startEffectsCloud('subscriptions', OWNER, {
    quiet: true,
  });
  try {
    const tickets = (prefix: string, owner: string) =>
      Array.from({ length: messages }, (_, i) => {
        const id = `${prefix}-${String(i).padStart(6, '0')}`;
        return {
          ...template,
          _id: id,
          ownerOpenid: owner,
          clientRequestId: id,
          number: `ED20261122-${prefix.slice(-1)}${String(i).padStart(6, '0')}`,
          pendingEffects: [{ type: 'NOTIFY_OWNER', event: 'accepted', key: `${id}:2:0`, at, state: 'pending' }],
          pendingEffectsAt: at,
        };
      });
    const templateId = SUBSCRIPTION_TEMPLATES.ticket_accepted.id;
    await insertMany(cloud, 'subscription_quota', [
      {
        _id: ledgerId(OWNER, templateId),
        openid: OWNER,
        templateId,
        remaining: messages,
        accepted: messages,
        spent: 0,
        updatedAt: at,
      },
    ]);

    console.log(`\nSubscription messages: the timer's sweep over ${messages} acceptance notices`);
    for (const [label, prefix, owner] of [
      ['owner with a grant for each', 'bench-sub-A', OWNER],
      ['owner with no grant', 'bench-sub-B', 'demo-owner-2'],
    ] as const) {
      await insertMany(cloud, 'tickets', tickets(prefix, owner));
      cloud.outbox.clear();
      const before = databaseRequests();
      const { ms, runs } = await sweepAll(cloud);
      const sends = cloud.outbox.list('subscribeMessage.send');
      const records = cloud.database
        .documents('subscription_sends')
        .filter((r) => String(r._id).startsWith(prefix)).length;
      console.log(
        `  ${label}: ${sends.filter((e) => e.ok).length} sent, ${records} recorded in ${runs} timer run(s), ` +
          `${(ms / 1000).toFixed(2)} s (${Math.round(records / (ms / 1000))} messages/s); ` +
          `${((databaseRequests() - before) / Math.max(1, records)).toFixed(2)} database requests per message`,
      );
    }
    const [ledger] = cloud.database.documents('subscription_quota').filter((q) => q.openid === OWNER);
    console.log(`  grants left afterwards: ${String(ledger.remaining)} of ${messages} (each spent once)`);
  } finally {
    await close();
  }
}

if (require.main === module) {
  const messages = Number(process.argv[2] ?? 10_000);
  benchSubscriptions(messages).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
