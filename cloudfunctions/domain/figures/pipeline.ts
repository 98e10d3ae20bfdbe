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

const whenTrue = (condition: unknown) => ({ $cond: [condition, 1, 0] });
const stepField = (department: Department, what: keyof StepCounts) => `steps_${department}_${what}`;
/** Where the facts a request contributes are stored (domain/figures/facts.ts, written with it). */
const FACTS = '$figureFacts';

/**
 * The request figures of one community's month, summed from each request's stored facts, in one
 * `$group` by department × category × channel — and by the department whose running step is past
 * due at `asOf` (it counts as a missed step; `rowsOf` adds it and merges the rows). `satisfiedAbove`:
 * a rating above it is satisfied (the rating at or below which a request is sent back).
 */
export function requestFiguresPipeline(
  communityId: string,
  range: MonthRange,
  asOf: string,
  satisfiedAbove: number,
): Stage[] {
  const running = `${FACTS}.running`;
  const runningLate = {
    $and: [
      { $ne: [{ $ifNull: [`${running}.dueAt`, ''] }, ''] },
      { $or: [{ $eq: [`${running}.missed`, true] }, { $lt: [`${running}.dueAt`, asOf] }] },
    ],
  };
  const sum = (path: string) => ({ $sum: `${FACTS}.${path}` });
  const perDepartment = Object.fromEntries(
    DEPARTMENTS.flatMap((d) => [
      [stepField(d, 'done'), sum(`done.${d}`)],
      [stepField(d, 'onTime'), sum(`onTime.${d}`)],
    ]),
  );
  return [
    { $match: monthMatch(communityId, range) },
    {
      $group: {
        _id: {
          department: '$department',
          category: '$category',
          channel: '$channel',
          late: { $cond: [runningLate, `${running}.department`, ''] },
        },
        requests: { $sum: 1 },
        resolvedClosed: sum('resolvedClosed'),
        satisfiedClosed: {
          $sum: whenTrue({
            $and: [{ $eq: [`${FACTS}.resolvedClosed`, 1] }, { $gt: [`${FACTS}.score`, satisfiedAbove] }],
          }),
        },
        ratings: sum('ratings'),
        ratingSum: sum('ratingSum'),
        ratingsHigh: sum('ratingsHigh'),
        rated: sum('rated'),
        reprocessed: sum('reprocessed'),
        escalations: sum('escalations'),
        ...perDepartment,
      },
    },
  ];
}

/** A row as the request figures pipeline answers it. */
export type AnsweredRow = {
  _id: { department: Department; category: Category; channel: Channel; late?: Department | '' };
} & Record<string, unknown>;

const count = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

const COUNTED = [
  'requests',
  'resolvedClosed',
  'satisfiedClosed',
  'ratings',
  'ratingSum',
  'ratingsHigh',
  'rated',
  'reprocessed',
  'escalations',
] as const;

/** The answered rows as FigureRows, one per department × category × channel. */
export function rowsOf(answered: AnsweredRow[]): FigureRow[] {
  const rows = new Map<string, FigureRow>();
  for (const a of answered) {
    const { department, category, channel, late } = a._id;
    const key = `${department}|${category}|${channel}`;
    const row: FigureRow = rows.get(key) ?? {
      department,
      category,
      channel,
      ...(Object.fromEntries(COUNTED.map((name) => [name, 0])) as Record<(typeof COUNTED)[number], number>),
      steps: {},
    };
    for (const name of COUNTED) row[name] += count(a[name]);
    for (const d of DEPARTMENTS) {
      const done = count(a[stepField(d, 'done')]) + (late === d ? count(a.requests) : 0);
      if (done === 0) continue;
      const steps = row.steps[d] ?? { done: 0, onTime: 0 };
      row.steps[d] = { done: steps.done + done, onTime: steps.onTime + count(a[stepField(d, 'onTime')]) };
    }
    rows.set(key, row);
  }
  return [...rows.values()];
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
