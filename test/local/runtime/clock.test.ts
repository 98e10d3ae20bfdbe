import * as http from 'http';
import { startTestCloud } from './support';
import type { TestCloud } from './support';

const HOUR = 3600_000;

/** A raw request, so that the Host header can be anything. */
function request(
  url: string,
  method: string,
  path: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the dev clock', () => {
  describe('on LocalCloud', () => {
    let t: TestCloud;
    beforeEach(async () => {
      t = await startTestCloud();
    });
    afterEach(() => t.close());

    it('sets the time functions see in Date and in serverDate, and time runs on from there', async () => {
      const set = t.cloud.clock.set('2026-10-08T09:00:00+08:00');
      expect(set.toISOString()).toBe('2026-10-08T01:00:00.000Z');
      // the ticker function stamps its event Time from Date and stores it in the database
      const result = (await t.cloud.runTimer('ticker')) as { ticked: string };
      const ticked = Date.parse(result.ticked);
      expect(ticked).toBeGreaterThanOrEqual(set.getTime());
      expect(ticked - set.getTime()).toBeLessThan(5000);
      // the clock function answers its own new Date() and a serverDate the database wrote
      const seen = (await t.cloud.invoke('clock', {}, { openid: 'clock-1' })) as { now: string; serverDate: string };
      expect(Date.parse(seen.now) - set.getTime()).toBeLessThan(5000);
      expect(Date.parse(seen.serverDate) - set.getTime()).toBeLessThan(5000);
      expect(Date.parse(seen.serverDate)).toBeGreaterThanOrEqual(set.getTime());
      // and time advances from the set instant
      await new Promise((r) => setTimeout(r, 30));
      expect(t.cloud.clock.now().getTime()).toBeGreaterThan(set.getTime());
    });

    it('advances by minutes, resets to the real time, and is real again after close', async () => {
      const real = Date.now();
      const later = t.cloud.clock.advance(90);
      expect(later.getTime() - real).toBeGreaterThanOrEqual(90 * 60_000);
      expect(later.getTime() - real).toBeLessThan(90 * 60_000 + 5000);
      expect(Date.now() - real).toBeGreaterThanOrEqual(90 * 60_000);
      t.cloud.clock.reset();
      expect(Math.abs(Date.now() - real)).toBeLessThan(5000);
      t.cloud.clock.set('2030-01-01T00:00:00Z');
      expect(new Date().getUTCFullYear()).toBe(2030);
      await t.close();
      expect(new Date().getUTCFullYear()).toBeLessThan(2030);
      t = await startTestCloud(); // for afterEach
    });

    it('refuses a time without a zone, a bad date and minutes that are not a number', () => {
      for (const bad of ['2026-10-08T09:00:00', '2026-10-08', 'tomorrow', '2026-13-40T09:00:00Z']) {
        expect(() => t.cloud.clock.set(bad)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
      }
      expect(() => t.cloud.clock.advance(Number.NaN)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
      expect(() => t.cloud.clock.advance('5' as unknown as number)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
      expect(Math.abs(t.cloud.clock.now().getTime() - Date.now())).toBeLessThan(1000);
    });
  });

  describe('through the gateway in dev mode', () => {
    let t: TestCloud;
    let url: string;
    beforeAll(async () => {
      t = await startTestCloud({ devRoutes: true });
      ({ url } = await t.cloud.listen(0));
    });
    afterAll(() => t.close());
    afterEach(() => t.cloud.clock.reset());

    const post = (path: string, body: unknown) =>
      request(url, 'POST', path, typeof body === 'string' ? body : JSON.stringify(body), {
        'content-type': 'application/json',
      });

    it('GET /dev/clock answers the time; POST sets it or advances it', async () => {
      const before = await request(url, 'GET', '/dev/clock');
      expect(before.status).toBe(200);
      expect(Math.abs(Date.parse(before.body.now as string) - Date.now())).toBeLessThan(5000);

      const set = await post('/dev/clock', { now: '2026-10-08T09:00:00+08:00' });
      expect(set).toEqual({ status: 200, body: { now: expect.stringMatching(/^2026-10-08T01:00:0/) } });
      const advanced = await post('/dev/clock', { advanceMinutes: 90 });
      expect(advanced.status).toBe(200);
      expect(advanced.body.now).toMatch(/^2026-10-08T02:30:0/);
      const read = await request(url, 'GET', '/dev/clock');
      expect(read.body.now).toMatch(/^2026-10-08T02:30:0/);
      expect(Date.now() - Date.parse('2026-10-08T02:30:00Z')).toBeLessThan(HOUR);
    });

    it('refuses bad input with 400 and a stable code, and leaves the clock alone', async () => {
      t.cloud.clock.set('2026-10-08T09:00:00+08:00');
      const cases: Array<[unknown, string]> = [
        ['{not json', 'INVALID_JSON'],
        [[1], 'INVALID_CLOCK'],
        [{}, 'INVALID_CLOCK'],
        [{ now: '2026-10-08 09:00' }, 'INVALID_CLOCK'],
        [{ now: 20261008 }, 'INVALID_CLOCK'],
        [{ advanceMinutes: '90' }, 'INVALID_CLOCK'],
        [{ now: '2026-10-08T09:00:00Z', advanceMinutes: 5 }, 'INVALID_CLOCK'],
        [{ later: 5 }, 'INVALID_CLOCK'],
      ];
      for (const [body, code] of cases) {
        const res = await post('/dev/clock', body);
        expect({ body, status: res.status, code: res.body.code }).toEqual({ body, status: 400, code });
      }
      expect(t.cloud.clock.now().toISOString()).toMatch(/^2026-10-08T01:00:0/);
    });

    it('POST /dev/trigger/<function> runs its timer trigger at the set time and answers its result', async () => {
      t.cloud.clock.set('2026-10-08T09:00:00+08:00');
      const res = await post('/dev/trigger/ticker', '');
      expect(res.status).toBe(200);
      expect((res.body.result as { ticked: string }).ticked).toMatch(/^2026-10-08T01:00:0/);
      expect(t.cloud.database.documents('ticks').at(-1)).toMatchObject({ trigger: 'everySecond' });

      expect((await post('/dev/trigger/whoami', '')).body).toMatchObject({ code: 'INVALID_ARGUMENT' });
      expect((await post('/dev/trigger/nosuch', '')).status).toBe(404);
      expect((await request(url, 'GET', '/dev/trigger/ticker')).status).toBe(405);
    });

    it('refuses callers that do not come by a loopback host name', async () => {
      const res = await request(url, 'GET', '/dev/clock', undefined, { host: 'evil.example' });
      expect(res.status).toBe(403);
      const exposed = await startTestCloud({ devRoutes: true });
      try {
        // a gateway allowed to answer other host names still keeps the dev routes to loopback
        const { url: exposedUrl } = await exposed.cloud.listen(0, '127.0.0.1', { allowNonLoopback: true });
        const other = await request(exposedUrl, 'POST', '/dev/clock', '{"advanceMinutes":5}', {
          host: 'desk.example.com',
        });
        expect(other).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
        expect(Math.abs(exposed.cloud.clock.now().getTime() - Date.now())).toBeLessThan(1000);
        expect((await request(exposedUrl, 'GET', '/dev/clock')).status).toBe(200);
      } finally {
        await exposed.close();
      }
    });
  });

  it('answers 404 on /dev/ when the runtime is not in dev mode', async () => {
    const t = await startTestCloud();
    try {
      const { url } = await t.cloud.listen(0);
      expect((await request(url, 'GET', '/dev/clock')).status).toBe(404);
      expect((await request(url, 'POST', '/dev/trigger/ticker', '')).status).toBe(404);
      expect(t.cloud.database.documents('ticks')).toHaveLength(0);
    } finally {
      await t.close();
    }
  });
});
