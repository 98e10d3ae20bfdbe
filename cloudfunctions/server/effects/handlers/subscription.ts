// The subscription message of a notification effect (after its in-app message is written): to
// the owner for owner events, to each person of the audience for staff events. Each person's
// message is sent at most once (its record's id comes from the effect's key); a try WeChat may
// accept later makes the handler throw, so the dispatcher retries the effect with backoff, and
// the retry sends only what is still unsent. Requests: one for the audience's people (staff
// events), one for the records of earlier runs (none on the first run: the handler's own write
// was new, so no record can exist yet), then each person's (see send.ts).
import type { Ticket } from '../../../domain/model';
import type { MessageValues } from '../../../domain/subscription-messages';
import { sendRecordId } from '../../../domain/subscription-ledger';
import type { SendRecord } from '../../../domain/subscription-ledger';
import type { TemplateKey } from '../../../domain/subscription-templates';
import { sendSubscription } from '../../subscriptions/send';
import type { EffectContext, KeyedEffect } from '../handler';

export interface EffectMessage {
  template: TemplateKey;
  /** an audience key (domain/messages.ts): the people it reaches each get the message */
  audience: string;
  values: MessageValues;
}

export async function sendEffectMessages(
  effect: KeyedEffect,
  { repos, now, ticket }: EffectContext,
  message: EffectMessage,
  /** the handler's own write (message, visit) was new: the effect was never carried out before */
  firstRun: boolean,
): Promise<void> {
  const people = await repos.subscriptions.peopleOf(message.audience);
  if (people.length === 0) return;
  const earlier = firstRun
    ? new Map<string, SendRecord>()
    : new Map(
        (await repos.subscriptions.sends(people.map((openid) => sendRecordId(effect.key, openid)))).map((r) => [
          r.openid,
          r,
        ]),
      );
  const about: Pick<Ticket, 'id' | 'number'> = { id: ticket.id, number: ticket.number };
  const records = await Promise.all(
    people.map((openid) =>
      sendSubscription(
        repos,
        { key: effect.key, openid, template: message.template, values: message.values, ticket: about, now },
        { existing: earlier.get(openid) ?? null },
      ),
    ),
  );
  const failed = records.filter((r) => r.outcome === 'failed');
  if (failed.length > 0) {
    const last = failed[0].attempts[failed[0].attempts.length - 1];
    throw new Error(
      `subscription message ${message.template} not sent to ${failed.length} of ${records.length}: ${last?.errMsg ?? 'no answer'}`,
    );
  }
}
