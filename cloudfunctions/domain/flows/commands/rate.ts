import { isOwnerOf } from '../../permissions';
import { isUrgent } from '../../sla';
import { addSpan, spanFor } from '../../promise-policy';
import { defineCommand } from './definition';
import type { NewEntry } from './definition';

export const rate = defineCommand<'rate'>({
  guard: isOwnerOf,
  apply: (ticket, command, { to, at, settings }) => {
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
    if (to !== 'closed') {
      // a failed repair is redone at once: its resolve promise runs on the urgent span
      const redo = to === 'redoing';
      return {
        changes: { rating, reprocessCount: ticket.reprocessCount + 1 },
        entries: [rated, { kind: 'reopened', internal: false }],
        effects: [
          {
            type: 'NOTIFY_DEPARTMENT',
            department: ticket.department,
            reason: 'reopened',
            urgent: redo || isUrgent(ticket),
          },
          { type: 'NOTIFY_OWNER', event: 'reopened' },
          { type: 'CREDIT_STAFF' },
        ],
        // a failed repair is redone at once: promised as an urgent one is
        ...(redo
          ? {
              deadline: addSpan(
                settings.calendar,
                at,
                spanFor(settings.promises, { ...ticket, urgency: 'urgent' }, 'resolve'),
              ),
            }
          : {}),
      };
    }
    return {
      changes: { rating },
      entries: [rated, { kind: 'closed', internal: false }],
      effects: [
        { type: 'NOTIFY_OWNER', event: 'closed' },
        { type: 'CREDIT_STAFF' },
        // every closed complaint gets a return visit (policy 002 §4.9)
        ...(ticket.category === 'complaint' ? [{ type: 'PLAN_VISIT', reason: 'complaint' } as const] : []),
      ],
    };
  },
});
