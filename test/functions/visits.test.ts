// Return visits through the local runtime: the PLAN_VISIT handler plans a task once, the service
// desk lists and records it, an unsatisfied visit reopens the request, the weekly sample picks the
// configured share once per week; owners and other communities' staff are kept out.
import type { Page } from '../../cloudfunctions/domain/api';
import type { Ticket, User } from '../../cloudfunctions/domain/model';
import { pickSample } from '../../cloudfunctions/domain/visit-sample';
import type { VisitSampleRecord } from '../../cloudfunctions/domain/visit-sample';
import { DEFAULT_VISIT_SETTINGS, newVisit, sampleVisitId } from '../../cloudfunctions/domain/visits';
import type { VisitTaskView } from '../../cloudfunctions/domain/visits';
import { wxCloud } from '../../cloudfunctions/server/cloud';
import { planVisit } from '../../cloudfunctions/server/effects/handlers/plan-visit';
import { createRepositories } from '../../cloudfunctions/server/repositories';
import type { Repositories } from '../../cloudfunctions/server/repositories/types';
import { visitSampleJob } from '../../cloudfunctions/timer/jobs/visit-sample';
import { aTicket } from '../domain/builders';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { aClosedComplaint as closeAComplaint } from './support/flows';
import { aSecondCommunity } from './support/places';

let c: FunctionsCloud;
/** The functions' own repositories, over the same local database (the handler runs as the dispatcher would run it). */
let repos: Repositories;
let otherCommunity = '';

const OWNER = 'demo-owner-1';
const DESK = 'demo-receptionist';
const ENGINEER = 'demo-engineering';
const OTHER_DESK = 'test-desk-elsewhere';

beforeAll(async () => {
  c = await startFunctionsCloud();
  repos = createRepositories(wxCloud().database());
  otherCommunity = await aSecondCommunity(c);
  const elsewhere: User = {
    openid: OTHER_DESK,
    name: '林客服',
    roles: ['receptionist', 'staff'],
    department: 'service',
    communityIds: [otherCommunity],
    units: [],
    active: true,
  };
  await repos.staff.putUser(elsewhere);
});
afterAll(() => c.close());

/** A complaint walked through its flow to closed: the dispatcher planned its visit. */
async function aClosedComplaint(): Promise<Ticket> {
  const closed = await closeAComplaint(c);
  const ticket = await repos.tickets.get(closed.id);
  if (!ticket) throw new Error('the complaint is gone');
  return ticket;
}

/**
 * Carries out a PLAN_VISIT as the dispatcher does: with its key, when it was recorded, and the
 * ticket. For a complaint, the key of the one the dispatcher carried out when it closed.
 */
async function carryOut(ticket: Ticket, reason: 'complaint' | 'redo') {
  const planned = (await visitsOf(ticket.id)).find((v) => v.reason === reason);
  const key = planned
    ? String(planned._id)
        .replace(/^plan_/, '')
        .replace(/_/g, ':')
    : `${ticket.id}:${ticket.version}:0`;
  await planVisit({ type: 'PLAN_VISIT', reason, key, at: ticket.updatedAt }, { repos, now: new Date(), ticket });
}

const visitsOf = async (ticketId: string) => (await c.documents('visits')).filter((v) => v.ticketId === ticketId);
const openVisits = (openid: string) =>
  c.ok<Page<VisitTaskView>>('ticket', { action: 'listVisits', view: 'open' }, openid);
const record = (visitId: string, openid: string, payload: object) =>
  c.call<VisitTaskView>('ticket', { action: 'recordVisit', visitId, ...payload }, openid);

