// The `report` function, as the 报表 pages call it.
import type { Page, TicketSummaryView } from '@domain/api';
import type { MonthKpis } from '@domain/figures/kpis';
import type { SummaryPeriod } from '@domain/figures/complaint-summary';
import type { Department } from '@domain/model';
import { callCloud } from '../../services/callCloud';

export interface FiguresAnswer {
  communityId: string;
  department?: Department;
  month: string;
  monthLabel: string;
  asOf: string;
  kept: boolean;
  empty: boolean;
  kpis: MonthKpis;
  communities: Array<{ id: string; name: string }>;
}

export interface TrendMonth {
  month: string;
  label: string;
  requests: number;
  timeliness: number | null;
  resolution: number | null;
  satisfaction: number | null;
}

export interface SummaryRecordView {
  period: SummaryPeriod;
  totals: { complaints: number; onTime: number; satisfied: number; open: number; repeated: number; corrective: number };
  fileName: string;
  madeAt: string;
  url: string;
}

interface Scope {
  communityId?: string;
  month?: string;
}

export const reportApi = {
  figures: (scope: Scope) => callCloud<FiguresAnswer>('report', { action: 'figures', ...scope }),
  trend: (scope: Scope) => callCloud<{ months: TrendMonth[] }>('report', { action: 'trend', ...scope }),
  requestsBehind: (input: Scope & { month: string; figure: string; cursor?: string; limit?: number }) =>
    callCloud<Page<TicketSummaryView> & { title: string }>('report', { action: 'requestsBehind', ...input }),
  summary: (input: { communityId?: string; period?: string }) =>
    callCloud<{ period: SummaryPeriod; record: SummaryRecordView | null }>('report', { action: 'summary', ...input }),
  makeSummary: (input: { communityId?: string; period?: string }) =>
    callCloud<SummaryRecordView>('report', { action: 'makeSummary', ...input }),
};
