import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Picker, Text, View } from '@tarojs/components';
import { CATEGORY_LABELS, CHANNEL_LABELS, DEPARTMENT_LABELS } from '@domain/labels';
import { monthLabel, shiftMonth } from '@domain/figures/month';
import { PageShell } from '../../../components/PageShell';
import { useRemote } from '../../../hooks/useRemote';
import { openTemplate } from '../../../admin/services/workbook-file';
import { ChartCanvas } from '../../components/ChartCanvas';
import { figureCards } from '../../figure-cards';
import { reportApi } from '../../services/report-api';
import type { FiguresAnswer } from '../../services/report-api';
import { ComplaintSummaryCard } from './ComplaintSummaryCard';
import './index.css';

function openRequests(answer: FiguresAnswer, figure: string) {
  const query = `month=${answer.month}&figure=${encodeURIComponent(figure)}&communityId=${encodeURIComponent(answer.communityId)}`;
  void Taro.navigateTo({ url: `/staff/pages/report-requests/index?${query}` });
}

/** A bar chart and, under it, its rows: tapping a row lists the requests behind it. */
function Breakdown({
  id,
  title,
  rows,
  onOpen,
}: {
  id: string;
  title: string;
  rows: Array<{ key: string; label: string; value: number }>;
  onOpen: (key: string) => void;
}) {
  if (rows.length === 0) return null;
  return (
    <View className="card">
      <Text className="report-title">{title}</Text>
      <ChartCanvas id={`chart-${id}`} kind="bar" data={rows.map((r) => ({ label: r.label, value: r.value }))} />
      {rows.map((r) => (
        <View key={r.key} id={`row-${id}-${r.key}`} className="list-row" onClick={() => onOpen(r.key)}>
          <Text>{r.label}</Text>
          <Text className="text-muted">{r.value} 件 ›</Text>
        </View>
      ))}
    </View>
  );
}

/**
 * 报表: a month's figures of a community — figure cards (tap: the requests behind it), the 12-month
 * trend, the month by department and by category — and the monthly complaint summary.
 */
export default function ReportsPage() {
  const { params } = useRouter();
  // no month asked: the server's running month (its clock decides, not this device's)
  const [month, setMonth] = useState(params.month ?? '');
  const [communityId, setCommunityId] = useState(params.communityId ? decodeURIComponent(params.communityId) : '');
  const scope = { ...(month ? { month } : {}), ...(communityId ? { communityId } : {}) };
  const figures = useRemote(`${communityId}|${month}`, () => reportApi.figures(scope));
  const trend = useRemote(`${communityId}|${month}`, () => reportApi.trend(scope));
  const answer = figures.data;
  const k = answer?.kpis;
  const communities = answer?.communities ?? [];
  const community = communities.find((c) => c.id === answer?.communityId);
  const shown = answer?.month ?? month;

  const header = (
    <View className="card">
      {communities.length > 1 && (
        <Picker
          mode="selector"
          range={communities.map((c) => c.name)}
          onChange={(e) => setCommunityId(communities[Number(e.detail.value)].id)}
        >
          <Text id="report-community" className="list-row">{`小区：${community?.name ?? ''} ›`}</Text>
        </Picker>
      )}
      <View className="month-picker">
        <Button id="month-previous" size="mini" disabled={!shown} onClick={() => setMonth(shiftMonth(shown, -1))}>
          ‹ 上月
        </Button>
        <Text id="report-month" className="report-title">
          {shown ? monthLabel(shown) : '本月'}
        </Text>
        <Button id="month-next" size="mini" disabled={!answer?.kept} onClick={() => setMonth(shiftMonth(shown, 1))}>
          下月 ›
        </Button>
      </View>
      {answer && (
        <Text className="text-muted">
          {answer.department ? `${DEPARTMENT_LABELS[answer.department]} · ` : ''}
          {answer.kept ? '本月已结账，数据不再变化' : '本月进行中，数据实时统计'}
        </Text>
      )}
    </View>
  );

  return (
    <PageShell
      header={header}
      loading={figures.loading && !answer}
      error={answer ? undefined : figures.error}
      onRetry={() => void figures.reload()}
      empty={answer?.empty}
      emptyText={`${shown ? monthLabel(shown) : '本月'}暂无数据`}
    >
      {answer && k && (
        <View>
          <View className="figure-grid">
            {figureCards(k).map((card) => (
              <View
                key={card.key}
                id={`figure-${card.key}`}
                className="card figure-card"
                onClick={() => card.figure && openRequests(answer, card.figure)}
              >
                <Text className="text-muted">{card.label}</Text>
                <Text className="figure-card__value">{card.value}</Text>
                <Text className="text-muted">{card.detail}</Text>
              </View>
            ))}
          </View>
          {trend.data && (
            <View className="card">
              <Text className="report-title">近12个月受理量</Text>
              <ChartCanvas
                id="chart-trend"
                kind="line"
                data={trend.data.months.map((m) => ({ label: m.month.slice(5), value: m.requests }))}
              />
            </View>
          )}
          <Breakdown
            id="department"
            title="按部门"
            rows={k.byDepartment.map((d) => ({
              key: d.department,
              label: DEPARTMENT_LABELS[d.department],
              value: d.requests,
            }))}
            onOpen={(key) => openRequests(answer, `department:${key}`)}
          />
          <Breakdown
            id="category"
            title="按类别"
            rows={k.byCategory.map((c) => ({ key: c.category, label: CATEGORY_LABELS[c.category], value: c.requests }))}
            onOpen={(key) => openRequests(answer, `category:${key}`)}
          />
          <Breakdown
            id="channel"
            title="按渠道"
            rows={k.byChannel.map((c) => ({ key: c.channel, label: CHANNEL_LABELS[c.channel], value: c.requests }))}
            onOpen={(key) => openRequests(answer, `channel:${key}`)}
          />
        </View>
      )}
      {answer && !answer.department && (
        <ComplaintSummaryCard communityId={answer.communityId} period={params.summary} onOpen={openTemplate} />
      )}
    </PageShell>
  );
}
