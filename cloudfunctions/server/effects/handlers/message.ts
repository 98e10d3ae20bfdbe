// Writes the in-app message of a notification effect — one document, its id from the effect's key,
// so a second run finds it there and changes nothing (one database request) — and then sends the
// subscription message the event is worth, if any (subscription.ts).
import { messageFor } from '../../../domain/messages';
import { templateForEffect, ticketValues } from '../../../domain/subscription-messages';
import { toIso } from '../../../domain/time';
import { effectDocumentId } from '../../repositories/db';
import type { EffectContext, KeyedEffect } from '../handler';
import { sendEffectMessages } from './subscription';

export type MessageEffectType = 'NOTIFY_OWNER' | 'NOTIFY_DEPARTMENT' | 'NOTIFY_STAFF';

export async function writeMessage(effect: KeyedEffect<MessageEffectType>, context: EffectContext): Promise<void> {
  const { repos, ticket, now } = context;
  const message = messageFor(effect, ticket);
  const written = await repos.messages.add({
    id: effectDocumentId(effect.key),
    ...message,
    createdAt: toIso(now),
    readBy: [],
  });
  const template = templateForEffect(effect);
  if (template)
    await sendEffectMessages(
      effect,
      context,
      {
        template,
        audience: message.audience,
        values: ticketValues(ticket, effect, effect.at),
      },
      written === 'added',
    );
}
