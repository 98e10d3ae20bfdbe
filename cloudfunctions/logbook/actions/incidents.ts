import { randomBytes } from 'crypto';
import type { Page } from '../../domain/api';
import { conflict, invalidInput, notFound } from '../../domain/errors';
import { assertIncidentOpen, assertKeeps, recorder } from '../../domain/logbook';
import type { Incident } from '../../domain/logbook';
import {
  closeIncidentInput,
  createIncidentInput,
  listIncidentsInput,
  recordRef,
  updateIncidentInput,
} from '../../domain/logbook-schemas';
import { AUDIENCES } from '../../domain/roles';
import { toIso } from '../../domain/time';
import { defineAction } from '../../server/action';
import type { ActionContext } from '../../server/action';
import { linkedRequests } from '../linked';

const NO_SUCH_INCIDENT = '该事件记录不存在或您无权查看';
const conflictOf = () => conflict('该记录刚被他人更新，请刷新后重试');

/** The incident, if the caller keeps its community's registers (otherwise not found). */
async function readable(context: ActionContext, id: string): Promise<Incident> {
  const incident = await context.repos.logbook.incident(id);
  if (!incident) throw notFound(NO_SUCH_INCIDENT);
  try {
    assertKeeps(context.caller, incident.communityId);
  } catch {
    throw notFound(NO_SUCH_INCIDENT);
  }
  return incident;
}

/** Records a major incident of a community the caller works for. 2 requests + 1 with linked requests. */
export const createIncident = defineAction({
  schema: createIncidentInput,
  roles: AUDIENCES.staff,
  async run(input, context): Promise<Incident> {
    assertKeeps(context.caller, input.communityId);
    const at = toIso(context.now);
    const incident: Incident = {
      id: `incident-${randomBytes(10).toString('hex')}`,
      communityId: input.communityId,
      kind: input.kind,
      title: input.title,
      description: input.description,
      occurredAt: input.occurredAt,
      place: input.place,
      handledBy: input.handledBy,
      ...(input.followUp ? { followUp: input.followUp } : {}),
      linkedRequests: await linkedRequests(context.repos, input.communityId, input.linkedNumbers),
      state: 'open',
      recordedBy: recorder(context.caller),
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    await context.repos.logbook.addIncident(incident);
    return incident;
  },
});

export const getIncident = defineAction({
  schema: recordRef,
  roles: AUDIENCES.staff,
  run: ({ id }, context): Promise<Incident> => readable(context, id),
});

/** Changes the fields given of an open incident, if nobody changed it since `version`. 3 requests (+1 linked). */
export const updateIncident = defineAction({
  schema: updateIncidentInput,
  roles: AUDIENCES.staff,
  async run({ id, version, linkedNumbers, ...fields }, context): Promise<Incident> {
    const before = await readable(context, id);
    assertIncidentOpen(before);
    if (before.version !== version) throw conflictOf();
    const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    if (Object.keys(changes).length === 0 && !linkedNumbers) throw invalidInput('没有要修改的内容');
    const after: Incident = {
      ...before,
      ...changes,
      ...(linkedNumbers
        ? { linkedRequests: await linkedRequests(context.repos, before.communityId, linkedNumbers) }
        : {}),
      updatedAt: toIso(context.now),
      version: before.version + 1,
    };
    await context.repos.logbook.saveIncident(before, after);
    return after;
  },
});

/** Closes (结案) an incident with its follow-up; a closed incident changes no more. 3 requests. */
export const closeIncident = defineAction({
  schema: closeIncidentInput,
  roles: AUDIENCES.staff,
  async run({ id, version, followUp }, context): Promise<Incident> {
    const before = await readable(context, id);
    assertIncidentOpen(before);
    if (before.version !== version) throw conflictOf();
    const at = toIso(context.now);
    const after: Incident = {
      ...before,
      followUp,
      state: 'closed',
      closedAt: at,
      closedBy: recorder(context.caller),
      updatedAt: at,
      version: before.version + 1,
    };
    await context.repos.logbook.saveIncident(before, after);
    return after;
  },
});

/** A community's incidents, newest first (open, closed or all). 2 requests. */
export const listIncidents = defineAction({
  schema: listIncidentsInput,
  roles: AUDIENCES.staff,
  async run({ communityId, state, cursor, limit }, context): Promise<Page<Incident>> {
    assertKeeps(context.caller, communityId);
    return context.repos.logbook.listIncidents(communityId, state, { limit, ...(cursor ? { cursor } : {}) });
  },
});
