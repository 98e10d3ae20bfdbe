// The KPIs of a month, computed from its figure set (counts.ts) alone: the same formulas for a live
// month and a kept one, for a community and for one department of it. Definitions: docs/figures.md.
import { CATEGORIES, CHANNELS, DEPARTMENTS } from '../model';
import type { Category, Channel, Department } from '../model';
import type { FigureRow, FigureSet, StepCounts } from './counts';

/** A share: numerator over denominator, null when nothing was counted (an empty month). */
export interface Ratio {
  numerator: number;
  denominator: number;
  value: number | null;
}

export const ratio = (numerator: number, denominator: number): Ratio => ({
  numerator,
  denominator,
  value: denominator > 0 ? numerator / denominator : null,
});

export interface Satisfaction {
  /** average rating, every round's rating counted */
  average: number | null;
  ratings: number;
  /** ratings of 4–5 over all ratings */
  highShare: Ratio;
  /** requests sent back at least once over requests rated */
  reprocessRate: Ratio;
}

/** The KPIs of a set of rows (a month, or one department or category of it). */
export interface Kpis {
  requests: number;
  /** steps done before their due time / steps done (沟通及时率) */
  timeliness: Ratio;
  /** closed and rated satisfied / closed after being resolved (问题处理成功率) */
  resolution: Ratio;
  satisfaction: Satisfaction;
  promisesMissed: number;
  escalations: number;
}

export interface MonthKpis extends Kpis {
  /** visits done with the owner reached / visits planned */
  visitCoverage: Ratio;
  /** questionnaires answered / sent; null where there are no surveys */
  surveyResponse: Ratio | null;
  byChannel: Array<{ channel: Channel; requests: number }>;
  byDepartment: Array<{ department: Department } & Kpis>;
  byCategory: Array<{ category: Category } & Kpis>;
}

const sum = (rows: FigureRow[], pick: (row: FigureRow) => number): number =>
  rows.reduce((total, row) => total + pick(row), 0);

function stepsOf(rows: FigureRow[], departments: readonly Department[]): StepCounts {
  let done = 0;
  let onTime = 0;
  for (const row of rows)
    for (const d of departments) {
      done += row.steps[d]?.done ?? 0;
      onTime += row.steps[d]?.onTime ?? 0;
    }
  return { done, onTime };
}

/**
 * The KPIs of `rows`. Steps are those owed by `stepDepartments` (a department's own steps, on
 * whichever request they were; every department's for a community).
 */
export function kpisOf(rows: FigureRow[], stepDepartments: readonly Department[] = DEPARTMENTS): Kpis {
  const steps = stepsOf(rows, stepDepartments);
  const ratings = sum(rows, (r) => r.ratings);
  return {
    requests: sum(rows, (r) => r.requests),
    timeliness: ratio(steps.onTime, steps.done),
    resolution: ratio(
      sum(rows, (r) => r.satisfiedClosed),
      sum(rows, (r) => r.resolvedClosed),
    ),
    satisfaction: {
      average: ratings > 0 ? sum(rows, (r) => r.ratingSum) / ratings : null,
      ratings,
      highShare: ratio(
        sum(rows, (r) => r.ratingsHigh),
        ratings,
      ),
      reprocessRate: ratio(
        sum(rows, (r) => r.reprocessed),
        sum(rows, (r) => r.rated),
      ),
    },
    promisesMissed: steps.done - steps.onTime,
    escalations: sum(rows, (r) => r.escalations),
  };
}

/**
 * A month's KPIs. With `department`, the department's view: the requests it holds, the steps it
 * owed (also on requests since passed on), the visits of its requests.
 */
export function monthKpis(set: FigureSet, department?: Department): MonthKpis {
  const rows = department ? set.rows.filter((r) => r.department === department) : set.rows;
  const stepDepartments = department ? [department] : DEPARTMENTS;
  const visits = department ? set.visits.byDepartment[department] : set.visits;
  const kpis = department ? { ...kpisOf(rows), ...stepKpis(set.rows, department) } : kpisOf(rows);
  return {
    ...kpis,
    visitCoverage: ratio(visits?.reached ?? 0, visits?.planned ?? 0),
    surveyResponse: set.surveys ? ratio(set.surveys.answered, set.surveys.sent) : null,
    byChannel: CHANNELS.map((channel) => ({
      channel,
      requests: sum(
        rows.filter((r) => r.channel === channel),
        (r) => r.requests,
      ),
    })).filter((c) => c.requests > 0),
    byDepartment: DEPARTMENTS.filter((d) => !department || d === department)
      .map((d) => ({
        department: d,
        ...kpisOf(
          set.rows.filter((r) => r.department === d),
          [d],
        ),
        ...stepKpis(set.rows, d),
      }))
      .filter((d) => d.requests > 0 || d.timeliness.denominator > 0),
    byCategory: CATEGORIES.map((category) => ({
      category,
      ...kpisOf(
        rows.filter((r) => r.category === category),
        stepDepartments,
      ),
    })).filter((c) => c.requests > 0),
  };
}

/** A department's steps are counted on every request of the month, held by it now or not. */
function stepKpis(rows: FigureRow[], department: Department): Pick<Kpis, 'timeliness' | 'promisesMissed'> {
  const steps = stepsOf(rows, [department]);
  return { timeliness: ratio(steps.onTime, steps.done), promisesMissed: steps.done - steps.onTime };
}
