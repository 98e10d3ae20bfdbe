// How long each kind of record is kept, and what a purge run records. Policy 000 §5 says important
// communication records are kept "[X] years" and leaves the number blank, so every kind's years
// are a setting with the defaults below. A record's time runs from the day it ended (a request's
// closing, a visit's completion, a register entry's closing); a request under legal hold is kept
// whatever its time.
import { CHINA_UTC_OFFSET_MINUTES, toIso } from './time';

export const RETENTION_KINDS = ['requests', 'messages', 'visits', 'accessLog', 'incidents', 'lostItems'] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

export type RetentionYears = Record<RetentionKind, number>;

export const RETENTION_LABELS: Record<RetentionKind, string> = {
  requests: '诉求记录（含照片）',
  messages: '站内消息',
  visits: '回访记录',
  accessLog: '个人信息查看记录',
  incidents: '重大（突发）事件记录',
  lostItems: '失物招领记录（含照片）',
};

/** What each kind counts from, as the settings page explains it. */
export const RETENTION_FROM: Record<RetentionKind, string> = {
  requests: '自办结（关闭、撤销或合并）之日起',
  messages: '自发送之日起',
  visits: '自回访完成之日起',
  accessLog: '自查看之日起',
  incidents: '自事件结案之日起',
  lostItems: '自认领或处置之日起',
};

export const DEFAULT_RETENTION: RetentionYears = {
  requests: 3,
  messages: 1,
  visits: 3,
  accessLog: 3,
  incidents: 5,
  lostItems: 2,
};

/**
 * The fewest years a kind may be set to. The policy names none; the access log is a record of how
 * personal information was handled, which the Personal Information Protection Law (art. 56) has
 * kept for at least three years.
 */
export const MIN_RETENTION: RetentionYears = {
  requests: 1,
  messages: 1,
  visits: 1,
  accessLog: 3,
  incidents: 1,
  lostItems: 1,
};

export const MAX_RETENTION_YEARS = 30;

export interface RetentionSettings {
  years: RetentionYears;
  /** bumped on every save; 0 while none is stored (the defaults apply) */
  version: number;
  updatedAt?: string;
  updatedBy?: { openid: string; name: string };
}

export const defaultRetention = (): RetentionSettings => ({ years: { ...DEFAULT_RETENTION }, version: 0 });

/** Stored years over the defaults: a kind added later starts at its default. */
export const withDefaults = (stored: Partial<RetentionYears> | undefined): RetentionYears => ({
  ...DEFAULT_RETENTION,
  ...(stored ?? {}),
});

/**
 * The instant before which a record of `years` ended is past its time: the same calendar day
 * `years` earlier in China time (29 February counts back to 28 February).
 */
export function retentionCutoff(now: Date, years: number): string {
  const china = new Date(now.getTime() + CHINA_UTC_OFFSET_MINUTES * 60_000);
  const year = china.getUTCFullYear() - years;
  const month = china.getUTCMonth();
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(china.getUTCDate(), lastDay);
  const shifted = Date.UTC(
    year,
    month,
    day,
    china.getUTCHours(),
    china.getUTCMinutes(),
    china.getUTCSeconds(),
    china.getUTCMilliseconds(),
  );
  return toIso(new Date(shifted - CHINA_UTC_OFFSET_MINUTES * 60_000));
}

export const cutoffsOf = (now: Date, years: RetentionYears): Record<RetentionKind, string> =>
  Object.fromEntries(RETENTION_KINDS.map((kind) => [kind, retentionCutoff(now, years[kind])])) as Record<
    RetentionKind,
    string
  >;

/** Purges run at night, China time: from 03:00 to 03:59 (continuing each minute while work is left). */
export const PURGE_HOUR = 3;

export function inPurgeWindow(now: Date): boolean {
  const china = new Date(now.getTime() + CHINA_UTC_OFFSET_MINUTES * 60_000);
  return china.getUTCHours() === PURGE_HOUR;
}

/** One purge run, as logged: counts only, never what the records said. */
export interface PurgeLogEntry {
  id: string;
  at: string;
  /** the years each kind was kept for in this run */
  years: RetentionYears;
  /** records removed, per kind */
  purged: Record<RetentionKind, number>;
  /** files removed from cloud storage (photos of requests and found items) */
  files: number;
  /** requests past their time kept for a legal hold (seen in this run) */
  held: number;
  /** the run stopped at its time budget; the next run continues */
  unfinished: boolean;
}

/** A legal hold on a request: kept past its retention until an administrator releases it. */
export interface LegalHold {
  reason: string;
  at: string;
  by: { openid: string; name: string };
}

/** A held request, as the administrators' list shows it. */
export interface HeldRequestView {
  ticketId: string;
  number: string;
  status: string;
  hold: LegalHold;
}
