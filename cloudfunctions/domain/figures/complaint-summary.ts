// 投诉情况月汇总表 (policy 002 §4.9: complaints counted and analysed before the 25th of each month,
// for the manager to review). The period closes on `closingDay` (default the 20th): the 21st of the
// previous month through the 20th. Each section below is a sheet of the workbook.
import { CHANNEL_LABELS, DEPARTMENT_LABELS, ROUTING_FLAG_LABELS, statusLabel } from '../labels';
import type { Channel, Department, Ticket } from '../model';
import { CHANNELS, DEPARTMENTS } from '../model';
import { nextStep } from '../next-step';
import { toIso } from '../time';
import { shiftMonth } from './month';

export interface SummarySettings {
  /** the last day of each period; the timer makes the summary once that day has ended (before the 25th) */
  closingDay: number;
}

export const DEFAULT_SUMMARY_SETTINGS: SummarySettings = { closingDay: 20 };
/** The policy wants the summary before the 25th: a closing day after the 24th would miss it. */
export const LATEST_CLOSING_DAY = 24;

export interface SummaryPeriod {
  /** the month the period closes in: "2026-11" for 10-21 … 11-20 */
  key: string;
  start: string;
  end: string;
  label: string;
}

const day = (n: number) => String(n).padStart(2, '0');

export function summaryPeriod(key: string, settings: SummarySettings = DEFAULT_SUMMARY_SETTINGS): SummaryPeriod {
  const first = settings.closingDay + 1;
  const previous = shiftMonth(key, -1);
  const [py, pm] = previous.split('-').map(Number);
  const [y, m] = key.split('-').map(Number);
  return {
    key,
    start: `${previous}-${day(first)}T00:00:00.000+08:00`,
    end: `${key}-${day(first)}T00:00:00.000+08:00`,
    label: `${py}年${pm}月${first}日至${y}年${m}月${settings.closingDay}日`,
  };
}

/** The latest period that has ended by `now` (its summary is due). */
export function latestClosedPeriod(now: Date, settings: SummarySettings = DEFAULT_SUMMARY_SETTINGS): SummaryPeriod {
  const iso = toIso(now);
  const thisMonth = summaryPeriod(iso.slice(0, 7), settings);
  return thisMonth.end <= iso ? thisMonth : summaryPeriod(shiftMonth(iso.slice(0, 7), -1), settings);
}

/** What a complaint is about, as the summary groups them: its marks, or 一般投诉. */
export function complaintKind(ticket: Pick<Ticket, 'flags'>): string {
  const flags = ticket.flags ?? {};
  if (flags.compensation) return ROUTING_FLAG_LABELS.compensation;
  if (flags.againstManager) return ROUTING_FLAG_LABELS.againstManager;
  if (flags.major) return ROUTING_FLAG_LABELS.major;
  if (flags.utility) return ROUTING_FLAG_LABELS.utility;
  return '一般投诉';
}

/** Handled on time: no step was missed, and none running is past due. */
export function handledOnTime(ticket: Pick<Ticket, 'promises' | 'sla' | 'missedAt'>, asOf: string): boolean {
  if (ticket.missedAt) return false;
  if ((ticket.promises ?? []).some((p) => p.outcome === 'missed')) return false;
  return !(ticket.sla && (ticket.sla.missed || ticket.sla.dueAt < asOf));
}

export type Satisfied = '满意' | '不满意' | '未评价';

export function satisfiedOf(ticket: Pick<Ticket, 'rating' | 'timeline'>, satisfiedAbove: number): Satisfied {
  if (ticket.rating) return ticket.rating.score > satisfiedAbove ? '满意' : '不满意';
  return ticket.timeline.some((e) => e.kind === 'rated') ? '不满意' : '未评价';
}

const OPEN_STATUSES_DONE = ['closed', 'withdrawn', 'merged'];

export interface ComplaintLine {
  number: string;
  filedAt: string;
  place: string;
  kind: string;
  channel: string;
  department: string;
  status: string;
  onTime: boolean;
  satisfied: Satisfied;
  reprocessCount: number;
  description: string;
}

export interface CountRow {
  name: string;
  complaints: number;
  onTime: number;
  satisfied: number;
}

export interface RepeatGroup {
  /** 同一房屋 or 同一问题 */
  basis: string;
  what: string;
  numbers: string[];
}

export interface ComplaintSummary {
  communityId: string;
  communityName: string;
  period: SummaryPeriod;
  madeAt: string;
  totals: { complaints: number; onTime: number; satisfied: number; open: number; repeated: number; corrective: number };
  byKind: CountRow[];
  byDepartment: CountRow[];
  byChannel: CountRow[];
  lines: ComplaintLine[];
  repeats: RepeatGroup[];
  open: Array<{
    number: string;
    filedAt: string;
    department: string;
    status: string;
    nextStep: string;
    overdue: boolean;
  }>;
  corrective: Array<{ number: string; department: string; report: string; by: string; at: string }>;
}

