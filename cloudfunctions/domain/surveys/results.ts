// A survey's results from the counts the database aggregates: per question the distribution (and a
// rating's average), per building the units that answered against those reached, and the whole
// survey's response rate against its return target, with how many more units would meet it.
import { RATING_MAX, RATING_MIN } from './definition';
import type { Survey } from './survey';
import { reachedTotal } from './survey';

/** How many answers picked `pick` for question `q`; `*` counts the question's answers (a text's too). */
export interface PickTally {
  q: string;
  pick: string;
  n: number;
}

/** Per building: the distinct units that answered, and the answers. */
export interface BuildingTally {
  building: string;
  units: number;
  answers: number;
}

export interface ChoiceCount {
  key: string;
  label: string;
  count: number;
  /** of the question's answers */
  share: number;
}

export interface QuestionResult {
  id: string;
  title: string;
  kind: Survey['questions'][number]['kind'];
  answered: number;
  distribution: ChoiceCount[];
  average?: number;
}

export interface BuildingResult {
  building: string;
  reached: number;
  answeredUnits: number;
  rate: number;
}

export interface SurveyResults {
  reached: number;
  answeredUnits: number;
  answers: number;
  rate: number;
  target: number;
  met: boolean;
  /** target − rate, never below 0 */
  gap: number;
  /** more units that must answer to meet the target */
  unitsShort: number;
  questions: QuestionResult[];
  buildings: BuildingResult[];
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
const round = (value: number, places = 4) => Math.round(value * 10 ** places) / 10 ** places;

function questionResult(question: Survey['questions'][number], tallies: PickTally[]): QuestionResult {
  const mine = tallies.filter((t) => t.q === question.id);
  const count = (key: string | null) => mine.filter((t) => t.pick === key).reduce((sum, t) => sum + t.n, 0);
  const base = { id: question.id, title: question.title, kind: question.kind };
  const answered = count('*');
  if (question.kind === 'text') return { ...base, answered, distribution: [] };
  const choices =
    question.kind === 'rating'
      ? Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => {
          const score = String(RATING_MIN + i);
          return { key: score, label: `${score}分` };
        })
      : question.options.map((o) => ({ key: o.id, label: o.label }));
  const counted = choices.map((c) => ({ ...c, count: count(c.key) }));
  const distribution = counted.map((c) => ({ ...c, share: round(ratio(c.count, answered)) }));
  if (question.kind !== 'rating') return { ...base, answered, distribution };
  const total = counted.reduce((sum, c) => sum + Number(c.key) * c.count, 0);
  return { ...base, answered, distribution, ...(answered > 0 ? { average: round(total / answered, 2) } : {}) };
}

export function surveyResults(survey: Survey, picks: PickTally[], buildings: BuildingTally[]): SurveyResults {
  const reached = reachedTotal(survey);
  const byBuilding = new Map(buildings.map((b) => [b.building, b]));
  const answeredUnits = buildings.reduce((sum, b) => sum + b.units, 0);
  const answers = buildings.reduce((sum, b) => sum + b.answers, 0);
  const rate = ratio(answeredUnits, reached);
  const needed = Math.ceil(survey.returnTarget * reached - 1e-9);
  return {
    reached,
    answeredUnits,
    answers,
    rate: round(rate),
    target: survey.returnTarget,
    met: reached > 0 && answeredUnits >= needed,
    gap: round(Math.max(0, survey.returnTarget - rate)),
    unitsShort: Math.max(0, needed - answeredUnits),
    questions: survey.questions.map((q) => questionResult(q, picks)),
    buildings: (survey.reach ?? []).map((b) => {
      const answered = byBuilding.get(b.building)?.units ?? 0;
      return { building: b.building, reached: b.units, answeredUnits: answered, rate: round(ratio(answered, b.units)) };
    }),
  };
}
