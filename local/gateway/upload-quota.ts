/**
 * How much each user may upload: a rate (attempts in any 60 seconds) and a daily quota (files and
 * bytes per China calendar day). Counted in memory since the gateway started.
 *
 * An upload is begun before its body is read (rate and file count are checked, one file slot is
 * reserved, so parallel uploads cannot overrun the quota together) and then either committed with
 * its size (the byte quota is checked) or released.
 */
import type { UploadLimits } from './settings';

const MINUTE_MS = 60_000;
const CHINA_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;

export type QuotaRefusal =
  { refused: 'rate'; retryAfterSeconds: number } | { refused: 'files' | 'bytes'; limit: number };

interface Usage {
  files: number;
  bytes: number;
  /** Begun, neither committed nor released. */
  pending: number;
  /** When recent attempts began (oldest first), for the rate. */
  attempts: number[];
}

export interface UploadSlot {
  readonly user: string;
}

export class UploadQuota {
  private readonly usage = new Map<string, Usage>();
  private currentDay = -1;

  constructor(
    private readonly limits: UploadLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Checks the rate and the daily file count before the body is read; a slot, or why not. */
  begin(user: string): UploadSlot | QuotaRefusal {
    const now = this.now();
    const usage = this.usageOf(user, now);
    while (usage.attempts.length && usage.attempts[0] <= now - MINUTE_MS) usage.attempts.shift();
    if (usage.attempts.length >= this.limits.perMinute) {
      const retryAfterSeconds = Math.max(1, Math.ceil((usage.attempts[0] + MINUTE_MS - now) / 1000));
      return { refused: 'rate', retryAfterSeconds };
    }
    if (usage.files + usage.pending >= this.limits.filesPerDay)
      return { refused: 'files', limit: this.limits.filesPerDay };
    if (usage.bytes >= this.limits.bytesPerDay) return { refused: 'bytes', limit: this.limits.bytesPerDay };
    usage.attempts.push(now);
    usage.pending += 1;
    return { user };
  }

  /** Counts the received file against the byte quota; refuses (and releases the slot) when over. */
  commit(slot: UploadSlot, bytes: number): QuotaRefusal | null {
    const usage = this.usageOf(slot.user, this.now());
    usage.pending = Math.max(0, usage.pending - 1);
    if (usage.bytes + bytes > this.limits.bytesPerDay) return { refused: 'bytes', limit: this.limits.bytesPerDay };
    usage.files += 1;
    usage.bytes += bytes;
    return null;
  }

  /** Frees a slot whose upload was refused or failed: it counts for the rate, not the quota. */
  release(slot: UploadSlot): void {
    const usage = this.usageOf(slot.user, this.now());
    usage.pending = Math.max(0, usage.pending - 1);
  }

  /** Gives back a committed file that could not be stored after all. */
  refund(slot: UploadSlot, bytes: number): void {
    const usage = this.usageOf(slot.user, this.now());
    usage.files = Math.max(0, usage.files - 1);
    usage.bytes = Math.max(0, usage.bytes - bytes);
  }

  private usageOf(user: string, now: number): Usage {
    const day = Math.floor((now + CHINA_OFFSET_MS) / DAY_MS);
    if (day !== this.currentDay) {
      // A new day: yesterday's counts go; only uploads still under way carry over.
      this.currentDay = day;
      for (const [name, usage] of this.usage) {
        if (usage.pending === 0) this.usage.delete(name);
        else Object.assign(usage, { files: 0, bytes: 0 });
      }
    }
    let usage = this.usage.get(user);
    if (!usage) {
      usage = { files: 0, bytes: 0, pending: 0, attempts: [] };
      this.usage.set(user, usage);
    }
    return usage;
  }
}
