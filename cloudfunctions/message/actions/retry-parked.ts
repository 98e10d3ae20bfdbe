import { DomainError } from '../../domain/errors';
import { retryParkedInput } from '../../domain/message-schemas';
import { toIso } from '../../domain/time';
import { defineAction } from '../../server/action';

/**
 * Puts a parked effect back in its ticket's outbox, due now with its tries counted afresh (the next
 * timer run carries it out); administrators only. Three database requests: the parked record, the
 * ticket's outbox, removing the record.
 */
export const retryParked = defineAction({
  schema: retryParkedInput,
  roles: ['admin'],
  async run({ key }, { now, repos }): Promise<{ retried: string }> {
    const parked = await repos.effects.getParked(key);
    if (!parked) throw new DomainError('NOT_FOUND', '该任务不存在或已重试');
    await repos.effects.unpark(parked, toIso(now));
    return { retried: key };
  },
});
