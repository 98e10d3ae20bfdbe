import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import type { HomeView } from '@domain/home-views';
import { RELATION_LABELS } from '@domain/labels';
import type { SharedInvitation } from '../hooks/useHousehold';
import { gatewayOrigin, isH5 } from '../services/platform';

const REQUEST_STATUS = { pending: '审核中', approved: '已通过', declined: '未通过' };

type Household = HomeView['households'][number];

function InviteForm({
  household,
  onInvite,
}: {
  household: Household;
  onInvite(relation: 'family' | 'tenant', tenancyEndsOn?: string): Promise<SharedInvitation | undefined>;
}) {
  const [relation, setRelation] = useState<'family' | 'tenant' | undefined>();
  const [endsOn, setEndsOn] = useState('');
  const [shared, setShared] = useState<SharedInvitation | undefined>();
  const link = shared && `${gatewayOrigin()}/#/${shared.path}`;

  if (shared)
    return (
      <View className="household__invite">
        <Text className="text-muted">邀请有效期至 {shared.expiresAt.slice(0, 10)}，仅可使用一次</Text>
        {isH5 ? (
          <Text id={`invite-link-${household.unitId}`} className="field__value" selectable>
            {link}
          </Text>
        ) : (
          <Button className="button button--primary" openType="share">
            发送邀请给微信好友
          </Button>
        )}
        {isH5 && (
          <Button className="button button--ghost" onClick={() => void Taro.setClipboardData({ data: link ?? '' })}>
            复制链接
          </Button>
        )}
      </View>
    );
  return (
    <View className="household__invite">
      <View className="chips">
        {(['family', 'tenant'] as const).map((r) => (
          <View
            key={r}
            id={`invite-${r}-${household.unitId}`}
            className={`chip ${relation === r ? 'chip--on' : ''}`}
            onClick={() => setRelation(r)}
          >
            <Text>邀请{RELATION_LABELS[r]}</Text>
          </View>
        ))}
      </View>
      {relation === 'tenant' && (
        <Input
          className="text-input"
          placeholder="租期截止日期，如 2027-06-30"
          value={endsOn}
          onInput={(e) => setEndsOn(e.detail.value)}
        />
      )}
      {relation && (
        <Button
          id={`invite-create-${household.unitId}`}
          className="button button--ghost"
          onClick={async () => setShared(await onInvite(relation, relation === 'tenant' ? endsOn.trim() : undefined))}
        >
          生成邀请
        </Button>
      )}
    </View>
  );
}

/** Who I am, my homes and households, my binding requests, and the way to bind a home. */
export function MyHomes({
  home,
  offerBind,
  onInvite,
  onRemove,
}: {
  home: HomeView;
  /** false where the page already shows the way to bind (NotBound) */
  offerBind: boolean;
  onInvite(
    unitId: string,
    label: string,
    relation: 'family' | 'tenant',
    tenancyEndsOn?: string,
  ): Promise<SharedInvitation | undefined>;
  onRemove(unitId: string, openid: string, name: string): void;
}) {
  return (
    <View className="my-homes">
      <View className="card profile">
        <Text className="profile__name">{home.name}</Text>
        {home.phone && (
          <Text id="my-phone" className="text-muted">
            {home.phone}
          </Text>
        )}
        {home.units.map((unit) => (
          <Text key={unit.id} className="my-homes__unit">
            {unit.label} · {RELATION_LABELS[unit.relation]}
            {unit.tenancyEndsOn ? `（租期至 ${unit.tenancyEndsOn}）` : ''}
          </Text>
        ))}
        {offerBind && (
          <Button
            id="go-bind"
            className="button button--ghost"
            onClick={() => void Taro.navigateTo({ url: '/pages/bind/index' })}
          >
            {home.units.length > 0 ? '绑定其他房屋' : '绑定房屋'}
          </Button>
        )}
      </View>
      {home.households.map((household) => (
        <View key={household.unitId} className="card household">
          <Text className="field__label">{household.label} 的住户</Text>
          {household.members.map((member) => (
            <View key={member.openid} className="list-row">
              <View>
                <Text className="list-row__title">{member.name}</Text>
                <Text className="list-row__sub">
                  {RELATION_LABELS[member.relation]}
                  {member.tenancyEndsOn ? ` · 租期至 ${member.tenancyEndsOn}` : ''}
                  {member.expired ? ' · 已到期' : ''}
                </Text>
              </View>
              {!member.isMe && member.relation !== 'owner' && (
                <Text className="list-row__code" onClick={() => onRemove(household.unitId, member.openid, member.name)}>
                  移除
                </Text>
              )}
            </View>
          ))}
          <InviteForm
            household={household}
            onInvite={(relation, endsOn) => onInvite(household.unitId, household.label, relation, endsOn)}
          />
        </View>
      ))}
      {home.requests.length > 0 && (
        <View className="card">
          <Text className="field__label">我的绑定申请</Text>
          {home.requests.map((request) => (
            <View key={request.id} className="list-row binding-request">
              <View>
                <Text className="list-row__title">
                  {request.communityName} {request.unitLabel}
                </Text>
                {request.reason && <Text className="list-row__sub">原因：{request.reason}</Text>}
              </View>
              <Text className={`list-row__code binding-request--${request.status}`}>
                {REQUEST_STATUS[request.status]}
              </Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
