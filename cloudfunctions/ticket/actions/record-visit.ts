import { transition } from '../../domain/lifecycle';
import { AUDIENCES } from '../../domain/roles';
import { toIso } from '../../domain/time';
import { recordVisitInput } from '../../domain/visit-schemas';
import { DEFAULT_VISIT_SETTINGS, recordAttempt, toVisitView } from '../../domain/visits';
import type { VisitTaskView } from '../../domain/visits';
import { illegalTransition } from '../../domain/errors';
import { dispatchRecorded } from '../../server/effects/dispatcher';
import { serviceSettings } from '../../server/service-settings';
import { defineAction } from '../../server/action';
import { ownVisit } from '../visit-desk';

/**
 * The service desk records one attempt of a return visit. Not reached: the task stays open (until
 * the last attempt allowed). Reached and unsatisfied: the visit is done and the request, if it is
 * still closed, is reopened (the `reopen` command) with the owner's words as the reason.
 * Database requests: 3 (caller, visit, conditional write of the visit); 5 when the request reopens
 * (its read and its conditional write). The visit is written first, so a second submission of the
 * same form is a CONFLICT and never reopens twice.
 */
export const recordVisit = defineAction({
  schema: recordVisitInput,
  roles: AUDIENCES.handlers,
  async run(input, context): Promise<VisitTaskView> {
    const { caller, repos, now } = context;
    const before = ownVisit(await repos.visits.get(input.visitId), caller);
    if (before.state === 'done') throw illegalTransition('该回访已完成');
    const at = toIso(now);
    const after = recordAttempt(before, input, caller, at, DEFAULT_VISIT_SETTINGS);
    await repos.visits.save(before, after);
    if (after.outcome === 'unsatisfied') {
      const ticket = await repos.tickets.get(after.ticketId);
      if (ticket?.status === 'closed') {
        const reason = `回访不满意：${input.notes ?? ''}`.slice(0, 500);
        const settings = await serviceSettings(repos, ticket.communityId, now);
        const moved = transition(ticket, { type: 'reopen', reason }, caller, now, settings);
        await repos.tickets.save(ticket, moved.ticket, moved.effects);
        await dispatchRecorded(repos, now, moved.ticket, moved.effects);
      }
    }
    return toVisitView(after, at);
  },
});
