// The figure cards of 报表: each KPI as its card shows it, and the requests a tap lists.
import type { MonthKpis, Ratio } from '@domain/figures/kpis';

export interface FigureCard {
  key: string;
  label: string;
  value: string;
  detail: string;
  /** the requests behind it (report.requestsBehind), absent for figures about visits and surveys */
  figure?: string;
}

const percent = (r: Ratio | null) => (r?.value == null ? '—' : `${(r.value * 100).toFixed(1)}%`);
const of = (r: Ratio | null) => (r && r.denominator > 0 ? `${r.numerator}/${r.denominator}` : '暂无');

export function figureCards(k: MonthKpis): FigureCard[] {
  const s = k.satisfaction;
  return [
    { key: 'requests', label: '受理量', value: String(k.requests), detail: '本月登记的诉求', figure: 'requests' },
    {
      key: 'timeliness',
      label: '沟通及时率',
      value: percent(k.timeliness),
      detail: `按时完成环节 ${of(k.timeliness)}`,
      figure: 'missed',
    },
    {
      key: 'resolution',
      label: '问题处理成功率',
      value: percent(k.resolution),
      detail: `满意办结 ${of(k.resolution)}`,
      figure: 'resolution',
    },
    {
      key: 'satisfaction',
      label: '满意度均分',
      value: s.average == null ? '—' : s.average.toFixed(2),
      detail: `评价 ${s.ratings} 次`,
      figure: 'rated',
    },
    { key: 'high', label: '4–5分占比', value: percent(s.highShare), detail: of(s.highShare), figure: 'rated' },
    {
      key: 'reprocess',
      label: '返工率',
      value: percent(s.reprocessRate),
      detail: of(s.reprocessRate),
      figure: 'reprocessed',
    },
    { key: 'missed', label: '超时环节', value: String(k.promisesMissed), detail: '未按承诺完成', figure: 'missed' },
    {
      key: 'escalations',
      label: '升级次数',
      value: String(k.escalations),
      detail: '超时升级至主管、经理',
      figure: 'escalated',
    },
    { key: 'visits', label: '回访覆盖率', value: percent(k.visitCoverage), detail: `已回访 ${of(k.visitCoverage)}` },
    {
      key: 'surveys',
      label: '问卷回收率',
      value: k.surveyResponse ? percent(k.surveyResponse) : '—',
      detail: k.surveyResponse ? of(k.surveyResponse) : '暂无问卷',
    },
  ];
}
