import { isStaffReader } from '../../domain/permissions';
import { AUDIENCES } from '../../domain/roles';
import { ticketRef } from '../../domain/schemas';
import { toIso } from '../../domain/time';
import { toVisitView } from '../../domain/visits';
import type { VisitTaskView } from '../../domain/visits';
import { notFound } from '../../domain/errors';
import { defineAction } from '../../server/action';
import { loadReadable } from '../command';

/** A request's return visits, for staff who may read it with its internal notes. Three requests. */
export const ticketVisits = defineAction({
  schema: ticketRef,
  roles: AUDIENCES.staff,
  async run({ ticketId }, context): Promise<VisitTaskView[]> {
    const ticket = await loadReadable(context, ticketId);
    if (!isStaffReader(ticket, context.caller)) throw notFound();
    const nowIso = toIso(context.now);
    return (await context.repos.visits.forTicket(ticketId)).map((v) => toVisitView(v, nowIso));
  },
});
