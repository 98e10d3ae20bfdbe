// Return visits in the domain: the weekly sample rule, the weeks it draws, due times, attempts.
import {
  pickSample,
  previousWeek,
  sampleDue,
  sampleRank,
  sampleSize,
  weekOf,
} from '../../cloudfunctions/domain/visit-sample';
import type { SampleCandidate } from '../../cloudfunctions/domain/visit-sample';
import { recordVisitInput } from '../../cloudfunctions/domain/visit-schemas';
import {
  DEFAULT_VISIT_SETTINGS,
  newVisit,
  planVisitId,
  recordAttempt,
  sampleVisitId,
  visitDueAt,
} from '../../cloudfunctions/domain/visits';
import { aTicket, receptionist } from './builders';

const ids = (n: number, prefix = 't') => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(3, '0')}`);
const inCommunity = (communityId: string, list: string[]): SampleCandidate[] => list.map((id) => ({ id, communityId }));

describe('the weekly repair sample', () => {
  const candidates = [
    ...inCommunity('a', ids(50, 'a')),
    ...inCommunity('b', ids(7, 'b')),
    ...inCommunity('c', ids(1, 'c')),
  ];

  it('picks ceil(share × n) of each community, from its own requests', () => {
    const sample = pickSample('2026-11-16', 0.2, candidates);
    expect(sample.map((s) => [s.communityId, s.candidates.length, s.picked.length])).toEqual([
      ['a', 50, 10],
      ['b', 7, 2],
      ['c', 1, 1],
    ]);
    for (const s of sample) for (const id of s.picked) expect(id.startsWith(s.communityId)).toBe(true);
  });

  it('picks the lowest sha256 ranks, whatever order the candidates come in', () => {
    const [a] = pickSample('2026-11-16', 0.2, candidates);
    const ranked = ids(50, 'a').sort((x, y) => (sampleRank('2026-11-16', x) < sampleRank('2026-11-16', y) ? -1 : 1));
    expect(a?.picked).toEqual(ranked.slice(0, 10));
    const shuffled = [...candidates].reverse();
    expect(pickSample('2026-11-16', 0.2, shuffled)).toEqual(pickSample('2026-11-16', 0.2, candidates));
  });

  it('draws a different sample another week', () => {
    const [thisWeek] = pickSample('2026-11-16', 0.2, candidates);
    const [nextWeek] = pickSample('2026-11-23', 0.2, candidates);
    expect(nextWeek?.picked).toHaveLength(10);
    expect(nextWeek?.picked).not.toEqual(thisWeek?.picked);
  });

  it('follows the configured share: none, some, all', () => {
    expect(pickSample('2026-11-16', 0, candidates).map((s) => s.picked.length)).toEqual([0, 0, 0]);
    expect(pickSample('2026-11-16', 0.5, candidates).map((s) => s.picked.length)).toEqual([25, 4, 1]);
    expect(pickSample('2026-11-16', 1, candidates).map((s) => s.picked.length)).toEqual([50, 7, 1]);
    expect(sampleSize(0.2, 10)).toBe(2);
    expect(sampleSize(0.3, 10)).toBe(3);
  });
});

describe('the week a sample draws', () => {
  it('is Monday to Sunday in China time, keyed by its Monday', () => {
    // Sunday 23:30 in China is still the week of Monday the 16th; Monday 00:30 starts the next
    expect(weekOf(new Date('2026-11-22T23:30:00+08:00')).key).toBe('2026-11-16');
    expect(weekOf(new Date('2026-11-23T00:30:00+08:00'))).toEqual({
      key: '2026-11-23',
      start: '2026-11-23T00:00:00.000+08:00',
      end: '2026-11-30T00:00:00.000+08:00',
    });
    expect(previousWeek(new Date('2026-11-23T09:00:00+08:00')).key).toBe('2026-11-16');
    expect(previousWeek(new Date('2027-01-01T12:00:00+08:00')).key).toBe('2026-12-21');
  });

  it('is drawn from Monday 09:00 on', () => {
    expect(sampleDue(new Date('2026-11-23T08:59:00+08:00'))).toBe(false);
    expect(sampleDue(new Date('2026-11-23T09:00:00+08:00'))).toBe(true);
    expect(sampleDue(new Date('2026-11-25T03:00:00+08:00'))).toBe(true);
  });
});

describe('a visit task', () => {
  const at = '2026-11-22T15:01:00.000+08:00';

  it('is due within 24 hours after a redone repair and within the set days otherwise', () => {
    expect(visitDueAt('redo', at, DEFAULT_VISIT_SETTINGS)).toBe('2026-11-23T15:01:00.000+08:00');
    expect(visitDueAt('complaint', at, DEFAULT_VISIT_SETTINGS)).toBe('2026-11-25T15:01:00.000+08:00');
    expect(visitDueAt('sample', at, { ...DEFAULT_VISIT_SETTINGS, visitDueDays: 1 })).toBe(
      '2026-11-23T15:01:00.000+08:00',
    );
  });

  it('has an id made of what makes it unique, fit for a page cursor', () => {
    expect(planVisitId('t1:5:0')).toBe('plan_t1_5_0');
    expect(sampleVisitId('2026-11-16', 't1')).toBe('sample_2026-11-16_t1');
  });

  it('stays open while the owner is not reached, until the last attempt allowed', () => {
    const settings = { ...DEFAULT_VISIT_SETTINGS, maxAttempts: 2 };
    const visit = newVisit(aTicket({ status: 'closed' }), 'complaint', 'plan_t1_5_0', at, settings);
    const once = recordAttempt(visit, { reached: false, notes: '无人接听' }, receptionist(), at, settings);
    expect(once).toMatchObject({ state: 'open', version: 2, attempts: [{ reached: false, notes: '无人接听' }] });
    expect(once.outcome).toBeUndefined();
    const twice = recordAttempt(once, { reached: false }, receptionist(), at, settings);
    expect(twice).toMatchObject({ state: 'done', outcome: 'unreached', doneAt: at });
  });

  it('is done when the owner is reached, satisfied or not', () => {
    const visit = newVisit(aTicket({ status: 'closed' }), 'complaint', 'plan_t1_5_0', at, DEFAULT_VISIT_SETTINGS);
    const record = { reached: true, satisfied: false, notes: '水龙头又漏了' };
    expect(recordAttempt(visit, record, receptionist(), at, DEFAULT_VISIT_SETTINGS)).toMatchObject({
      state: 'done',
      outcome: 'unsatisfied',
      attempts: [{ reached: true, satisfied: false, visitor: { openid: 'demo-receptionist' } }],
    });
    expect(
      recordAttempt(visit, { reached: true, satisfied: true }, receptionist(), at, DEFAULT_VISIT_SETTINGS).outcome,
    ).toBe('satisfied');
  });
});

describe('the visit form', () => {
  const parse = (input: object) => recordVisitInput.safeParse({ visitId: 'plan_t1_5_0', ...input });
  const messageOf = (input: object) => {
    const parsed = parse(input);
    return parsed.success ? '' : parsed.error.issues[0]?.message;
  };

  it('asks whether the owner was satisfied once reached, and why not', () => {
    expect(messageOf({ reached: true })).toBe('请选择业主是否满意');
    expect(messageOf({ reached: true, satisfied: false })).toBe('请填写业主不满意的原因');
    expect(messageOf({ reached: false, satisfied: true })).toBe('未联系上业主时不能填写满意度');
    expect(messageOf({})).toBe('请选择是否联系上业主');
    expect(parse({ reached: true, satisfied: false, notes: '  还是漏水 ' }).data?.notes).toBe('还是漏水');
    expect(parse({ reached: false, notes: '' }).success).toBe(true);
  });
});
