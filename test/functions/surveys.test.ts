// Surveys through the local runtime: the schedule opens the June satisfaction survey on time, once,
// tells every owner and closes it at its end; the opinion survey samples at least 15% of each
// building's units, reproducibly; owners answer once; results by question and building, with the
// response rate against the return target; an answer that raised a problem becomes one request.
import type { TicketView } from '../../cloudfunctions/domain/api';
import { DEMO_UNITS } from '../../cloudfunctions/domain/demo-data';
import { membershipId } from '../../cloudfunctions/domain/household';
import { unitSummary } from '../../cloudfunctions/domain/places';
import type { ProblemAnswerView } from '../../cloudfunctions/domain/surveys/answer-record';
import type { AnswerItem } from '../../cloudfunctions/domain/surveys/answers';
import type { SurveyResults } from '../../cloudfunctions/domain/surveys/results';
import { drawSample } from '../../cloudfunctions/domain/surveys/sample';
import type { SurveySample } from '../../cloudfunctions/domain/surveys/sample';
import type { OwnerSurveyView, SurveySummaryView } from '../../cloudfunctions/domain/surveys/survey';
import { wxCloud } from '../../cloudfunctions/server/cloud';
import { createRepositories } from '../../cloudfunctions/server/repositories';
import type { Repositories } from '../../cloudfunctions/server/repositories/types';
import { notifyNextBatch } from '../../cloudfunctions/server/surveys';
import { surveysJob } from '../../cloudfunctions/timer/jobs/surveys';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';

let c: FunctionsCloud;
let repos: Repositories;

const ADMIN = 'demo-admin';
const MANAGER = 'demo-manager';
const DESK = 'demo-receptionist';
const COMMUNITY = 'demo-cuihu';
const BOUND: Record<string, string> = { 'demo-unit-1-1-101': 'demo-owner-1', 'demo-unit-2-1-202': 'demo-owner-2' };

/** The owner of each demo unit: the two demo owners, and one test owner (with a phone) for every other unit. */
const ownerOf = (unitId: string) => BOUND[unitId] ?? `owner-${unitId}`;

beforeAll(async () => {
  c = await startFunctionsCloud();
  repos = createRepositories(wxCloud().database());
  for (const [i, unit] of DEMO_UNITS.entries()) {
    if (BOUND[unit.id]) continue;
    const openid = ownerOf(unit.id);
    await repos.homes.putUser({
      openid,
      name: `业主${i}`,
      roles: ['owner'],
      communityId: COMMUNITY,
      units: [unitSummary(unit)],
      phone: `139${String(10000000 + i)}`,
    });
    await repos.homes.putMembership({
      id: membershipId(unit.id, openid),
      unitId: unit.id,
      communityId: COMMUNITY,
      openid,
      name: `业主${i}`,
      relation: 'owner',
      since: '2026-01-01T00:00:00.000+08:00',
    });
  }
});
afterAll(() => c.close());

interface SurveysReport {
  opened: number;
  notified: number;
  closed: number;
}

async function runTimer(): Promise<SurveysReport> {
  const answer = (await c.cloud.runTimer('timer')) as { ok: boolean; data: { surveys: SurveysReport } };
  return answer.data.surveys;
}

const surveyMessages = async (surveyId: string) =>
  (await c.documents('messages')).filter((m) => m.surveyId === surveyId);

const opinionAnswer = (overall: number, opinions?: string): AnswerItem[] => [
  { q: 'overall', picks: [String(overall)] },
  { q: 'fees', picks: ['fair'] },
  { q: 'channels', picks: ['app', 'hotline'] },
  { q: 'notices', picks: ['4'] },
  { q: 'activities', picks: ['5'] },
  ...(opinions ? [{ q: 'opinions', text: opinions }] : []),
];

const answer = (surveyId: string, openid: string, answers: AnswerItem[]) =>
  c.call<OwnerSurveyView>('survey', { action: 'answer', surveyId, answers }, openid);

