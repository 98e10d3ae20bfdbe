// One owner's stored answer. Its id is derived from survey and owner, so the database's unique `_id`
// refuses a second answer, even two sent at the same moment.
import type { AnswerItem } from './answers';

export interface SurveyAnswer {
  /** answerId(surveyId, openid) (ids.ts) */
  id: string;
  surveyId: string;
  communityId: string;
  openid: string;
  name: string;
  /** the unit it counts for (one of the owner's units the survey reached) */
  unitId: string;
  unitLabel: string;
  building: string;
  items: AnswerItem[];
  answeredAt: string;
  /** the owner's phone, for the service desk that follows up */
  contactPhone?: string;
  /** a low rating or words for us: what the service desk reads */
  hasProblem: boolean;
  problem?: { text: string; lowRated: boolean };
  /** the request the service desk turned it into */
  ticket?: { id: string; number: string; at: string; by: string };
}

/** An answer that raised a problem, as the service desk reads it. */
export interface ProblemAnswerView {
  id: string;
  name: string;
  unitLabel: string;
  building: string;
  answeredAt: string;
  text: string;
  lowRated: boolean;
  hasPhone: boolean;
  ticket?: { id: string; number: string };
}

export const toProblemView = (a: SurveyAnswer): ProblemAnswerView => ({
  id: a.id,
  name: a.name,
  unitLabel: a.unitLabel,
  building: a.building,
  answeredAt: a.answeredAt,
  text: a.problem?.text ?? '',
  lowRated: a.problem?.lowRated ?? false,
  hasPhone: Boolean(a.contactPhone),
  ...(a.ticket ? { ticket: { id: a.ticket.id, number: a.ticket.number } } : {}),
});
