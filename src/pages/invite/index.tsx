import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import type { ApiError } from '@domain/api';
import { RELATION_LABELS } from '@domain/labels';
import { BusyButton } from '../../components/BusyButton';
import { Field } from '../../components/Field';
import { PageShell } from '../../components/PageShell';
import { refreshMe, useMe } from '../../hooks/useMe';
import { useRemote } from '../../hooks/useRemote';
import { homeApi } from '../../services/api/home';

const STATE_TEXT = { used: '该邀请已被使用，每个邀请只能使用一次', expired: '该邀请已过期，请让业主重新邀请' };

/** Opened from an owner's share card (`code`) or a mini-program code (`scene`): join that home. */
export default function InvitePage() {
  const { params } = useRouter();
  const code = decodeURIComponent(params.code ?? params.scene ?? '');
  const { me } = useMe();
  const invitation = useRemote(code || null, () => homeApi.invitation(code));
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | undefined>();
  const view = invitation.data;

  const accept = async () => {
    const who = name.trim() || (me?.bound ? me.name : '');
    if (!who) return void Taro.showToast({ title: '请填写姓名', icon: 'none' });
    setBusy(true);
    const answer = await homeApi.acceptInvitation(code, who);
    setBusy(false);
    if (!answer.ok) return setFailure(answer.error);
    await refreshMe();
    void Taro.showToast({ title: '已加入', icon: 'success' });
    void Taro.switchTab({ url: '/pages/mine/index' });
  };

  return (
    <PageShell
      loading={invitation.loading}
      error={code ? invitation.error : { code: 'NOT_FOUND', message: '邀请不存在，请向业主确认' }}
      onRetry={invitation.reload}
    >
      {view && (
        <View className="form">
          <View className="card">
            <Text className="profile__name">{view.unitLabel}</Text>
            <Text className="text-muted">
              {view.inviterName} 邀请您以「{RELATION_LABELS[view.relation]}」身份加入
              {view.tenancyEndsOn ? `，租期至 ${view.tenancyEndsOn}` : ''}
            </Text>
          </View>
          {view.state === 'open' ? (
            <View className="card">
              <Field label="姓名" required={!me?.bound}>
                <Input
                  id="invite-name"
                  className="text-input"
                  maxlength={20}
                  placeholder={me?.bound ? me.name : '您的姓名'}
                  value={name}
                  onInput={(e) => setName(e.detail.value)}
                />
              </Field>
              {failure && <Text className="notice notice--danger">{failure.message}</Text>}
              <BusyButton id="invite-accept" busy={busy} onClick={accept}>
                {busy ? '加入中…' : '加入该房屋'}
              </BusyButton>
            </View>
          ) : (
            <Text id="invite-state" className="notice notice--danger">
              {STATE_TEXT[view.state]}
            </Text>
          )}
        </View>
      )}
    </PageShell>
  );
}
