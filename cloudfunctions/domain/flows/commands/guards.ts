import { isHandler, isServiceDesk } from '../../permissions';
import type { Guard } from './definition';

export const handlerOrDesk: Guard = (t, a) => isHandler(t, a) || isServiceDesk(t, a);
