import { checkAnswer, problemIn } from '../../cloudfunctions/domain/surveys/answers';
import { questionsSchema } from '../../cloudfunctions/domain/surveys/definition';
import type { Question } from '../../cloudfunctions/domain/surveys/definition';
import { surveyResults } from '../../cloudfunctions/domain/surveys/results';
import { drawSample } from '../../cloudfunctions/domain/surveys/sample';
import { monthOf, scheduledKinds } from '../../cloudfunctions/domain/surveys/schedule';
import { DEFAULT_SURVEY_SETTINGS, surveySettingsSchema } from '../../cloudfunctions/domain/surveys/settings';
import { newSurvey, openSurvey } from '../../cloudfunctions/domain/surveys/survey';
import { SURVEY_TEMPLATES } from '../../cloudfunctions/domain/surveys/templates';
import { errorOf } from './expect-error';

const QUESTIONS: Question[] = [
  { id: 'overall', kind: 'rating', title: '总体', required: true },
  {
    id: 'pick',
    kind: 'multiple',
    title: '改进',
    required: false,
    options: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
      { id: 'c', label: 'C' },
    ],
    min: 1,
    max: 2,
  },
  { id: 'words', kind: 'text', title: '意见', required: false, maxLength: 10 },
];

describe('survey definitions', () => {
  it('accepts both templates', () => {
    for (const template of Object.values(SURVEY_TEMPLATES))
      expect(questionsSchema.safeParse(template.questions).success).toBe(true);
  });

  it('refuses a multiple choice whose bounds do not fit its options, and duplicate ids', () => {
    const bad = { ...QUESTIONS[1], min: 2, max: 4 };
    expect(questionsSchema.safeParse([bad]).success).toBe(false);
    expect(questionsSchema.safeParse([QUESTIONS[0], QUESTIONS[0]]).success).toBe(false);
  });
});

describe('checkAnswer', () => {
  it('keeps the answer in question order, without unanswered optional questions', () => {
    expect(
      checkAnswer(QUESTIONS, [
        { q: 'words', text: '  电梯慢 ' },
        { q: 'overall', picks: ['3'] },
      ]),
    ).toEqual([
      { q: 'overall', picks: ['3'] },
      { q: 'words', text: '电梯慢' },
    ]);
  });

  it.each([
    [[], 'answers.overall'],
    [[{ q: 'overall', picks: ['0'] }], 'answers.overall'],
    [
      [
        { q: 'overall', picks: ['4'] },
        { q: 'pick', picks: ['a', 'b', 'c'] },
      ],
      'answers.pick',
    ],
    [
      [
        { q: 'overall', picks: ['4'] },
        { q: 'pick', picks: ['z'] },
      ],
      'answers.pick',
    ],
    [
      [
        { q: 'overall', picks: ['4'] },
        { q: 'words', text: '一二三四五六七八九十十一' },
      ],
      'answers.words',
    ],
  ])('refuses %j naming %s', (items, field) => {
    expect(errorOf(() => checkAnswer(QUESTIONS, items))).toEqual({ code: 'INVALID_INPUT', field });
  });
});

describe('problemIn', () => {
  it('raises a low rating and any text, and nothing else', () => {
    expect(problemIn(QUESTIONS, [{ q: 'overall', picks: ['4'] }], 2)).toBeUndefined();
    expect(
      problemIn(
        QUESTIONS,
        [
          { q: 'overall', picks: ['2'] },
          { q: 'words', text: '漏水' },
        ],
        2,
      ),
    ).toEqual({
      text: '「总体」评分2分；「意见」：漏水',
      lowRated: true,
    });
  });
});

describe('the schedule', () => {
  it('reads the month in China time: 2026-05-31T16:00Z is already June', () => {
    expect(monthOf(new Date('2026-05-31T16:00:00Z'))).toEqual({
      key: '2026-06',
      month: 6,
      start: '2026-06-01T00:00:00.000+08:00',
    });
  });

  it('opens the satisfaction survey in June and November and the opinion survey in its month', () => {
    expect(scheduledKinds(DEFAULT_SURVEY_SETTINGS, 6)).toEqual(['satisfaction']);
    expect(scheduledKinds(DEFAULT_SURVEY_SETTINGS, 11)).toEqual(['satisfaction']);
    expect(scheduledKinds(DEFAULT_SURVEY_SETTINGS, 3)).toEqual(['opinion']);
    expect(scheduledKinds(DEFAULT_SURVEY_SETTINGS, 7)).toEqual([]);
  });

  it('refuses settings below the policy: a sample under 15%, a return target under 75%', () => {
    const base = { ...DEFAULT_SURVEY_SETTINGS };
    expect(surveySettingsSchema.safeParse(base).success).toBe(true);
    expect(surveySettingsSchema.safeParse({ ...base, opinionSampleShare: 0.1 }).success).toBe(false);
    expect(surveySettingsSchema.safeParse({ ...base, returnTarget: 0.7 }).success).toBe(false);
  });
});

describe('drawSample', () => {
  const units = Array.from({ length: 23 }, (_, i) => ({ id: `u${i}`, building: i < 7 ? 'A' : 'B' }));

  it('picks at least the share of every building, the same again for the same seed', () => {
    const sample = drawSample('seed-1', 0.15, units);
    expect(sample.buildings.map((b) => b.picked.length)).toEqual([2, 3]); // ceil(1.05), ceil(2.4)
    expect(drawSample('seed-1', 0.15, [...units].reverse())).toEqual(sample);
    expect(drawSample('seed-2', 0.15, units).buildings).not.toEqual(sample.buildings);
  });
});

describe('surveyResults', () => {
  const draft = newSurvey(
    {
      id: 's1',
      communityId: 'c',
      communityName: '翠湖',
      kind: 'satisfaction',
      title: 't',
      questions: QUESTIONS,
      createdBy: { openid: 'a', name: 'a' },
    },
    DEFAULT_SURVEY_SETTINGS,
    new Date('2026-06-01T00:00:00+08:00'),
  );
  const survey = openSurvey(
    draft,
    {
      buildings: [
        { building: 'A', units: 4 },
        { building: 'B', units: 4 },
      ],
    },
    '2026-06-01T00:00:00.000+08:00',
  );

  it('gives the distribution, the average, the rate by building and the gap to the target', () => {
    const results = surveyResults(
      survey,
      [
        { q: 'overall', pick: '*', n: 3 },
        { q: 'overall', pick: '5', n: 2 },
        { q: 'overall', pick: '2', n: 1 },
        { q: 'pick', pick: '*', n: 2 },
        { q: 'pick', pick: 'a', n: 2 },
        { q: 'pick', pick: 'b', n: 1 },
      ],
      [
        { building: 'A', units: 2, answers: 2 },
        { building: 'B', units: 1, answers: 1 },
      ],
    );
    expect(results).toMatchObject({ reached: 8, answeredUnits: 3, rate: 0.375, met: false, gap: 0.375, unitsShort: 3 });
    expect(results.questions[0]).toMatchObject({ answered: 3, average: 4 });
    expect(results.questions[1].distribution.map((d) => [d.key, d.count, d.share])).toEqual([
      ['a', 2, 1],
      ['b', 1, 0.5],
      ['c', 0, 0],
    ]);
    expect(results.buildings).toEqual([
      { building: 'A', reached: 4, answeredUnits: 2, rate: 0.5 },
      { building: 'B', reached: 4, answeredUnits: 1, rate: 0.25 },
    ]);
  });
});
