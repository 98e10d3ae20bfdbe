// The owner reads what happened to their request in 消息, and gets its subscription message.
// A caller with no account (recorded by the service desk) has no 消息 to read: the desk calls back.
import { isUnclaimed } from '../../../domain/desk-intake';
import type { EffectHandler } from '../handler';
import { writeMessage } from './message';

export const notifyOwner: EffectHandler<'NOTIFY_OWNER'> = async (effect, context) => {
  if (isUnclaimed(context.ticket.ownerOpenid)) return;
  await writeMessage(effect, context);
};
