// Instants as ISO 8601 strings in China Standard Time (+08:00, no daylight saving). Every stored
// time uses this one format, so comparing two of them as strings compares the instants.
/** China Standard Time is UTC+8 all year. */
export const CHINA_UTC_OFFSET_MINUTES = 8 * 60;
const OFFSET_MS = CHINA_UTC_OFFSET_MINUTES * 60_000;

export function toIso(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().replace('Z', '+08:00');
}

export function addMinutes(iso: string, minutes: number): string {
  return toIso(new Date(Date.parse(iso) + minutes * 60_000));
}

export function minutesBetween(fromIso: string, toIsoTime: string): number {
  return Math.round((Date.parse(toIsoTime) - Date.parse(fromIso)) / 60_000);
}

/** The calendar day in China, e.g. "20261122", for daily ticket numbers. */
export function chinaDayKey(instant: Date): string {
  return toIso(instant).slice(0, 10).replace(/-/g, '');
}
