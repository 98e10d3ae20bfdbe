// Whose work a rating or praise is credited to. A rating belongs to the round it rated and to the
// staff member who resolved that round (a transfer or reassignment after the resolve moves
// nothing); praise belongs to the staff member quality credited it to.
import type { Category, Ticket, TimelineEntry, TimelineKind } from './model';

/** The entries that end a round with an answer the owner then rates. */
const RESOLVING: readonly TimelineKind[] = ['resolved', 'answered', 'declined'];

export interface Credit {
  /** `<ticketId>_<entryId>`: one credit per rating or praise, so writing it again changes nothing */
  id: string;
  kind: 'rating' | 'praise';
  staffOpenid: string;
  staffName: string;
  /** a rating's score, 1–5 */
  score?: number;
  /** the round rated: 1, then one more after each reopening */
  round: number;
  ticketId: string;
  number: string;
  communityId: string;
  category: Category;
  /** when the owner rated it, or quality credited the praise */
  at: string;
}

type CreditSource = Pick<Ticket, 'id' | 'number' | 'communityId' | 'category' | 'timeline' | 'creditedTo'>;

/** Every credit a request has earned so far, in timeline order. */
export function creditsOf(ticket: CreditSource): Credit[] {
  const credits: Credit[] = [];
  let round = 1;
  let resolver: TimelineEntry['actor'] | undefined;
  const base = (entry: TimelineEntry) => ({
    id: `${ticket.id}_${entry.id}`,
    round,
    ticketId: ticket.id,
    number: ticket.number,
    communityId: ticket.communityId,
    category: ticket.category,
    at: entry.at,
  });
  for (const entry of ticket.timeline) {
    if (RESOLVING.includes(entry.kind) && entry.actor.role !== 'owner') resolver = entry.actor;
    else if (entry.kind === 'rated' && entry.rating !== undefined && resolver)
      credits.push({
        ...base(entry),
        kind: 'rating',
        staffOpenid: resolver.openid,
        staffName: resolver.name,
        score: entry.rating,
      });
    else if (entry.kind === 'credited' && ticket.creditedTo)
      credits.push({
        ...base(entry),
        kind: 'praise',
        staffOpenid: ticket.creditedTo.openid,
        staffName: ticket.creditedTo.name,
      });
    if (entry.kind === 'reopened') {
      round += 1;
      resolver = undefined;
    }
  }
  return credits;
}

/** A staff member's record in figures: ratings credited, their average, the share of 4–5, praise. */
export interface CreditSummary {
  ratings: number;
  /** average score, one decimal; absent with no rating */
  average?: number;
  /** share of ratings of 4 or 5, in percent, rounded; absent with no rating */
  satisfiedPercent?: number;
  praise: number;
}

export function summariseCredits(totals: { ratings: number; scoreSum: number; satisfied: number; praise: number }) {
  const summary: CreditSummary = { ratings: totals.ratings, praise: totals.praise };
  if (totals.ratings > 0) {
    summary.average = Math.round((totals.scoreSum / totals.ratings) * 10) / 10;
    summary.satisfiedPercent = Math.round((totals.satisfied / totals.ratings) * 100);
  }
  return summary;
}
