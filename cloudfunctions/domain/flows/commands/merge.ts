import { invalidInput } from '../../errors';
import { STATUS_LABELS } from '../../labels';
import type { TicketStatus } from '../../model';
import { defineCommand } from './definition';
import { handlerOrDesk } from './guards';

/** A request in one of these can no longer take in a duplicate. */
const FINISHED: readonly TicketStatus[] = ['closed', 'withdrawn', 'merged'];

/**
 * Merges a duplicate into the surviving request (one leak reported by five owners). Only the
 * duplicate changes: its owner follows the survivor from their own request, and sees no more of it
 * than its department's progress (views.ts, followView).
 */
export const merge = defineCommand<'merge'>({
  guard: handlerOrDesk,
  apply: (ticket, { into }) => {
    if (into.id === ticket.id) throw invalidInput('不能合并到诉求本身，请填写另一条诉求的编号', 'intoNumber');
    if (into.communityId !== ticket.communityId) throw invalidInput('只能合并到同一小区的诉求', 'intoNumber');
    if (FINISHED.includes(into.status))
      throw invalidInput(`诉求${into.number}${STATUS_LABELS[into.status]}，不能合并到该诉求`, 'intoNumber');
    const mergedInto = { id: into.id, number: into.number };
    return {
      changes: { mergedInto, escalation: undefined },
      entries: [{ kind: 'merged', internal: false, mergedInto }],
      effects: [{ type: 'NOTIFY_OWNER', event: 'merged' }],
    };
  },
});
