// Surveys, their samples, answers and each community's survey settings over cloud.database().
// An answer's `_id` is derived from survey and owner (domain/surveys/ids.ts): the second insert of
// the same pair is refused by the database itself.
import type { Page } from '../../domain/api';
import { conflict } from '../../domain/errors';
import type { Membership } from '../../domain/household';
import type { SurveyAnswer } from '../../domain/surveys/answer-record';
import type { BuildingTally, PickTally } from '../../domain/surveys/results';
import type { SurveySample } from '../../domain/surveys/sample';
import type { SurveySettings } from '../../domain/surveys/settings';
import type { Survey, SurveyStatus } from '../../domain/surveys/survey';
import type { Database } from '../cloud';
import { decodeCursor, encodeCursor } from './cursor';
import { COLLECTIONS, find, fromStored, isDuplicateKey, toStored, updated } from './db';
import type { PageRequest, SurveyRepository } from './types';

export const SURVEY_COLLECTIONS = {
  surveys: 'surveys',
  samples: 'survey_samples',
  answers: 'survey_answers',
  settings: 'survey_settings',
} as const;

/** Most communities one settings read covers (the company's whole list). */
const MAX_SETTINGS = 1000;
/** Most groups an aggregate answers: questions × choices, or buildings. */
const MAX_GROUPS = 1000;

export class CloudSurveyRepository implements SurveyRepository {
  constructor(private readonly db: Database) {}

  private get surveys() {
    return this.db.collection(SURVEY_COLLECTIONS.surveys);
  }

  private get answers() {
    return this.db.collection(SURVEY_COLLECTIONS.answers);
  }

  async get(id: string): Promise<Survey | null> {
    const [doc] = await find(this.surveys.where({ _id: id }).limit(1));
    return doc ? fromStored<Survey>(doc) : null;
  }

  async existing(ids: string[]): Promise<Map<string, SurveyStatus>> {
    if (ids.length === 0) return new Map();
    const _ = this.db.command;
    const docs = await find(
      this.surveys
        .where({ _id: _.in(ids) })
        .limit(ids.length)
        .field({ _id: true, status: true }),
    );
    return new Map(docs.map((d) => [d._id, d.status as SurveyStatus]));
  }

  async create(survey: Survey): Promise<'created' | 'exists'> {
    try {
      await this.surveys.add({ data: toStored(survey) });
      return 'created';
    } catch (error) {
      if (isDuplicateKey(error)) return 'exists';
      throw error;
    }
  }

  async save(before: Survey, after: Survey): Promise<void> {
    const { _id, ...doc } = toStored(after);
    void _id;
    const _ = this.db.command;
    // fields the new version no longer has (timerAt once closed) are removed
    const removed = Object.fromEntries(
      Object.keys(toStored(before))
        .filter((key) => key !== '_id' && !(key in doc))
        .map((key) => [key, _.remove()]),
    );
    const n = await updated(this.surveys.where({ _id: before.id, version: before.version }), {
      ...doc,
      ...removed,
    });
    if (n === 0) throw conflict('问卷刚被他人更新，请刷新后重试');
  }

  async list(communityIds: string[] | 'all', page: PageRequest): Promise<Page<Survey>> {
    const _ = this.db.command;
    const scope = communityIds === 'all' ? {} : { communityId: _.in(communityIds) };
    const where = page.cursor
      ? (() => {
          const after = decodeCursor('createdAt', page.cursor);
          return _.and(scope, _.or({ createdAt: _.lt(after.value) }, { createdAt: after.value, _id: _.lt(after.id) }));
        })()
      : scope;
    const docs = await find(
      this.surveys
        .where(where)
        .orderBy('createdAt', 'desc')
        .orderBy('_id', 'desc')
        .limit(page.limit + 1)
        .field({ sampledUnits: false, questions: false }),
    );
    const items = docs.slice(0, page.limit).map((doc) => fromStored<Survey>({ questions: [], ...doc }));
    const last = items[items.length - 1];
    return {
      items,
      ...(docs.length > page.limit && last
        ? { nextCursor: encodeCursor('createdAt', { value: last.createdAt, id: last.id }) }
        : {}),
    };
  }

  async openIn(communityIds: string[], limit: number): Promise<Survey[]> {
    if (communityIds.length === 0) return [];
    const _ = this.db.command;
    const docs = await find(
      this.surveys
        .where({ communityId: _.in(communityIds), status: 'open' })
        .orderBy('closesAt', 'asc')
        .limit(limit),
    );
    return docs.map((doc) => fromStored<Survey>(doc));
  }

  async timerDue(nowIso: string, limit: number): Promise<Survey[]> {
    const _ = this.db.command;
    const docs = await find(
      this.surveys
        .where({ timerAt: _.lte(nowIso) })
        .orderBy('timerAt', 'asc')
        .limit(limit),
    );
    return docs.map((doc) => fromStored<Survey>(doc));
  }

