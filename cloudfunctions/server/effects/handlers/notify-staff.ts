// A notice for staff (a warning, an escalation, an urge, an emergency): one message for the whole
// audience it names (a department's handlers or head, the service desk, the manager, leadership).
import type { EffectHandler } from '../handler';
import { writeMessage } from './message';

export const notifyStaff: EffectHandler<'NOTIFY_STAFF'> = (effect, context) => writeMessage(effect, context);