describe('the schedule', () => {
  const id = 'sched_demo-cuihu_satisfaction_2026-06';

  it('opens nothing in May', async () => {
    c.setClock('2026-05-31T23:58:00+08:00'); // Sunday
    expect(await runTimer()).toEqual({ opened: 0, notified: 0, closed: 0 });
    expect(await c.documents('surveys')).toEqual([]);
  });

  it('opens the satisfaction survey when June starts and tells every owner of the community', async () => {
    c.setClock('2026-06-01T00:00:30+08:00'); // Monday
    expect(await runTimer()).toEqual({ opened: 1, notified: 36, closed: 0 });
    const [survey] = await c.documents('surveys');
    expect(survey).toMatchObject({
      _id: id,
      status: 'open',
      kind: 'satisfaction',
      scheduledMonth: '2026-06',
      returnTarget: 0.75,
      closesAt: expect.stringMatching(/^2026-06-16T00:00:30/),
      reach: [
        { building: '1栋', units: 12 },
        { building: '2栋', units: 12 },
        { building: '3栋', units: 12 },
      ],
      notify: { done: true, sent: 36 },
    });
    const messages = await surveyMessages(id);
    expect(messages).toHaveLength(36);
    expect(messages.map((m) => m.audience)).toContain('owner:demo-owner-1');
  });

  it('opens nothing twice and writes no message twice when it runs again', async () => {
    c.advance(1);
    expect(await runTimer()).toEqual({ opened: 0, notified: 0, closed: 0 });
    expect(await c.documents('surveys')).toHaveLength(1);
    expect(await surveyMessages(id)).toHaveLength(36);
  });

  it('lists it in my open surveys, and the message opens it', async () => {
    const mine = await c.ok<OwnerSurveyView[]>('survey', { action: 'mine' }, 'demo-owner-1');
    expect(mine).toMatchObject([{ id, answered: false, unitLabel: '1栋1单元101' }]);
    const messages = await c.ok<{ items: Array<{ surveyId?: string; title: string }> }>(
      'message',
      { action: 'list' },
      'demo-owner-1',
    );
    expect(messages.items[0]).toMatchObject({ surveyId: id, title: expect.stringContaining('满意度调查') });
  });

  it('closes it at its end date, after which nobody answers', async () => {
    c.setClock('2026-06-16T00:01:00+08:00');
    expect(await runTimer()).toEqual({ opened: 0, notified: 0, closed: 1 });
    const survey = await repos.surveys.get(id);
    expect(survey).toMatchObject({ status: 'closed' });
    expect(survey?.timerAt).toBeUndefined();
    const late = await answer(id, 'demo-owner-2', [{ q: 'overall', picks: ['5'] }]);
    expect(late).toMatchObject({ ok: false, error: { code: 'ILLEGAL_TRANSITION' } });
    expect(await runTimer()).toEqual({ opened: 0, notified: 0, closed: 0 });
  });

  it('writes a large community’s messages a batch at a time, continuing in the next run, each person once', async () => {
    const draft = await c.ok<SurveySummaryView>(
      'survey',
      { action: 'create', communityId: COMMUNITY, template: 'satisfaction', title: '分批通知测试' },
      ADMIN,
    );
    await c.ok('survey', { action: 'open', surveyId: draft.id }, ADMIN);
    const opened = await repos.surveys.get(draft.id);
    if (!opened) throw new Error('the survey is gone');
    // a run whose budget ended after one batch of 10 memberships
    const first = await notifyNextBatch(repos, opened, new Date(), 10);
    expect(first.sent).toBe(10);
    expect(first.survey.notify).toMatchObject({ done: false, sent: 10 });
    // a run that wrote the same batch again but stopped before saving its progress writes no message twice
    await expect(notifyNextBatch(repos, opened, new Date(), 10)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await surveyMessages(draft.id)).toHaveLength(10);
    // the next run carries on from where the first stopped
    const report = await surveysJob(10).run({ repos, now: new Date(), deadline: Date.now() + 20_000 });
    expect(report).toMatchObject({ notified: 26 });
    expect(await surveyMessages(draft.id)).toHaveLength(36);
    expect((await repos.surveys.get(draft.id))?.notify).toMatchObject({ done: true, sent: 36 });
    await c.ok('survey', { action: 'close', surveyId: draft.id }, ADMIN);
  });
});

