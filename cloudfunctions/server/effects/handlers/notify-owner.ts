// The owner reads what happened to their request in 消息 (subscription messages plug in here later).
import type { EffectHandler } from '../handler';
import { writeMessage } from './message';

export const notifyOwner: EffectHandler<'NOTIFY_OWNER'> = (effect, context) => writeMessage(effect, context);
