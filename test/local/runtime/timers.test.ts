import { nextRun, parseCloudCron } from '../../../local/runtime/timers';
import { startTestCloud } from './support';
import type { TestCloud } from './support';

describe('timer triggers', () => {
  describe('when the runtime runs with timers on', () => {
    let t: TestCloud;
    beforeAll(async () => {
      t = await startTestCloud({ timers: true });
    });
    afterAll(() => t.close());

    it("fires an every-second trigger on schedule, without a caller, with the cloud's timer event", async () => {
      const deadline = Date.now() + 4000;
      while (t.cloud.database.documents('ticks').length < 2 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
      }
      const ticks = t.cloud.database.documents('ticks');
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks[0]).toMatchObject({ type: 'Timer', trigger: 'everySecond', openid: null, source: 'wx_trigger' });
      expect(t.cloud.timerRuns()[0]).toMatchObject({ functionName: 'ticker', triggerName: 'everySecond', ok: true });
    });
  });

  describe('when timers are off (the default)', () => {
    let t: TestCloud;
    beforeAll(async () => {
      t = await startTestCloud();
    });
    afterAll(() => t.close());

    it('does not fire by itself, but runTimer runs the trigger now', async () => {
      await new Promise((r) => setTimeout(r, 1100));
      expect(t.cloud.database.documents('ticks')).toHaveLength(0);
      const result = (await t.cloud.runTimer('ticker')) as { ticked: string };
      expect(Date.parse(result.ticked)).not.toBeNaN();
      expect(t.cloud.database.documents('ticks')).toHaveLength(1);
    });

    it('refuses runTimer for a function without a trigger', async () => {
      await expect(t.cloud.runTimer('whoami')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    });
  });

  describe('parseCloudCron', () => {
    it('takes the 7-field expression and checks the year itself', () => {
      const cron = parseCloudCron('0 0 2 * * * 2026-2027');
      expect(cron.sixFields).toBe('0 0 2 * * *');
      expect([2025, 2026, 2027, 2028].map(cron.yearMatches)).toEqual([false, true, true, false]);
      expect(cron.hasYearFrom(2028)).toBe(false);
    });

    it("accepts the week names and steps of the cloud's examples", () => {
      expect(() => parseCloudCron('0 15 10 * * MON-FRI *')).not.toThrow();
      expect(() => parseCloudCron('*/5 * * * * * *')).not.toThrow();
      expect(parseCloudCron('0 0 0 1 1 * 2030/2').yearMatches(2032)).toBe(true);
    });

    it('reads the expression in UTC+8, as the cloud does: 02:00 is 18:00 UTC the day before', () => {
      const after = new Date('2026-03-01T00:00:00Z');
      expect(nextRun('0 0 2 * * * *', after)?.toISOString()).toBe('2026-03-01T18:00:00.000Z');
      // Monday 09:30 in China is Monday 01:30 UTC
      expect(nextRun('0 30 9 * * MON *', after)?.toISOString()).toBe('2026-03-02T01:30:00.000Z');
      // New Year's midnight in China is still the old year in UTC
      expect(nextRun('0 0 0 1 1 * *', after)?.toISOString()).toBe('2026-12-31T16:00:00.000Z');
    });

    it('honours the year field when computing the next run, and answers null once no year is left', () => {
      const after = new Date('2026-03-01T00:00:00Z');
      expect(nextRun('0 0 2 1 * * 2027', after)?.toISOString()).toBe('2026-12-31T18:00:00.000Z');
      expect(nextRun('0 0 2 * * * 2025', after)).toBeNull();
    });

    it('refuses 6-field and malformed expressions with INVALID_CONFIG', () => {
      expect(() => parseCloudCron('0 0 2 * * *')).toThrow(expect.objectContaining({ code: 'INVALID_CONFIG' }));
      expect(() => parseCloudCron('0 0 25 * * * *')).toThrow(expect.objectContaining({ code: 'INVALID_CONFIG' }));
      expect(() => parseCloudCron('0 0 2 * * * 1969')).toThrow(expect.objectContaining({ code: 'INVALID_CONFIG' }));
    });
  });
});
