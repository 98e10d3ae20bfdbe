// The requests behind a figure: the month's `$match` (pipeline.ts) and a condition that picks the
// requests a figure counts. Tapping a figure on 报表 lists these.
import { CATEGORIES, CHANNELS, DEPARTMENTS } from '../model';
import type { Category, Channel, Department } from '../model';
import { CATEGORY_LABELS, CHANNEL_LABELS, DEPARTMENT_LABELS } from '../labels';
import type { Stage } from './pipeline';

export const DRILL_FIGURES = [
  'requests',
  'missed',
  'resolution',
  'unsatisfied',
  'rated',
  'reprocessed',
  'escalated',
] as const;
export type DrillFigure =
  (typeof DRILL_FIGURES)[number] | `channel:${Channel}` | `department:${Department}` | `category:${Category}`;

const FIGURE_LABELS: Record<(typeof DRILL_FIGURES)[number], string> = {
  requests: '本月受理',
  missed: '超时未兑现承诺',
  resolution: '已解决并办结',
  unsatisfied: '办结但未满意',
  rated: '已评价',
  reprocessed: '返工（业主不满意退回）',
  escalated: '升级',
};

export const isDrillFigure = (value: string): value is DrillFigure => {
  const [kind, code] = value.split(':');
  if (code === undefined) return (DRILL_FIGURES as readonly string[]).includes(kind);
  if (kind === 'channel') return (CHANNELS as readonly string[]).includes(code);
  if (kind === 'department') return (DEPARTMENTS as readonly string[]).includes(code);
  if (kind === 'category') return (CATEGORIES as readonly string[]).includes(code);
  return false;
};

export function drillLabel(figure: DrillFigure): string {
  const [kind, code] = figure.split(':');
  if (kind === 'channel') return `渠道：${CHANNEL_LABELS[code as Channel]}`;
  if (kind === 'department') return `部门：${DEPARTMENT_LABELS[code as Department]}`;
  if (kind === 'category') return `类别：${CATEGORY_LABELS[code as Category]}`;
  return FIGURE_LABELS[figure as (typeof DRILL_FIGURES)[number]];
}

const resolvedClosed: Stage = { status: 'closed', 'resolution.at': { $exists: true }, category: { $ne: 'praise' } };

/**
 * The condition, beside the month's `$match`, that picks the requests behind `figure`. In a
 * department's view, `missed` picks the steps that department owed; the rest pick its requests.
 */
export function drillCondition(
  figure: DrillFigure,
  asOf: string,
  satisfiedAbove: number,
  department?: Department,
): Stage {
  const held: Stage = department ? { department } : {};
  const [kind, code] = figure.split(':');
  switch (kind) {
    case 'channel':
      return { ...held, channel: code };
    case 'department':
      return { department: code };
    case 'category':
      return { ...held, category: code };
    case 'missed': {
      const owed = department ? { department } : {};
      return {
        $or: [
          { promises: { $elemMatch: { outcome: 'missed', ...owed } } },
          { 'sla.dueAt': { $lt: asOf }, ...(department ? { 'sla.department': department } : {}) },
          { 'sla.missed': true, ...(department ? { 'sla.department': department } : {}) },
        ],
      };
    }
    case 'resolution':
      return { ...held, ...resolvedClosed, 'rating.score': { $gt: satisfiedAbove } };
    case 'unsatisfied':
      return { ...held, ...resolvedClosed, 'rating.score': { $lte: satisfiedAbove } };
    case 'rated':
      return { ...held, 'timeline.kind': 'rated' };
    case 'reprocessed':
      return { ...held, reprocessCount: { $gt: 0 } };
    case 'escalated':
      return { ...held, 'timeline.kind': 'escalated' };
    default:
      return held;
  }
}
