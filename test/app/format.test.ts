import { formatDue, formatTime } from '../../src/utils/format';

describe('formatTime shows China Standard Time, whatever zone the device is set to', () => {
  test('an instant stored with +08:00 reads as its wall clock', () => {
    expect(formatTime('2026-11-22T21:42:00+08:00', new Date('2026-11-22T14:00:00Z'))).toBe('11月22日 21:42');
  });

  test('the same instant written in UTC reads the same', () => {
    expect(formatTime('2026-11-22T13:42:00Z', new Date('2026-11-22T14:00:00Z'))).toBe('11月22日 21:42');
  });

  test('the year is named when it is not this year in China', () => {
    // 17:00 UTC on 31 December is already 1 January in China
    expect(formatTime('2026-12-31T20:00:00+08:00', new Date('2026-12-31T17:00:00Z'))).toBe('2026年12月31日 20:00');
    expect(formatTime('2026-12-31T20:00:00+08:00', new Date('2026-12-31T15:00:00Z'))).toBe('12月31日 20:00');
  });
});

describe('formatDue', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  test('minutes, hours and days left', () => {
    expect(formatDue('2026-11-22T20:12:00+08:00', now)).toBe('剩余 12 分钟');
    expect(formatDue('2026-11-22T23:00:00+08:00', now)).toBe('剩余 3 小时');
    expect(formatDue('2026-11-25T20:00:00+08:00', now)).toBe('剩余 3 天');
  });
  test('late is said as late', () => {
    expect(formatDue('2026-11-22T19:55:00+08:00', now)).toBe('已超时 5 分钟');
  });
});
