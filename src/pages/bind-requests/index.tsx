import { useState } from 'react';
import { usePullDownRefresh } from '@tarojs/taro';
import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import type { BindingRequestView } from '@domain/home-views';
import { PageShell } from '../../components/PageShell';
import { useBindingRequests } from '../../hooks/useBindingRequests';

function RequestCard({
  request,
  onDecide,
}: {
  request: BindingRequestView;
  onDecide(approve: boolean, reason?: string): Promise<boolean>;
}) {
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <View className="card binding-request" id={`binding-request-${request.id}`}>
      <Text className="list-row__title">
        {request.communityName} {request.unitLabel}
      </Text>
      <Text className="list-row__sub">
        {request.name} · {request.phone}
        {request.phoneVerified ? '（微信已验证）' : '（手动填写，请致电核实）'}
      </Text>
      {declining ? (
        <View>
          <Input
            className="text-input binding-request__reason"
            maxlength={100}
            placeholder="驳回原因（将告知申请人）"
            value={reason}
            onInput={(e) => setReason(e.detail.value)}
          />
          <Button
            className="button button--ghost binding-request__decline-confirm"
            onClick={() =>
              reason.trim()
                ? void onDecide(false, reason.trim())
                : void Taro.showToast({ title: '请填写驳回原因', icon: 'none' })
            }
          >
            确认驳回
          </Button>
        </View>
      ) : (
        <View className="phone-dialog__actions">
          <Button className="button button--ghost binding-request__decline" onClick={() => setDeclining(true)}>
            驳回
          </Button>
          <Button className="button button--primary binding-request__approve" onClick={() => void onDecide(true)}>
            通过
          </Button>
        </View>
      )}
    </View>
  );
}

/** The service desk's binding requests: people the owner register could not confirm. */
export default function BindRequestsPage() {
  const { list, decide } = useBindingRequests();
  usePullDownRefresh(() => void list.reload().then(() => Taro.stopPullDownRefresh()));
  const items = list.data?.items ?? [];
  return (
    <PageShell
      loading={list.loading && !list.data}
      error={list.error}
      onRetry={list.reload}
      empty={items.length === 0}
      emptyText="没有待审核的绑定申请"
    >
      {items.map((request) => (
        <RequestCard
          key={request.id}
          request={request}
          onDecide={(approve, reason) => decide(request, approve, reason)}
        />
      ))}
    </PageShell>
  );
}
