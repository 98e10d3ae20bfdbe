// The writer's form: values as typed, and the times the server reads (China time).
import type { AnnouncementKind } from '@domain/announcements';

export interface AnnouncementForm {
  kind: AnnouncementKind;
  title: string;
  body: string;
  images: string[];
  outageDay: string;
  outageFrom: string;
  outageTo: string;
  all: boolean;
  buildings: string[];
  pinned: boolean;
  scheduled: boolean;
  publishDay: string;
  publishTime: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The China-time calendar day `days` from now, YYYY-MM-DD. */
export function chinaDay(days: number, now = new Date()): string {
  const shifted = new Date(now.getTime() + 8 * 3_600_000 + days * 86_400_000);
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/** "2026-12-04" + "08:00" → "2026-12-04T08:00:00+08:00" (an invalid time stays invalid for the schema to name). */
export const chinaInstant = (day: string, time: string): string => `${day}T${time.trim()}:00+08:00`;

export const emptyForm = (): AnnouncementForm => ({
  kind: 'notice',
  title: '',
  body: '',
  images: [],
  outageDay: chinaDay(1),
  outageFrom: '08:00',
  outageTo: '12:00',
  all: true,
  buildings: [],
  pinned: false,
  scheduled: false,
  publishDay: chinaDay(1),
  publishTime: '09:00',
});

export function toSaveInput(form: AnnouncementForm, id?: string, communityId?: string) {
  return {
    ...(id ? { id } : {}),
    ...(communityId ? { communityId } : {}),
    kind: form.kind,
    title: form.title,
    body: form.body,
    images: form.images,
    ...(form.kind === 'outage'
      ? {
          outage: {
            startAt: chinaInstant(form.outageDay, form.outageFrom),
            endAt: chinaInstant(form.outageDay, form.outageTo),
          },
        }
      : {}),
    audience: { all: form.all, buildings: form.all ? [] : form.buildings },
    pinned: form.pinned,
  };
}
