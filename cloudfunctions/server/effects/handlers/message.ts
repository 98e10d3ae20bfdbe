// Writes the in-app message of a notification effect: one document, its id from the effect's key,
// so a second run finds it there and changes nothing. One database request.
import { messageFor } from '../../../domain/messages';
import { toIso } from '../../../domain/time';
import { effectDocumentId } from '../../repositories/db';
import type { EffectContext, KeyedEffect } from '../handler';

export type MessageEffectType = 'NOTIFY_OWNER' | 'NOTIFY_DEPARTMENT' | 'NOTIFY_STAFF';

export async function writeMessage(
  effect: KeyedEffect<MessageEffectType>,
  { repos, ticket, now }: EffectContext,
): Promise<void> {
  await repos.messages.add({
    id: effectDocumentId(effect.key),
    ...messageFor(effect, ticket),
    createdAt: toIso(now),
    readBy: [],
  });
}
