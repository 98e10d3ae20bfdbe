import { UploadQuota } from '../../../local/gateway/upload-quota';
import type { UploadSlot } from '../../../local/gateway/upload-quota';
import { gatewaySettingsFromEnv, resolveGatewaySettings } from '../../../local/gateway/settings';

const at = (iso: string) => Date.parse(iso);

describe('UploadQuota', () => {
  let now: number;
  const quota = (limits: Partial<{ filesPerDay: number; bytesPerDay: number; perMinute: number }> = {}) =>
    new UploadQuota({ filesPerDay: 100, bytesPerDay: 1_000_000, perMinute: 100, ...limits }, () => now);
  const uploadOne = (q: UploadQuota, user: string, bytes = 1) => {
    const slot = q.begin(user);
    if ('refused' in slot) return slot;
    return q.commit(slot, bytes) ?? 'kept';
  };

  describe('when a user has used up the day (China time)', () => {
    it('refuses until midnight in China, then counts afresh', () => {
      const q = quota({ filesPerDay: 2 });
      now = at('2026-11-22T15:58:00Z'); // Sunday 23:58 in China
      expect(uploadOne(q, 'u')).toBe('kept');
      expect(uploadOne(q, 'u')).toBe('kept');
      now = at('2026-11-22T15:59:30Z'); // 23:59:30
      expect(uploadOne(q, 'u')).toEqual({ refused: 'files', limit: 2 });
      now = at('2026-11-22T16:00:00Z'); // Monday 00:00 in China
      expect(uploadOne(q, 'u')).toBe('kept');
    });
  });

  describe('the rate', () => {
    it('counts attempts in any 60 seconds and says when the oldest leaves the window', () => {
      const q = quota({ perMinute: 2 });
      now = at('2026-11-23T02:00:00Z');
      expect(uploadOne(q, 'u')).toBe('kept');
      now += 20_000;
      expect(uploadOne(q, 'u')).toBe('kept');
      now += 10_500;
      expect(uploadOne(q, 'u')).toEqual({ refused: 'rate', retryAfterSeconds: 30 });
      now = at('2026-11-23T02:01:00Z');
      expect(uploadOne(q, 'u')).toBe('kept');
    });

    it('is per user', () => {
      const q = quota({ perMinute: 1 });
      now = at('2026-11-23T02:00:00Z');
      expect(uploadOne(q, 'a')).toBe('kept');
      expect(uploadOne(q, 'b')).toBe('kept');
      expect(uploadOne(q, 'a')).toMatchObject({ refused: 'rate' });
    });
  });

  describe('uploads under way', () => {
    it('hold a file slot until committed or released, so parallel uploads cannot pass the limit', () => {
      const q = quota({ filesPerDay: 2 });
      now = at('2026-11-23T02:00:00Z');
      const first = q.begin('u') as UploadSlot;
      const second = q.begin('u') as UploadSlot;
      expect(q.begin('u')).toEqual({ refused: 'files', limit: 2 });
      q.release(first); // e.g. not a photo: it does not count against the day
      expect(q.commit(second, 10)).toBeNull();
      expect(uploadOne(q, 'u')).toBe('kept');
      expect(uploadOne(q, 'u')).toEqual({ refused: 'files', limit: 2 });
    });

    it('are refused at commit when their bytes would pass the daily bytes, and give the slot back', () => {
      const q = quota({ bytesPerDay: 100, filesPerDay: 2 });
      now = at('2026-11-23T02:00:00Z');
      expect(uploadOne(q, 'u', 60)).toBe('kept');
      expect(uploadOne(q, 'u', 60)).toEqual({ refused: 'bytes', limit: 100 });
      expect(uploadOne(q, 'u', 40)).toBe('kept');
      expect(uploadOne(q, 'u', 1)).toEqual({ refused: 'files', limit: 2 });
    });

    it('give back what they counted when the file could not be stored', () => {
      const q = quota({ filesPerDay: 1 });
      now = at('2026-11-23T02:00:00Z');
      const slot = q.begin('u') as UploadSlot;
      expect(q.commit(slot, 5)).toBeNull();
      q.refund(slot, 5);
      expect(uploadOne(q, 'u')).toBe('kept');
    });
  });
});

describe('gateway settings', () => {
  it('default to limits that fit a small site', () => {
    expect(resolveGatewaySettings()).toEqual({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      uploadTimeoutMs: 120_000,
      keepAliveTimeoutMs: 5_000,
      disconnectLogIntervalMs: 60_000,
      uploads: { filesPerDay: 200, bytesPerDay: 200 * 1024 * 1024, perMinute: 30 },
    });
  });

  it('are overridden from the environment, in seconds and megabytes', () => {
    const input = gatewaySettingsFromEnv({
      GATEWAY_REQUEST_TIMEOUT_S: '20',
      GATEWAY_KEEPALIVE_TIMEOUT_S: '2',
      UPLOAD_FILES_PER_DAY: '50',
      UPLOAD_MB_PER_DAY: '20',
      UPLOAD_PER_MINUTE: '',
    });
    expect(resolveGatewaySettings(input)).toMatchObject({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 20_000,
      keepAliveTimeoutMs: 2_000,
      uploads: { filesPerDay: 50, bytesPerDay: 20 * 1024 * 1024, perMinute: 30 },
    });
  });

  it('refuse a value that is not a positive integer, naming the variable', () => {
    expect(() => gatewaySettingsFromEnv({ UPLOAD_PER_MINUTE: 'lots' })).toThrow(/UPLOAD_PER_MINUTE/);
    expect(() => gatewaySettingsFromEnv({ GATEWAY_HEADERS_TIMEOUT_S: '0' })).toThrow(/GATEWAY_HEADERS_TIMEOUT_S/);
    expect(() => gatewaySettingsFromEnv({ GATEWAY_HEADERS_TIMEOUT_S: '60' })).toThrow(/headersTimeoutMs/);
    expect(() => resolveGatewaySettings({ uploads: { perMinute: 1.5 } })).toThrow(/perMinute/);
  });
});
