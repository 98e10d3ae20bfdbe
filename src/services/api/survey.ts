// Surveys: the `survey` function's actions, for owners (mine, get, answer) and for the staff who
// run them (list, create, open, close, results, problems, toRequest).
import type { Page, TicketView } from '@domain/api';
import type { Category } from '@domain/model';
import type { ProblemAnswerView } from '@domain/surveys/answer-record';
import type { AnswerItem } from '@domain/surveys/answers';
import type { SurveyKind } from '@domain/surveys/definition';
import type { SurveyResults } from '@domain/surveys/results';
import type { OwnerSurveyView, SurveySummaryView } from '@domain/surveys/survey';
import { callCloud } from '../callCloud';

const call = <T>(action: string, payload: object = {}) => callCloud<T>('survey', { action, ...payload });

export const surveyApi = {
  mine: () => call<OwnerSurveyView[]>('mine'),
  get: (surveyId: string) => call<OwnerSurveyView>('get', { surveyId }),
  answer: (surveyId: string, answers: AnswerItem[]) => call<OwnerSurveyView>('answer', { surveyId, answers }),
  list: (input: { cursor?: string; limit?: number }) => call<Page<SurveySummaryView>>('list', input),
  create: (communityId: string, template: SurveyKind) => call<SurveySummaryView>('create', { communityId, template }),
  open: (surveyId: string) => call<SurveySummaryView>('open', { surveyId }),
  close: (surveyId: string) => call<SurveySummaryView>('close', { surveyId }),
  results: (surveyId: string) => call<{ survey: SurveySummaryView; results: SurveyResults }>('results', { surveyId }),
  problems: (surveyId: string, cursor?: string) =>
    call<Page<ProblemAnswerView>>('problems', { surveyId, limit: 20, ...(cursor ? { cursor } : {}) }),
  toRequest: (answerId: string, category?: Category) =>
    call<TicketView>('toRequest', { answerId, ...(category ? { category } : {}) }),
};

export const SURVEYS_ROOT = 'surveys';
export const surveyAnswerUrl = (surveyId: string) =>
  `/${SURVEYS_ROOT}/pages/answer/index?id=${encodeURIComponent(surveyId)}`;