  async recordSample(surveyId: string, sample: SurveySample, at: string): Promise<void> {
    try {
      await this.db.collection(SURVEY_COLLECTIONS.samples).add({ data: { _id: surveyId, ...sample, at } });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }

  async sample(surveyId: string): Promise<(SurveySample & { at: string }) | null> {
    const [doc] = await find(this.db.collection(SURVEY_COLLECTIONS.samples).where({ _id: surveyId }).limit(1));
    if (!doc) return null;
    const { _id, ...sample } = doc;
    void _id;
    return sample as unknown as SurveySample & { at: string };
  }

  async membersOf(communityId: string, after: string | undefined, limit: number): Promise<Membership[]> {
    const _ = this.db.command;
    const docs = await find(
      this.db
        .collection(COLLECTIONS.memberships)
        .where({ communityId, ...(after ? { _id: _.gt(after) } : {}) })
        .orderBy('_id', 'asc')
        .limit(limit),
    );
    return docs.map((doc) => fromStored<Membership>(doc));
  }

  async addAnswer(answer: SurveyAnswer): Promise<'added' | 'duplicate'> {
    try {
      await this.answers.add({ data: toStored(answer) });
      return 'added';
    } catch (error) {
      if (isDuplicateKey(error)) return 'duplicate';
      throw error;
    }
  }

  async answer(id: string): Promise<SurveyAnswer | null> {
    const [doc] = await find(this.answers.where({ _id: id }).limit(1));
    return doc ? fromStored<SurveyAnswer>(doc) : null;
  }

  async answeredAt(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const _ = this.db.command;
    const docs = await find(
      this.answers
        .where({ _id: _.in(ids) })
        .limit(ids.length)
        .field({ _id: true, answeredAt: true }),
    );
    return new Map(docs.map((d) => [d._id, String(d.answeredAt)]));
  }

  async problems(surveyId: string, page: PageRequest): Promise<Page<SurveyAnswer>> {
    const _ = this.db.command;
    const mine = { surveyId, hasProblem: true };
    const where = page.cursor
      ? (() => {
          const after = decodeCursor('answeredAt', page.cursor);
          return _.and(mine, _.or({ answeredAt: _.lt(after.value) }, { answeredAt: after.value, _id: _.lt(after.id) }));
        })()
      : mine;
    const docs = await find(
      this.answers
        .where(where)
        .orderBy('answeredAt', 'desc')
        .orderBy('_id', 'desc')
        .limit(page.limit + 1),
    );
    const items = docs.slice(0, page.limit).map((doc) => fromStored<SurveyAnswer>(doc));
    const last = items[items.length - 1];
    return {
      items,
      ...(docs.length > page.limit && last
        ? { nextCursor: encodeCursor('answeredAt', { value: last.answeredAt, id: last.id }) }
        : {}),
    };
  }

  async pickTallies(surveyId: string): Promise<PickTally[]> {
    const $ = this.db.command.aggregate;
    const result = (await this.answers
      .aggregate()
      .match({ surveyId })
      .project({ items: true })
      .unwind('$items')
      .project({ q: '$items.q', picks: $.concatArrays([['*'], $.ifNull(['$items.picks', []])]) })
      .unwind('$picks')
      .group({ _id: { q: '$q', pick: '$picks' }, n: $.sum(1) })
      .limit(MAX_GROUPS)
      .end()) as { list: Array<{ _id: { q: string; pick: string }; n: number }> };
    return result.list.map((row) => ({ q: row._id.q, pick: row._id.pick, n: row.n }));
  }

  async buildingTallies(surveyId: string): Promise<BuildingTally[]> {
    const $ = this.db.command.aggregate;
    const result = (await this.answers
      .aggregate()
      .match({ surveyId })
      .group({ _id: { building: '$building', unit: '$unitId' }, n: $.sum(1) })
      .group({ _id: '$_id.building', units: $.sum(1), answers: $.sum('$n') })
      .limit(MAX_GROUPS)
      .end()) as { list: Array<{ _id: string; units: number; answers: number }> };
    return result.list.map((row) => ({ building: row._id, units: row.units, answers: row.answers }));
  }

  async markRequest(answerId: string, ticket: NonNullable<SurveyAnswer['ticket']>): Promise<boolean> {
    const _ = this.db.command;
    return (await updated(this.answers.where({ _id: answerId, 'ticket.id': _.exists(false) }), { ticket })) > 0;
  }

  async settingsOf(communityId: string): Promise<Partial<SurveySettings> | null> {
    const [doc] = await find(this.db.collection(SURVEY_COLLECTIONS.settings).where({ _id: communityId }).limit(1));
    if (!doc) return null;
    const { _id, updatedAt, updatedBy, ...settings } = doc;
    void _id;
    void updatedAt;
    void updatedBy;
    return settings as Partial<SurveySettings>;
  }

  async allSettings(): Promise<Map<string, Partial<SurveySettings>>> {
    const docs = await find(this.db.collection(SURVEY_COLLECTIONS.settings).where({}).limit(MAX_SETTINGS));
    return new Map(
      docs.map(({ _id, updatedAt, updatedBy, ...settings }) => {
        void updatedAt;
        void updatedBy;
        return [_id, settings as Partial<SurveySettings>];
      }),
    );
  }

  async saveSettings(communityId: string, settings: SurveySettings, at: string, by: string): Promise<void> {
    await this.db
      .collection(SURVEY_COLLECTIONS.settings)
      .doc(communityId)
      .set({ data: { ...settings, updatedAt: at, updatedBy: by } });
  }
}
