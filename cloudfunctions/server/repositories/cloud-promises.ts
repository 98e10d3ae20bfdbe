// The working calendar (`calendar`: one document per year, `_id` "2026", and `hours` for the working
// hours) and each community's promise policy (`promise_policies`, `_id` = communityId, only what
// admins set), over cloud.database().
import type { PromisePolicy } from '../../domain/promise-policy';
import type { CalendarYear, WorkingHours } from '../../domain/working-calendar';
import type { Database } from '../cloud';
import { COLLECTIONS, find } from './db';
import type { PromiseSettingsRepository, StoredCalendar } from './types';

const HOURS_ID = 'hours';

const plain = (value: object) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

export class CloudPromiseSettingsRepository implements PromiseSettingsRepository {
  constructor(private readonly db: Database) {}

  private get calendar() {
    return this.db.collection(COLLECTIONS.calendar);
  }

  /** One request: the asked years' documents and the working hours. */
  async calendarOf(years: number[]): Promise<StoredCalendar> {
    const _ = this.db.command;
    const docs = await find(
      this.calendar.where({ _id: _.in([HOURS_ID, ...years.map(String)]) }).limit(years.length + 1),
    );
    const hoursDoc = docs.find((d) => d._id === HOURS_ID);
    return {
      years: docs
        .filter((d) => d._id !== HOURS_ID)
        .map((d) => {
          const { _id: _ignored, updatedAt: _at, updatedBy: _by, ...year } = d;
          return year as unknown as CalendarYear;
        }),
      ...(hoursDoc ? { hours: { start: Number(hoursDoc.start), end: Number(hoursDoc.end) } } : {}),
    };
  }

  async saveYear(year: CalendarYear, at: string, by?: string): Promise<void> {
    await this.calendar
      .doc(String(year.year))
      .set({ data: plain({ ...year, updatedAt: at, ...(by ? { updatedBy: by } : {}) }) });
  }

  async saveHours(hours: WorkingHours, at: string, by: string): Promise<void> {
    await this.calendar.doc(HOURS_ID).set({ data: plain({ ...hours, updatedAt: at, updatedBy: by }) });
  }

  async policyOf(communityId: string): Promise<Partial<PromisePolicy> | null> {
    const [doc] = await find(this.db.collection(COLLECTIONS.promisePolicies).where({ _id: communityId }).limit(1));
    if (!doc) return null;
    const { _id: _ignored, updatedAt: _at, updatedBy: _by, ...policy } = doc;
    return policy as Partial<PromisePolicy>;
  }

  async savePolicy(communityId: string, policy: PromisePolicy, at: string, by: string): Promise<void> {
    await this.db
      .collection(COLLECTIONS.promisePolicies)
      .doc(communityId)
      .set({ data: plain({ ...policy, updatedAt: at, updatedBy: by }) });
  }
}
