// What a request contributes to the month's figures, worked out once when it is written and stored
// beside it (`figureFacts`), so the month's aggregate only sums fields instead of walking every
// request's timeline and promises. The definitions are those of docs/figures.md.
import type { Department, Ticket } from '../model';

export interface FigureFacts {
  /** resolved, then closed (praise aside): 1 or 0 */
  resolvedClosed: number;
  /** the current rating, for "satisfied" (above the setting's threshold, read at count time) */
  score?: number;
  /** every round's rating */
  ratings: number;
  ratingSum: number;
  /** ratings of 4–5 */
  ratingsHigh: number;
  /** 1 when rated at least once */
  rated: number;
  reprocessed: number;
  escalations: number;
  /** ended steps (a hand-over's cancelled ones aside), by the department that owed them */
  done: Partial<Record<Department, number>>;
  onTime: Partial<Record<Department, number>>;
  /** the running step: counted as done and missed once past due at count time */
  running?: { department: Department; dueAt: string; missed: boolean };
}

const add = (counts: Partial<Record<Department, number>>, department: Department) => {
  counts[department] = (counts[department] ?? 0) + 1;
};

export function figureFactsOf(ticket: Ticket): FigureFacts {
  const ratings = ticket.timeline.flatMap((e) =>
    e.kind === 'rated' && typeof e.rating === 'number' ? [e.rating] : [],
  );
  const done: FigureFacts['done'] = {};
  const onTime: FigureFacts['onTime'] = {};
  for (const p of ticket.promises ?? []) {
    if (p.outcome === 'cancelled') continue;
    const department = p.department ?? ticket.department;
    add(done, department);
    if (p.outcome === 'hit') add(onTime, department);
  }
  const sla = ticket.sla;
  return {
    resolvedClosed: ticket.status === 'closed' && ticket.resolution?.at && ticket.category !== 'praise' ? 1 : 0,
    ...(ticket.rating ? { score: ticket.rating.score } : {}),
    ratings: ratings.length,
    ratingSum: ratings.reduce((sum, r) => sum + r, 0),
    ratingsHigh: ratings.filter((r) => r >= 4).length,
    rated: ratings.length > 0 ? 1 : 0,
    reprocessed: (ticket.reprocessCount ?? 0) > 0 ? 1 : 0,
    escalations: ticket.timeline.filter((e) => e.kind === 'escalated').length,
    done,
    onTime,
    ...(sla?.dueAt
      ? { running: { department: sla.department ?? ticket.department, dueAt: sla.dueAt, missed: sla.missed === true } }
      : {}),
  };
}
