import { useRouter } from '@tarojs/taro';
import { LedgerActions } from '../../components/LedgerActions';
import { Text, View } from '@tarojs/components';
import { CATEGORY_LABELS, CHANNEL_LABELS, DEPARTMENT_LABELS } from '@domain/labels';
import { MergedInto } from '../../components/MergedInto';
import { NextStepCard } from '../../components/NextStepCard';
import { formatYuan } from '../../components/ticket-actions/checked';
import { PageShell } from '../../components/PageShell';
import { PhotoGrid } from '../../components/PhotoGrid';
import { StatusTag } from '../../components/StatusTag';
import { TicketActions } from '../../components/TicketActions';
import { Timeline } from '../../components/Timeline';
import { TicketVisits } from '../../components/visits/TicketVisits';
import { useMe } from '../../hooks/useMe';
import { PastRatings } from '../../components/ticket/PastRatings';
import { PlanCard } from '../../components/ticket/PlanCard';
import { StaffMarks } from '../../components/ticket/StaffMarks';
import { SubscriptionSends } from '../../components/ticket/SubscriptionSends';
import { SupervisionNotice } from '../../components/ticket/SupervisionNotice';
import { useTicket } from '../../hooks/useTicket';
import { formatTime } from '../../utils/format';

function Row({ label, value }: { label: string; value?: string }) {
  if (!value) return null;
  return (
    <View className="detail-row">
      <Text className="detail-row__label">{label}</Text>
      <Text className="detail-row__value">{value}</Text>
    </View>
  );
}

export default function TicketPage() {
  const { params } = useRouter();
  const ticket = useTicket(params.id ?? '');
  const { me } = useMe();
  const view = ticket.data;
  // after a low rating the result and rating on record belong to the round before this one
  const earlierRound = !!view && view.status !== 'resolved' && view.status !== 'closed';
  return (
    <PageShell
      loading={ticket.loading && !view}
      error={params.id ? ticket.error : { code: 'NOT_FOUND', message: '缺少诉求编号' }}
      onRetry={ticket.reload}
    >
      {view && (
        <View className="ticket">
          <View className="card ticket__head">
            <View className="ticket__title-row">
              <Text className="ticket__category">{CATEGORY_LABELS[view.category]}</Text>
              {view.urgency === 'urgent' && <Text className="ticket-card__urgent">紧急</Text>}
              <StatusTag status={view.status} reader={view.reader} />
            </View>
            <Text className="ticket__number">编号 {view.number}</Text>
            {view.reprocessCount > 0 && (
              <Text className="notice notice--warn">业主不满意，已退回重新处理 {view.reprocessCount} 次</Text>
            )}
            <NextStepCard step={view.nextStep} />
          </View>
          <SupervisionNotice ticket={view} run={ticket.run} busy={ticket.busy} />
          <StaffMarks ticket={view} />
          <View className="card">
            <Text className="ticket__description">{view.description}</Text>
            <PhotoGrid photos={view.photos} />
            <Row label="位置" value={view.location.text} />
            <Row label="业主" value={view.ownerName} />
            <Row label="联系电话" value={view.contactPhone} />
            <Row label="期望上门" value={view.preferredVisitTime} />
            <Row label="处理部门" value={DEPARTMENT_LABELS[view.department]} />
            <Row label="来源" value={CHANNEL_LABELS[view.channel]} />
            <Row label="提交时间" value={formatTime(view.createdAt)} />
            <Row label="表扬对象" value={view.creditedTo?.name} />
            {view.quote && <Row label="报价" value={`${formatYuan(view.quote.amountFen)}（${view.quote.items}）`} />}
            {view.slip && (
              <Row
                label="返修联系单"
                value={`${view.slip.defect}，${view.slip.place}，限${formatTime(view.slip.deadline)}前完成`}
              />
            )}
          </View>
          {view.plan && <PlanCard plan={view.plan} />}
          <MergedInto view={view} />
          {view.resolution && (
            <View className="card">
              <Text className="section__title">{earlierRound ? '上次处理结果' : '处理结果'}</Text>
              <Text className="ticket__description">{view.resolution.text}</Text>
              <PhotoGrid photos={view.resolution.photos} />
            </View>
          )}
          <PastRatings ratings={view.pastRatings} />
          {view.rating && (
            <View className="card">
              <Text className="section__title">评价</Text>
              <Text className="rating__stars rating__stars--readonly">
                {'★'.repeat(view.rating.score)}
                {'☆'.repeat(5 - view.rating.score)}
              </Text>
              {view.rating.tags.length > 0 && <Text className="text-muted">{view.rating.tags.join(' · ')}</Text>}
              {view.rating.comment && <Text className="ticket__description">{view.rating.comment}</Text>}
            </View>
          )}
          <TicketActions ticket={view} run={ticket.run} busy={ticket.busy} />
          {me?.isStaff && <TicketVisits ticketId={view.id} updatedAt={view.updatedAt} />}
          {me?.isStaff && <SubscriptionSends ticketId={view.id} updatedAt={view.updatedAt} />}
          {view.reader === 'staff' && <LedgerActions ticket={view} onChanged={ticket.reload} />}
          <View className="card">
            <Text className="section__title">处理进度</Text>
            <Timeline entries={view.timeline} reader={view.reader} />
          </View>
        </View>
      )}
    </PageShell>
  );
}
