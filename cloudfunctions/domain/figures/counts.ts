// What the database counts for a month's figures, in the shape its aggregate answers: one row per
// department × category × channel of the requests filed that month, and the counts of the other
// figure sets (return visits, surveys). The KPIs (kpis.ts) are computed from these alone.
import type { Category, Channel, Department } from '../model';

/** The steps a department owed, whichever department holds the request now. */
export interface StepCounts {
  /** steps done or past due: ended `hit` or `missed`, or still running past their due time */
  done: number;
  /** of those, done before their due time (`hit`) */
  onTime: number;
}

export interface FigureRow {
  department: Department;
  category: Category;
  channel: Channel;
  /** requests filed */
  requests: number;
  /** closed after being resolved (praise aside): the resolution rate's denominator */
  resolvedClosed: number;
  /** of those, closed with a satisfied rating (above the rating that sends a request back) */
  satisfiedClosed: number;
  /** ratings given, every round (a request sent back and rated again counts twice) */
  ratings: number;
  ratingSum: number;
  /** ratings of 4 or 5 */
  ratingsHigh: number;
  /** requests rated at least once */
  rated: number;
  /** requests an unsatisfied owner sent back at least once */
  reprocessed: number;
  /** escalations (each level reached counts once) */
  escalations: number;
  /** steps by the department that owed them */
  steps: Partial<Record<Department, StepCounts>>;
}

/** Return visits planned in the month. */
export interface VisitCounts {
  planned: number;
  /** done with the owner reached (satisfied or not) */
  reached: number;
  /** done without reaching the owner after every attempt */
  unreached: number;
  byDepartment: Partial<Record<Department, { planned: number; reached: number }>>;
}

/** The surveys opened in the month: the units they reached (`sent`) and the units that answered;
 * absent where none was opened. */
export interface SurveyCounts {
  sent: number;
  answered: number;
}

/** A month's figure set: what a snapshot keeps, and what a live month computes. */
export interface FigureSet {
  communityId: string;
  month: string;
  /** when it was counted */
  asOf: string;
  rows: FigureRow[];
  visits: VisitCounts;
  surveys: SurveyCounts | null;
}

export const NO_VISITS: VisitCounts = { planned: 0, reached: 0, unreached: 0, byDepartment: {} };