describe('the opinion survey', () => {
  let surveyId = '';
  let sampled: string[] = [];

  beforeAll(async () => {
    const draft = await c.ok<SurveySummaryView>(
      'survey',
      { action: 'create', communityId: COMMUNITY, template: 'opinion' },
      MANAGER,
    );
    surveyId = draft.id;
    expect(draft).toMatchObject({ status: 'draft', kind: 'opinion', sampleShare: 0.15, title: '管理工作意见征询表' });
    const opened = await c.ok<SurveySummaryView>('survey', { action: 'open', surveyId }, MANAGER);
    expect(opened).toMatchObject({ status: 'open', reached: 6 });
    sampled = (await repos.surveys.get(surveyId))?.sampledUnits ?? [];
  });

  it('samples at least 15% of each building’s units, and an auditor draws the same sample from its record', async () => {
    expect(sampled).toHaveLength(6); // ceil(15% × 12) = 2 in each of 3 buildings: 16.7% of 36
    const record = (await repos.surveys.sample(surveyId)) as SurveySample;
    expect(record.buildings.map((b) => [b.building, b.candidates.length, b.picked.length])).toEqual([
      ['1栋', 12, 2],
      ['2栋', 12, 2],
      ['3栋', 12, 2],
    ]);
    const again = drawSample(
      record.seed,
      record.share,
      DEMO_UNITS.map((u) => ({ id: u.id, building: u.building })),
    );
    expect(again.buildings).toEqual(record.buildings);
    expect(record.buildings.flatMap((b) => b.picked)).toEqual(sampled);
    // another seed draws another sample
    const other = drawSample(`${record.seed}x`, record.share, DEMO_UNITS);
    expect(other.buildings.flatMap((b) => b.picked)).not.toEqual(sampled);
  });

  it('is answered only by owners of sampled units', async () => {
    const outsider = DEMO_UNITS.map((u) => u.id).find((id) => !sampled.includes(id)) as string;
    expect(await answer(surveyId, ownerOf(outsider), opinionAnswer(4))).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await c.call('survey', { action: 'get', surveyId }, ownerOf(outsider))).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const mine = await c.ok<OwnerSurveyView[]>('survey', { action: 'mine' }, ownerOf(outsider));
    expect(mine.map((s) => s.id)).not.toContain(surveyId);
  });

  it('refuses an answer that does not fit the questions, and writes nothing', async () => {
    const owner = ownerOf(sampled[0]);
    const bad: Array<[AnswerItem[], string]> = [
      [opinionAnswer(6), 'answers.overall'],
      [opinionAnswer(4).filter((i) => i.q !== 'fees'), 'answers.fees'],
      [opinionAnswer(4).map((i) => (i.q === 'fees' ? { q: 'fees', picks: ['fair', 'not'] } : i)), 'answers.fees'],
      [opinionAnswer(4).map((i) => (i.q === 'channels' ? { q: 'channels', picks: [] } : i)), 'answers.channels'],
      [opinionAnswer(4, '好'.repeat(501)), 'answers.opinions'],
      [[...opinionAnswer(4), { q: 'nope', picks: ['1'] }], 'answers'],
    ];
    for (const [answers, field] of bad)
      expect(await answer(surveyId, owner, answers)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', field },
      });
    expect(await c.documents('survey_answers')).toEqual([]);
  });

  it('takes one answer per owner: a second one, even sent at the same moment, is refused', async () => {
    const owner = ownerOf(sampled[0]);
    const [a, b] = await Promise.all([
      answer(surveyId, owner, opinionAnswer(5)),
      answer(surveyId, owner, opinionAnswer(3)),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ error: { code: 'ALREADY_ANSWERED' } });
    expect(await answer(surveyId, owner, opinionAnswer(4))).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_ANSWERED' },
    });
    expect(await c.documents('survey_answers')).toHaveLength(1);
    expect(await c.ok<OwnerSurveyView>('survey', { action: 'get', surveyId }, owner)).toMatchObject({ answered: true });
  });

  it('misses its return target with 4 of 6 sampled units answering, and says by how much', async () => {
    await c.ok('survey', { action: 'answer', surveyId, answers: opinionAnswer(4) }, ownerOf(sampled[1]));
    await c.ok('survey', { action: 'answer', surveyId, answers: opinionAnswer(2) }, ownerOf(sampled[2]));
    await c.ok(
      'survey',
      { action: 'answer', surveyId, answers: opinionAnswer(1, '地下车库漏水很久了') },
      ownerOf(sampled[3]),
    );
    const { results } = await c.ok<{ results: SurveyResults }>('survey', { action: 'results', surveyId }, MANAGER);
    expect(results).toMatchObject({
      reached: 6,
      answeredUnits: 4,
      answers: 4,
      rate: 0.6667,
      target: 0.75,
      met: false,
      gap: 0.0833,
      unitsShort: 1,
    });
    const overall = results.questions.find((q) => q.id === 'overall');
    expect(overall).toMatchObject({ answered: 4, average: 3 }); // 5 + 4 + 2 + 1
    expect(overall?.distribution.map((d) => d.count)).toEqual([1, 1, 0, 1, 1]);
    const channels = results.questions.find((q) => q.id === 'channels');
    expect(channels?.distribution.slice(0, 2)).toEqual([
      { key: 'app', label: '小程序', count: 4, share: 1 },
      { key: 'hotline', label: '客服热线', count: 4, share: 1 },
    ]);
    expect(results.questions.find((q) => q.id === 'opinions')).toMatchObject({ answered: 1 });
    const byBuilding = Object.fromEntries(results.buildings.map((b) => [b.building, b.answeredUnits]));
    const expected: Record<string, number> = { '1栋': 0, '2栋': 0, '3栋': 0 };
    for (const unitId of sampled.slice(0, 4)) expected[DEMO_UNITS.find((u) => u.id === unitId)!.building] += 1;
    expect(byBuilding).toEqual(expected);
    expect(results.buildings.every((b) => b.reached === 2)).toBe(true);
  });

  it('reaches its return target with the fifth unit', async () => {
    await c.ok('survey', { action: 'answer', surveyId, answers: opinionAnswer(5) }, ownerOf(sampled[4]));
    const { results } = await c.ok<{ results: SurveyResults }>('survey', { action: 'results', surveyId }, DESK);
    expect(results).toMatchObject({ answeredUnits: 5, rate: 0.8333, met: true, gap: 0, unitsShort: 0 });
  });

  it('keeps results and answers from owners and from staff outside the survey desk', async () => {
    for (const openid of [ownerOf(sampled[0]), 'demo-engineering'])
      expect(await c.call('survey', { action: 'results', surveyId }, openid)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    expect(
      await c.call('survey', { action: 'create', communityId: COMMUNITY, template: 'opinion' }, DESK),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('turns an answer that raised a problem into one request for its owner, however often the desk taps', async () => {
    const problems = await c.ok<{ items: ProblemAnswerView[] }>('survey', { action: 'problems', surveyId }, DESK);
    expect(problems.items).toHaveLength(2); // the ratings of 2 and 1
    const leak = problems.items.find((p) => p.text.includes('地下车库漏水')) as ProblemAnswerView;
    expect(leak).toMatchObject({ lowRated: true, hasPhone: true });
    const ticketsBefore = (await c.documents('tickets')).length;
    const [first, second] = await Promise.all([
      c.ok<TicketView>('survey', { action: 'toRequest', answerId: leak.id }, DESK),
      c.ok<TicketView>('survey', { action: 'toRequest', answerId: leak.id }, DESK),
    ]);
    const third = await c.ok<TicketView>('survey', { action: 'toRequest', answerId: leak.id }, DESK);
    expect(second.id).toBe(first.id);
    expect(third.id).toBe(first.id);
    expect(await c.documents('tickets')).toHaveLength(ticketsBefore + 1);
    expect(first).toMatchObject({ category: 'complaint', description: expect.stringContaining('地下车库漏水很久了') });
    const stored = (await c.documents('tickets')).find((t) => t._id === first.id);
    expect(stored).toMatchObject({ ownerOpenid: ownerOf(sampled[3]), unitId: sampled[3] });
    const after = await c.ok<{ items: ProblemAnswerView[] }>('survey', { action: 'problems', surveyId }, DESK);
    expect(after.items.find((p) => p.id === leak.id)?.ticket).toEqual({ id: first.id, number: first.number });
    // the manager reads results but does not record requests
    expect(await c.call('survey', { action: 'toRequest', answerId: leak.id }, MANAGER)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
