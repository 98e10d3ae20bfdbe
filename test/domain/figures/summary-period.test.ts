// The complaint summary's period (policy 002 §4.9: ready before the 25th): the 21st of last month
// through the 20th, due once the 20th has ended.
import { latestClosedPeriod, summaryPeriod } from '../../../cloudfunctions/domain/figures/complaint-summary';
import { monthKpis } from '../../../cloudfunctions/domain/figures/kpis';

describe('summaryPeriod', () => {
  it('runs from the 21st of the month before through the 20th', () => {
    expect(summaryPeriod('2026-12')).toEqual({
      key: '2026-12',
      start: '2026-11-21T00:00:00.000+08:00',
      end: '2026-12-21T00:00:00.000+08:00',
      label: '2026年11月21日至2026年12月20日',
    });
  });

  it('crosses the year in January', () => {
    expect(summaryPeriod('2027-01').start).toBe('2026-12-21T00:00:00.000+08:00');
  });

  it('follows the closing day set', () => {
    expect(summaryPeriod('2026-12', { closingDay: 15 }).end).toBe('2026-12-16T00:00:00.000+08:00');
  });
});

describe('latestClosedPeriod', () => {
  it('is last month’s period until the 20th has ended in China', () => {
    expect(latestClosedPeriod(new Date('2026-12-20T23:59:00+08:00')).key).toBe('2026-11');
  });

  it('is this month’s from the 21st', () => {
    expect(latestClosedPeriod(new Date('2026-12-21T00:00:00+08:00')).key).toBe('2026-12');
  });
});

describe('visit coverage and survey response', () => {
  const set = {
    communityId: 'c',
    month: '2026-11',
    asOf: '2026-12-01T00:00:00.000+08:00',
    rows: [],
    visits: { planned: 4, reached: 3, unreached: 1, byDepartment: { engineering: { planned: 2, reached: 1 } } },
    surveys: { sent: 20, answered: 15 },
  };

  it('counts visits that reached the owner over visits planned, for the community and a department', () => {
    expect(monthKpis(set).visitCoverage).toEqual({ numerator: 3, denominator: 4, value: 0.75 });
    expect(monthKpis(set, 'engineering').visitCoverage.value).toBe(0.5);
    expect(monthKpis(set, 'security').visitCoverage.value).toBeNull();
  });

  it('counts questionnaires answered over sent, and none where there are no surveys', () => {
    expect(monthKpis(set).surveyResponse?.value).toBe(0.75);
    expect(monthKpis({ ...set, surveys: null }).surveyResponse).toBeNull();
  });
});
