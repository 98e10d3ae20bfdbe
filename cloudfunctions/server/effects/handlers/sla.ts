// START_SLA / STOP_SLA: the promise itself lives in the ticket (`sla`), written by the command; these
// effects only announce it, and nothing acts on them yet. Carried out as nothing, so they leave the
// outbox. (The reworked promises may stop recording them; then these two lines go.)
import type { EffectHandler } from '../handler';

export const startSla: EffectHandler<'START_SLA'> = async () => undefined;
export const stopSla: EffectHandler<'STOP_SLA'> = async () => undefined;
