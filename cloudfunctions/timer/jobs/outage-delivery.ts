// A published outage notice reaches the people of its buildings as the outage subscription message
// (domain/outage-delivery.ts). Each run walks the units a page at a time (index `community_place`),
// reads their people (index `unit`) and the records of messages already sent to them (one per
// person: another home, or an earlier run), sends the rest and writes its place on the
// announcement, so the next run goes on where this one stopped. When every unit is walked, a
// transient failure is tried again on later runs. A write that finds the announcement withdrawn
// stops the delivery.
// Database requests per page: the units, their memberships (1 per 1,000), the earlier records
// (1 per 1,000 people), the place written; per message, the spend and the record (sendSubscription).
import type { Announcement } from '../../domain/announcements';
import type { Membership } from '../../domain/household';
import type { Unit } from '../../domain/model';
import {
  finishedIfComplete,
  outageMessageKey,
  outageMessageValues,
  retryDue,
  tally,
  walkedBuildings,
} from '../../domain/outage-delivery';
import type { OutageDelivery } from '../../domain/outage-delivery';
import { sendRecordId } from '../../domain/subscription-ledger';
import type { SendRecord } from '../../domain/subscription-ledger';
import { chinaDay, tenancyOver } from '../../domain/binding';
import { toIso } from '../../domain/time';
import { READ_PAGE } from '../../server/repositories/cloud-places';
import type { Repositories } from '../../server/repositories/types';
import { sendSubscription } from '../../server/subscriptions/send';
import type { Job, JobContext, JobReport } from '../../server/timer-handler';

/** Announcements taken per run: more wait their turn (each may take the run's whole budget). */
const DUE_BATCH = 10;

interface Progress {
  delivery: OutageDelivery;
  sent: number;
  /** the write failed: withdrawn, or another run moved it on */
  stopped: boolean;
}

async function recordsOf(repos: Repositories, announcementId: string, openids: string[]): Promise<SendRecord[]> {
  const records: SendRecord[] = [];
  for (let i = 0; i < openids.length; i += READ_PAGE) {
    const ids = openids.slice(i, i + READ_PAGE).map((o) => sendRecordId(outageMessageKey(announcementId, o), o));
    records.push(...(await repos.subscriptions.sends(ids)));
  }
  return records;
}

/** The people each unit reaches, once each in the order of the walk (a tenancy that ended does not count). */
function peopleByUnit(units: Unit[], members: Membership[], now: Date): Map<string, string[]> {
  const today = chinaDay(now);
  const byUnit = new Map<string, string[]>(units.map((u) => [u.id, []]));
  for (const m of members) if (!tenancyOver(m, today)) byUnit.get(m.unitId)?.push(m.openid);
  return byUnit;
}

function nextBuilding(d: OutageDelivery, at: number, buildings: number, now: Date): OutageDelivery {
  const next = { ...d, cursor: { building: at + 1 } };
  return at + 1 >= buildings ? finishedIfComplete({ ...next, unitsDone: true }, now) : next;
}

export function outageDeliveryJob(options: { pageSize?: number } = {}): Job {
  const pageSize = options.pageSize ?? READ_PAGE;

  /** Writes the delivery; false when it was withdrawn or overtaken meanwhile. */
  const save = async (repos: Repositories, a: Announcement, p: Progress, next: OutageDelivery, now: Date) => {
    const written = { ...next, step: p.delivery.step + 1, updatedAt: toIso(now) };
    if (!(await repos.announcements.saveDelivery(a.id, p.delivery.step, written))) return { ...p, stopped: true };
    return { ...p, delivery: written };
  };

  /** One page of units: their people messaged unit by unit until the budget runs out. */
  async function walkPage(
    context: JobContext,
    a: Announcement,
    p: Progress,
    ran: { units: number },
  ): Promise<Progress> {
    const { repos, now, deadline } = context;
    const buildings = walkedBuildings(a);
    const { building: at, after } = p.delivery.cursor;
    if (at >= buildings.length)
      return save(repos, a, p, finishedIfComplete({ ...p.delivery, unitsDone: true }, now), now);

    const units = await repos.places.unitsAfter(a.communityId, buildings[at], after, pageSize);
    if (units.length === 0) return save(repos, a, p, nextBuilding(p.delivery, at, buildings.length, now), now);
    const people = peopleByUnit(units, await repos.homes.everyMembershipOf(units.map((u) => u.id)), now);
    const everyone = [...new Set([...people.values()].flat())];
    const earlier = new Set((await recordsOf(repos, a.id, everyone)).map((r) => r.openid));
    const values = outageMessageValues(a);

    let delivery = p.delivery;
    let sent = p.sent;
    let walked = 0;
    for (const unit of units) {
      // at least one unit a run, so a run always moves the walk on
      if (ran.units > 0 && Date.now() > deadline) break;
      for (const openid of people.get(unit.id) ?? []) {
        if (earlier.has(openid)) continue;
        earlier.add(openid);
        const record = await sendSubscription(
          repos,
          { key: outageMessageKey(a.id, openid), openid, template: 'outage_notice', values, now },
          { existing: null },
        );
        delivery = tally(delivery, record);
        if (record.outcome === 'sent') sent += 1;
      }
      delivery = {
        ...delivery,
        cursor: { building: at, after: { building: unit.building, entrance: unit.entrance, room: unit.room } },
      };
      ran.units += 1;
      walked += 1;
    }
    // a short page walked to its end ends its building
    if (walked === units.length && units.length < pageSize)
      delivery = nextBuilding(delivery, at, buildings.length, now);
    return save(repos, a, { ...p, sent }, delivery, now);
  }

  /** Every unit walked: the transient failures of earlier runs tried again. */
  async function retry(context: JobContext, a: Announcement, p: Progress): Promise<Progress> {
    const { repos, now } = context;
    const values = outageMessageValues(a);
    let delivery = p.delivery;
    let sent = p.sent;
    let changed = false;
    for (const record of await recordsOf(repos, a.id, p.delivery.retrying)) {
      if (record.outcome === 'failed' && !retryDue(record, now)) continue;
      changed = true;
      const next =
        record.outcome === 'failed'
          ? await sendSubscription(
              repos,
              { key: record.key, openid: record.openid, template: 'outage_notice', values, now },
              { existing: record },
            )
          : record;
      delivery = tally(delivery, next);
      if (next.outcome === 'sent') sent += 1;
    }
    return changed ? save(repos, a, { ...p, sent }, finishedIfComplete(delivery, now), now) : p;
  }

  return {
    name: 'outageDelivery',
    async run(context): Promise<JobReport> {
      const { repos, now, deadline } = context;
      const report = { messaged: 0, finished: 0, stopped: 0, unfinished: 0 };
      const ran = { units: 0 };
      for (const a of await repos.announcements.deliveryDue(toIso(now), DUE_BATCH)) {
        if (!a.delivery || a.status !== 'published') continue;
        let p: Progress = { delivery: a.delivery, sent: 0, stopped: false };
        while (!p.stopped && p.delivery.state === 'delivering' && !p.delivery.unitsDone) {
          if (ran.units > 0 && Date.now() > deadline) break;
          p = await walkPage(context, a, p, ran);
        }
        const retryNow = !p.stopped && p.delivery.unitsDone && p.delivery.retrying.length > 0;
        if (retryNow && (ran.units === 0 || Date.now() <= deadline)) p = await retry(context, a, p);
        report.messaged += p.sent;
        if (p.stopped) report.stopped += 1;
        else if (p.delivery.state === 'done') report.finished += 1;
        else report.unfinished += 1;
      }
      return report;
    },
  };
}