function countRows<K extends string>(
  keys: readonly K[],
  label: (k: K) => string,
  keyOf: (t: Ticket) => K,
  tickets: Ticket[],
  onTime: (t: Ticket) => boolean,
  satisfied: (t: Ticket) => boolean,
): CountRow[] {
  return keys
    .map((k) => {
      const mine = tickets.filter((t) => keyOf(t) === k);
      return {
        name: label(k),
        complaints: mine.length,
        onTime: mine.filter(onTime).length,
        satisfied: mine.filter(satisfied).length,
      };
    })
    .filter((row) => row.complaints > 0);
}

/** The same problem told twice: the words with blanks and punctuation removed. */
const issueKey = (text: string) => text.replace(/[\s\p{P}]/gu, '').toLowerCase();

function repeatsOf(tickets: Ticket[]): RepeatGroup[] {
  const groups: RepeatGroup[] = [];
  const group = (basis: string, keyOf: (t: Ticket) => string | undefined, what: (t: Ticket) => string) => {
    const by = new Map<string, Ticket[]>();
    for (const t of tickets) {
      const key = keyOf(t);
      if (key) by.set(key, [...(by.get(key) ?? []), t]);
    }
    for (const same of by.values())
      if (same.length > 1) groups.push({ basis, what: what(same[0]), numbers: same.map((t) => t.number) });
  };
  group(
    '同一房屋',
    (t) => (t.location.kind === 'unit' ? (t.unitId ?? t.location.text) : undefined),
    (t) => t.location.text,
  );
  group(
    '同一问题',
    (t) => (t.mergedInto ? `merged:${t.mergedInto.id}` : `text:${issueKey(t.description)}`),
    (t) => t.description,
  );
  // a merged duplicate and the request it follows are the same issue
  for (const t of tickets.filter((x) => x.mergedInto)) {
    const survivor = tickets.find((x) => x.id === t.mergedInto?.id);
    const g = groups.find((x) => x.basis === '同一问题' && x.numbers.includes(t.number));
    if (survivor && g && !g.numbers.includes(survivor.number)) g.numbers.unshift(survivor.number);
    if (survivor && !g)
      groups.push({ basis: '同一问题', what: survivor.description, numbers: [survivor.number, t.number] });
  }
  return groups;
}

/** The summary of the complaints filed in the period (`complaints`: all of them, any status). */
export function complaintSummary(
  complaints: Ticket[],
  context: { communityId: string; communityName: string; period: SummaryPeriod; now: Date; satisfiedAbove: number },
): ComplaintSummary {
  const asOf = toIso(context.now);
  const onTime = (t: Ticket) => handledOnTime(t, asOf);
  const satisfied = (t: Ticket) => satisfiedOf(t, context.satisfiedAbove) === '满意';
  const sorted = [...complaints].sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
  const open = sorted.filter((t) => !OPEN_STATUSES_DONE.includes(t.status));
  const repeats = repeatsOf(sorted);
  const corrective = sorted.filter((t) => t.correctiveReport);
  const kinds = [...new Set(sorted.map(complaintKind))];
  return {
    communityId: context.communityId,
    communityName: context.communityName,
    period: context.period,
    madeAt: asOf,
    totals: {
      complaints: sorted.length,
      onTime: sorted.filter(onTime).length,
      satisfied: sorted.filter(satisfied).length,
      open: open.length,
      repeated: new Set(repeats.flatMap((g) => g.numbers)).size,
      corrective: corrective.length,
    },
    byKind: countRows(kinds, (k) => k, complaintKind, sorted, onTime, satisfied),
    byDepartment: countRows<Department>(
      DEPARTMENTS,
      (d) => DEPARTMENT_LABELS[d],
      (t) => t.department,
      sorted,
      onTime,
      satisfied,
    ),
    byChannel: countRows<Channel>(
      CHANNELS,
      (c) => CHANNEL_LABELS[c],
      (t) => t.channel,
      sorted,
      onTime,
      satisfied,
    ),
    lines: sorted.map((t) => ({
      number: t.number,
      filedAt: t.createdAt,
      place: t.location.text,
      kind: complaintKind(t),
      channel: CHANNEL_LABELS[t.channel],
      department: DEPARTMENT_LABELS[t.department],
      status: statusLabel(t.status, 'staff'),
      onTime: onTime(t),
      satisfied: satisfiedOf(t, context.satisfiedAbove),
      reprocessCount: t.reprocessCount,
      description: t.description,
    })),
    repeats,
    open: open.map((t) => {
      const next = nextStep(t, context.now);
      return {
        number: t.number,
        filedAt: t.createdAt,
        department: DEPARTMENT_LABELS[t.department],
        status: statusLabel(t.status, 'staff'),
        nextStep: next.label,
        overdue: next.overdue,
      };
    }),
    corrective: corrective.map((t) => ({
      number: t.number,
      department: DEPARTMENT_LABELS[t.department],
      report: t.correctiveReport?.text ?? '',
      by: t.correctiveReport?.by ?? '',
      at: t.correctiveReport?.at ?? '',
    })),
  };
}
