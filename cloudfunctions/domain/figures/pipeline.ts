// The aggregate pipelines of a month's figure sets, as plain MongoDB stages: a `$match` on the
// community and the month (served by an index), then one `$group` producing every count the KPIs
// need. One round trip per figure set. The definitions of what counts are here and nowhere else
// (docs/figures.md); `rowOf` turns an answered row into a FigureRow.
import { DEPARTMENTS } from '../model';
import type { Category, Channel, Department } from '../model';
import type { FigureRow, StepCounts, VisitCounts } from './counts';
import type { MonthRange } from './month';

export type Stage = Record<string, unknown>;

/** The first stage of every figure set over requests: the community's requests filed in the month. */
export const monthMatch = (communityId: string, range: MonthRange): Stage => ({
  communityId,
  createdAt: { $gte: range.start, $lt: range.end },
});

const size = (input: unknown, as: string, cond: unknown) => ({ $size: { $filter: { input, as, cond } } });
const whenTrue = (condition: unknown) => ({ $cond: [condition, 1, 0] });
/** The field holds a value (engines disagree on comparing a string with null, so no `$gt: [x, null]`). */
const present = (path: string) => ({ $ne: [{ $ifNull: [path, ''] }, ''] });
const stepField = (department: Department, what: keyof StepCounts) => `steps_${department}_${what}`;

/**
 * The steps a request counts: each ended promise that was not cancelled by a hand-over (a step
 * missed before the hand-over ended `missed`, and stays so), and the running promise once it is
 * past due at `asOf` (it can only end missed). Each is owed by the department the promise names.
 */
function steps(asOf: string) {
  const ended = {
    $map: {
      input: {
        $filter: { input: { $ifNull: ['$promises', []] }, as: 'p', cond: { $ne: ['$$p.outcome', 'cancelled'] } },
      },
      as: 'p',
      in: { department: { $ifNull: ['$$p.department', '$department'] }, hit: { $eq: ['$$p.outcome', 'hit'] } },
    },
  };
  const runningLate = {
    $cond: [
      { $and: [present('$sla.dueAt'), { $or: [{ $eq: ['$sla.missed', true] }, { $lt: ['$sla.dueAt', asOf] }] }] },
      [{ department: { $ifNull: ['$sla.department', '$department'] }, hit: false }],
      [],
    ],
  };
  return { $concatArrays: [ended, runningLate] };
}

/**
 * The request figures of one community's month. `satisfiedAbove`: a rating above it is satisfied
 * (the rating at or below which a request is sent back). `asOf`: the time the counts are made.
 */
export function requestFiguresPipeline(
  communityId: string,
  range: MonthRange,
  asOf: string,
  satisfiedAbove: number,
): Stage[] {
  const resolvedClosed = {
    $and: [{ $eq: ['$status', 'closed'] }, present('$resolution.at'), { $ne: ['$category', 'praise'] }],
  };
  const perDepartment = Object.fromEntries(
    DEPARTMENTS.flatMap((d) => [
      [stepField(d, 'done'), { $sum: size('$steps', 's', { $eq: ['$$s.department', d] }) }],
      [
        stepField(d, 'onTime'),
        { $sum: size('$steps', 's', { $and: [{ $eq: ['$$s.department', d] }, { $eq: ['$$s.hit', true] }] }) },
      ],
    ]),
  );
  return [
    { $match: monthMatch(communityId, range) },
    {
      $project: {
        department: 1,
        category: 1,
        channel: 1,
        resolvedClosed: whenTrue(resolvedClosed),
        satisfiedClosed: whenTrue({ $and: [resolvedClosed, { $gt: ['$rating.score', satisfiedAbove] }] }),
        ratings: {
          $map: {
            input: { $filter: { input: '$timeline', as: 'e', cond: { $eq: ['$$e.kind', 'rated'] } } },
            as: 'e',
            in: '$$e.rating',
          },
        },
        reprocessed: whenTrue({ $gt: ['$reprocessCount', 0] }),
        escalations: size('$timeline', 'e', { $eq: ['$$e.kind', 'escalated'] }),
        steps: steps(asOf),
      },
    },
    {
      $group: {
        _id: { department: '$department', category: '$category', channel: '$channel' },
        requests: { $sum: 1 },
        resolvedClosed: { $sum: '$resolvedClosed' },
        satisfiedClosed: { $sum: '$satisfiedClosed' },
        ratings: { $sum: { $size: '$ratings' } },
        ratingSum: { $sum: { $sum: '$ratings' } },
        ratingsHigh: { $sum: size('$ratings', 'r', { $gte: ['$$r', 4] }) },
        rated: { $sum: whenTrue({ $gt: [{ $size: '$ratings' }, 0] }) },
        reprocessed: { $sum: '$reprocessed' },
        escalations: { $sum: '$escalations' },
        ...perDepartment,
      },
    },
  ];
}

/** A row as the request figures pipeline answers it. */
export type AnsweredRow = { _id: { department: Department; category: Category; channel: Channel } } & Record<
  string,
  unknown
>;

const count = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

export function rowOf(answered: AnsweredRow): FigureRow {
  const stepCounts: FigureRow['steps'] = {};
  for (const d of DEPARTMENTS) {
    const done = count(answered[stepField(d, 'done')]);
    if (done > 0) stepCounts[d] = { done, onTime: count(answered[stepField(d, 'onTime')]) };
  }
  return {
    ...answered._id,
    requests: count(answered.requests),
    resolvedClosed: count(answered.resolvedClosed),
    satisfiedClosed: count(answered.satisfiedClosed),
    ratings: count(answered.ratings),
    ratingSum: count(answered.ratingSum),
    ratingsHigh: count(answered.ratingsHigh),
    rated: count(answered.rated),
    reprocessed: count(answered.reprocessed),
    escalations: count(answered.escalations),
    steps: stepCounts,
  };
}

/** Return visits planned in the month, by the department of their request. */
export function visitFiguresPipeline(communityId: string, range: MonthRange): Stage[] {
  return [
    { $match: monthMatch(communityId, range) },
    {
      $group: {
        _id: '$department',
        planned: { $sum: 1 },
        reached: { $sum: whenTrue({ $in: ['$outcome', ['satisfied', 'unsatisfied']] }) },
        unreached: { $sum: whenTrue({ $eq: ['$outcome', 'unreached'] }) },
      },
    },
  ];
}

export function visitCountsOf(answered: Array<{ _id: Department } & Record<string, unknown>>): VisitCounts {
  const out: VisitCounts = { planned: 0, reached: 0, unreached: 0, byDepartment: {} };
  for (const row of answered) {
    const planned = count(row.planned);
    const reached = count(row.reached);
    out.planned += planned;
    out.reached += reached;
    out.unreached += count(row.unreached);
    out.byDepartment[row._id] = { planned, reached };
  }
  return out;
}

/** How many distinct units answered these surveys (collection `survey_answers`). */
export function surveyAnswerUnitsPipeline(surveyIds: string[]): Stage[] {
  return [
    { $match: { surveyId: { $in: surveyIds } } },
    { $group: { _id: { survey: '$surveyId', unit: '$unitId' } } },
    { $group: { _id: null, units: { $sum: 1 } } },
  ];
}
