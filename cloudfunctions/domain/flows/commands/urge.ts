import type { Ticket } from '../../model';
import { formatSpan } from '../../next-step';
import { isOwnerOf } from '../../permissions';
import { addMinutes } from '../../time';
import { defineCommand } from './definition';

/** When the owner last urged this request, if ever. */
export const lastUrgedAt = (ticket: Pick<Ticket, 'timeline'>): string | undefined =>
  ticket.timeline.filter((e) => e.kind === 'urged').pop()?.at;

/**
 * 催办: the owner urges a request whose promise has passed, at most once per span (a setting). It
 * reaches the department head as an escalation does.
 */
export const urge = defineCommand<'urge'>({
  guard: isOwnerOf,
  refusal: (ticket, { at, settings }) => {
    if (!ticket.sla || at <= ticket.sla.dueAt) return '诉求还在承诺时间内，超时后才能催办';
    const last = lastUrgedAt(ticket);
    if (last && at < addMinutes(last, settings.urgeSpanMinutes))
      return `您已催办过，每${formatSpan(settings.urgeSpanMinutes)}只能催办一次，我们正在加紧处理`;
    return null;
  },
  apply: (ticket, _command, { at }) => ({
    // an escalation already under way keeps its time: the step to the manager counts from it
    changes: { escalation: ticket.escalation ?? { level: 1, to: 'dept_head', at, reason: 'urged' } },
    entries: [{ kind: 'urged', internal: false }],
    effects: [{ type: 'NOTIFY_STAFF', to: 'dept_head', department: ticket.department, event: 'urged' }],
  }),
});
