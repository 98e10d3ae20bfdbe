import { isOwnerOf } from '../../permissions';
import { isUrgent } from '../../sla';
import { defineCommand } from './definition';
import type { NewEntry } from './definition';

export const rate = defineCommand<'rate'>({
  guard: isOwnerOf,
  apply: (ticket, command, { to, at }) => {
    const rating = {
      score: command.score,
      tags: command.tags,
      at,
      ...(command.comment ? { comment: command.comment } : {}),
    };
    const rated: NewEntry = {
      kind: 'rated',
      internal: false,
      rating: command.score,
      ...(command.comment ? { text: command.comment } : {}),
    };
    if (to === 'reopened') {
      return {
        changes: { rating, reprocessCount: ticket.reprocessCount + 1 },
        entries: [rated, { kind: 'reopened', internal: false }],
        effects: [
          { type: 'NOTIFY_DEPARTMENT', department: ticket.department, reason: 'reopened', urgent: isUrgent(ticket) },
          { type: 'NOTIFY_OWNER', event: 'reopened' },
        ],
      };
    }
    return {
      changes: { rating },
      entries: [rated, { kind: 'closed', internal: false }],
      effects: [
        { type: 'NOTIFY_OWNER', event: 'closed' },
        // every closed complaint gets a return visit (policy 002 §4.9)
        ...(ticket.category === 'complaint' ? [{ type: 'PLAN_VISIT', reason: 'complaint' } as const] : []),
      ],
    };
  },
});