describe('a closed complaint', () => {
  let ticket: Ticket;
  let visitId = '';

  beforeAll(async () => {
    ticket = await aClosedComplaint();
  });

  it('gets one visit task, due in three days, however often its effect is carried out', async () => {
    await carryOut(ticket, 'complaint');
    await carryOut(ticket, 'complaint');
    const stored = await visitsOf(ticket.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      reason: 'complaint',
      state: 'open',
      ticketNumber: ticket.number,
      communityId: 'demo-cuihu',
      ownerName: '张业主',
      contactPhone: '13812345678',
      createdAt: ticket.updatedAt,
    });
    expect(Date.parse(stored[0]?.dueAt as string) - Date.parse(ticket.updatedAt)).toBe(3 * 24 * 3600_000);
    visitId = stored[0]?._id as string;
  });

  it("is on the service desk's list, and nowhere else", async () => {
    const mine = await openVisits(DESK);
    expect(mine.items.map((v) => v.id)).toContain(visitId);
    expect(mine.items.find((v) => v.id === visitId)).toMatchObject({ overdue: false, attempts: [] });
    expect((await openVisits(OTHER_DESK)).items).toEqual([]);
    for (const openid of [OWNER, ENGINEER])
      expect(await c.call('ticket', { action: 'listVisits' }, openid)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
  });

  it('cannot be recorded by an owner, another department or another community', async () => {
    const before = JSON.stringify(await c.documents('visits'));
    const outcome = { reached: true, satisfied: false, notes: '不满意' };
    expect(await record(visitId, OWNER, outcome)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await record(visitId, ENGINEER, outcome)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await record(visitId, OTHER_DESK, outcome)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await record(visitId, DESK, { reached: true })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'satisfied' },
    });
    expect(JSON.stringify(await c.documents('visits'))).toBe(before);
  });

  it('stays open when the owner is not reached, with the attempt recorded', async () => {
    const answer = await record(visitId, DESK, { reached: false, notes: '电话无人接听' });
    expect(answer).toMatchObject({
      ok: true,
      data: { state: 'open', attempts: [{ reached: false, notes: '电话无人接听', visitor: { name: '王客服' } }] },
    });
    expect((await repos.tickets.get(ticket.id))?.status).toBe('closed');
  });

  it('reopens the request when the owner is not satisfied, once', async () => {
    const answer = await record(visitId, DESK, { reached: true, satisfied: false, notes: '灯又不亮了' });
    expect(answer).toMatchObject({ ok: true, data: { state: 'done', outcome: 'unsatisfied' } });
    const reopened = await repos.tickets.get(ticket.id);
    expect(reopened).toMatchObject({ status: 'reopened', reprocessCount: ticket.reprocessCount + 1 });
    expect(reopened?.timeline.at(-1)).toMatchObject({
      kind: 'reopened',
      text: '回访不满意：灯又不亮了',
      actor: { openid: DESK },
    });
    expect(await record(visitId, DESK, { reached: true, satisfied: false, notes: '再说一次' })).toMatchObject({
      ok: false,
      error: { code: 'ILLEGAL_TRANSITION' },
    });
    expect((await repos.tickets.get(ticket.id))?.version).toBe(reopened?.version);
  });

  it("shows on the request's page to its staff, not to its owner or another community", async () => {
    const done = await c.ok<Page<VisitTaskView>>('ticket', { action: 'listVisits', view: 'done' }, DESK);
    expect(done.items.map((v) => v.id)).toContain(visitId);
    expect((await openVisits(DESK)).items.map((v) => v.id)).not.toContain(visitId);
    const seen = await c.ok<VisitTaskView[]>('ticket', { action: 'ticketVisits', ticketId: ticket.id }, DESK);
    expect(seen.map((v) => [v.id, v.outcome])).toEqual([[visitId, 'unsatisfied']]);
    expect(await c.call('ticket', { action: 'ticketVisits', ticketId: ticket.id }, OWNER)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await c.call('ticket', { action: 'ticketVisits', ticketId: ticket.id }, OTHER_DESK)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

it('a satisfied visit leaves the request closed', async () => {
  const ticket = await aClosedComplaint();
  await carryOut(ticket, 'complaint');
  const [visit] = await visitsOf(ticket.id);
  const answer = await record(visit?._id as string, DESK, { reached: true, satisfied: true });
  expect(answer).toMatchObject({ ok: true, data: { state: 'done', outcome: 'satisfied' } });
  expect((await repos.tickets.get(ticket.id))?.status).toBe('closed');
});

it('a redone repair is visited within 24 hours', async () => {
  const ticket = await aClosedComplaint();
  await carryOut(ticket, 'redo');
  const visit = (await visitsOf(ticket.id)).find((v) => v.reason === 'redo');
  expect(visit).toMatchObject({ reason: 'redo' });
  expect(Date.parse(visit?.dueAt as string) - Date.parse(ticket.updatedAt)).toBe(24 * 3600_000);
});

describe('the weekly repair sample', () => {
  let n = 0;
  /** A repair of the past, as the history import writes it (closed, or still open). */
  const past = (communityId: string, updatedAt: string, overrides: Partial<Ticket> = {}): Ticket => {
    n += 1;
    return aTicket({
      id: `sampled-${String(n).padStart(3, '0')}`,
      number: `ED20261110-${String(n).padStart(4, '0')}`,
      clientRequestId: `history-${n}`,
      communityId,
      status: 'closed',
      createdAt: updatedAt,
      updatedAt,
      ...overrides,
    });
  };
  const run = (job: ReturnType<typeof visitSampleJob>, now: string) =>
    job.run({ repos, now: new Date(now), deadline: Date.now() + 20_000 });

  /** closed at midnight between the two weeks: in the second */
  let boundary: Ticket;

  beforeAll(async () => {
    boundary = past('demo-cuihu', '2026-11-23T00:00:00.000+08:00');
    const inWeek = (i: number) => `2026-11-${String(16 + (i % 7)).padStart(2, '0')}T1${i % 10}:00:00.000+08:00`;
    await repos.tickets.importHistory([
      ...Array.from({ length: 10 }, (_, i) => past('demo-cuihu', inWeek(i))),
      ...Array.from({ length: 6 }, (_, i) => past(otherCommunity, inWeek(i))),
      // not in the sample: outside the week, not a repair, not closed
      past('demo-cuihu', '2026-11-15T23:59:59.999+08:00'),
      boundary,
      past('demo-cuihu', inWeek(3), { category: 'complaint' }),
      past('demo-cuihu', inWeek(4), { status: 'resolved' }),
    ]);
  });

  const sampled = async (week: string) =>
    (await c.documents('visits')).filter((v) => v.reason === 'sample' && v.weekKey === week);

  it('waits for Monday 09:00', async () => {
    expect(await run(visitSampleJob(), '2026-11-23T08:59:00+08:00')).toEqual({ drawn: 0 });
    expect(await sampled('2026-11-16')).toEqual([]);
  });

  it("picks the configured share of each community's closed repairs of the week before, and records how", async () => {
    expect(await run(visitSampleJob(), '2026-11-23T09:01:00+08:00')).toEqual({ drawn: 1, candidates: 16, planned: 4 });
    const [record] = (await c.documents('visit_samples')) as unknown as Array<VisitSampleRecord & { _id: string }>;
    expect(record).toMatchObject({ _id: '2026-11-16', share: 0.2, candidates: 16, picked: 4 });
    // the record is enough to draw the same sample again
    const again = pickSample(
      record!.id ?? record!._id,
      record!.share,
      record!.communities.flatMap((s) => s.candidates.map((id) => ({ id, communityId: s.communityId }))),
    );
    expect(again).toEqual(record!.communities);
    const visits = await sampled('2026-11-16');
    expect(visits.map((v) => v.ticketId).sort()).toEqual(record!.communities.flatMap((s) => s.picked).sort());
    expect(visits.filter((v) => v.communityId === 'demo-cuihu')).toHaveLength(2);
    expect(visits.filter((v) => v.communityId === otherCommunity)).toHaveLength(2);
    expect(visits[0]).toMatchObject({ state: 'open', category: 'repair', dueAt: '2026-11-26T09:01:00.000+08:00' });
  });

  it('adds nothing when it runs again, in this instance or a fresh one', async () => {
    const before = JSON.stringify([await c.documents('visits'), await c.documents('visit_samples')]);
    const job = visitSampleJob();
    expect(await run(job, '2026-11-23T09:02:00+08:00')).toEqual({ drawn: 0 });
    expect(await run(job, '2026-11-24T10:00:00+08:00')).toEqual({ drawn: 0 });
    expect(JSON.stringify([await c.documents('visits'), await c.documents('visit_samples')])).toBe(before);
  });

  it('finishes a week a run left half done, planning each visit once, with another share, page by page', async () => {
    // the week of the 23rd: the boundary repair and three more, one of them with its visit planned
    const a = past('demo-cuihu', '2026-11-24T10:00:00.000+08:00');
    const b = past('demo-cuihu', '2026-11-25T10:00:00.000+08:00');
    const d = past(otherCommunity, '2026-11-26T10:00:00.000+08:00');
    await repos.tickets.importHistory([a, b, d]);
    await repos.visits.plan(
      newVisit(a, 'sample', sampleVisitId('2026-11-23', a.id), a.updatedAt, DEFAULT_VISIT_SETTINGS, '2026-11-23'),
    );
    // two closed repairs a page: the keyset pages follow each other with none lost or read twice
    const job = visitSampleJob({ ...DEFAULT_VISIT_SETTINGS, repairSampleShare: 1 }, 2);
    expect(await run(job, '2026-11-30T09:00:00+08:00')).toEqual({ drawn: 1, candidates: 4, planned: 3 });
    expect((await sampled('2026-11-23')).map((v) => v.ticketId).sort()).toEqual([a.id, b.id, boundary.id, d.id].sort());
  });

  it('runs in the timer function', async () => {
    const answer = (await c.cloud.runTimer('timer')) as { ok: boolean; data: Record<string, unknown> };
    expect(answer.ok).toBe(true);
    expect(answer.data.visitSample).toEqual(expect.objectContaining({ drawn: expect.any(Number) }));
  });
});
