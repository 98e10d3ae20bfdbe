// The department's handlers read a new, transferred or reopened request in 消息.
import type { EffectHandler } from '../handler';
import { writeMessage } from './message';

export const notifyDepartment: EffectHandler<'NOTIFY_DEPARTMENT'> = (effect, context) => writeMessage(effect, context);
