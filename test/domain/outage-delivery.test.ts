import type { Announcement } from '../../cloudfunctions/domain/announcements';
import { publishNow, withdrawn } from '../../cloudfunctions/domain/announcements';
import {
  MAX_OUTAGE_TRIES,
  newDelivery,
  outageKindOf,
  outageMessageValues,
  tally,
  toDeliveryView,
  walkedBuildings,
} from '../../cloudfunctions/domain/outage-delivery';
import type { SendRecord } from '../../cloudfunctions/domain/subscription-ledger';

const NOW = new Date('2026-12-03T09:00:00+08:00'); // a Thursday

const anOutage = (overrides: Partial<Announcement> = {}): Announcement => ({
  id: 'a1',
  communityId: 'c1',
  kind: 'outage',
  title: '10栋、2栋停电通知',
  body: '线路检修',
  images: [],
  outage: { startAt: '2026-12-04T08:00:00.000+08:00', endAt: '2026-12-04T12:00:00.000+08:00' },
  audience: { all: false, buildings: ['10栋', '2栋'] },
  pinned: false,
  status: 'draft',
  authorOpenid: 'w',
  authorName: '卫群管',
  createdAt: '2026-12-03T08:00:00.000+08:00',
  updatedAt: '2026-12-03T08:00:00.000+08:00',
  version: 1,
  readCount: 0,
  readsByBuilding: {},
  readsByGroup: {},
  ...overrides,
});

const aRecord = (outcome: SendRecord['outcome'], tries = 1): Pick<SendRecord, 'openid' | 'outcome' | 'attempts'> => ({
  openid: 'o1',
  outcome,
  attempts: Array.from({ length: tries }, () => ({ at: NOW.toISOString(), outcome })),
});

describe('publishing an outage', () => {
  it('marks it for delivery, due now', () => {
    const published = publishNow(anOutage(), NOW);
    expect(published.delivery).toMatchObject({ state: 'delivering', cursor: { building: 0 }, retrying: [] });
    expect(published.deliveryDueAt).toBe('2026-12-03T09:00:00.000+08:00');
  });

  it('marks neither a notice nor an outage already over', () => {
    expect(publishNow(anOutage({ kind: 'notice', outage: undefined }), NOW).delivery).toBeUndefined();
    expect(publishNow(anOutage(), new Date('2026-12-04T12:00:00+08:00')).delivery).toBeUndefined();
  });

  it('is no longer due once withdrawn, and shows as stopped', () => {
    const gone = withdrawn(publishNow(anOutage(), NOW), NOW);
    expect(gone.deliveryDueAt).toBeUndefined();
    expect(toDeliveryView(gone)?.state).toBe('stopped');
  });
});

describe('the message', () => {
  it('names the utility cut from the words, the buildings in order, the window and the title', () => {
    expect(outageMessageValues(anOutage())).toEqual({
      kind: '停电',
      area: '2栋、10栋',
      start: '2026-12-04T08:00:00.000+08:00',
      end: '2026-12-04T12:00:00.000+08:00',
      note: '10栋、2栋停电通知',
    });
    expect(outageMessageValues(anOutage({ audience: { all: true, buildings: [] } })).area).toBe('全小区');
  });

  it.each([
    ['明日停水', '停水'],
    ['停水停电检修', '停水停电'],
    ['燃气管道检修，停水停电停气', '停水电气'],
    ['设备检修', '停水停电'],
  ])('calls %s %s', (text, kind) => expect(outageKindOf(text)).toBe(kind));

  it('walks the named buildings in natural order, the whole community as one', () => {
    expect(walkedBuildings(anOutage())).toEqual(['2栋', '10栋']);
    expect(walkedBuildings(anOutage({ audience: { all: true, buildings: [] } }))).toEqual([undefined]);
  });
});

describe('counting what became of a message', () => {
  const start = newDelivery(NOW);

  it('counts each final outcome', () => {
    expect(tally(start, aRecord('sent')).counts).toEqual({ sent: 1, noQuota: 0, refused: 0, failed: 0 });
    expect(tally(start, aRecord('no_quota')).counts.noQuota).toBe(1);
    expect(tally(start, aRecord('refused')).counts.refused).toBe(1);
    expect(tally(start, aRecord('invalid_field')).counts.failed).toBe(1);
  });

  it('keeps a transient failure for another try, and counts it failed after the last', () => {
    const waiting = tally(start, aRecord('failed'));
    expect(waiting.retrying).toEqual(['o1']);
    expect(waiting.counts.failed).toBe(0);
    const sent = tally(waiting, aRecord('sent', 2));
    expect(sent.retrying).toEqual([]);
    expect(sent.counts.sent).toBe(1);
    const givenUp = tally(waiting, aRecord('failed', MAX_OUTAGE_TRIES));
    expect(givenUp.retrying).toEqual([]);
    expect(givenUp.counts.failed).toBe(1);
  });
});
