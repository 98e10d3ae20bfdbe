import { useState } from 'react';
import Taro, { useShareAppMessage } from '@tarojs/taro';
import { Button, Image, Input, Text, View } from '@tarojs/components';
import type { ApiError } from '@domain/api';
import { ROLE_LABELS } from '@domain/labels';
import type { InvitationView } from '@domain/staff-views';
import { PageShell } from '../../../components/PageShell';
import { useRemote } from '../../../hooks/useRemote';
import { staffApi } from '../../../services/api/staff';
import type { StaffGrantInput } from '../../../services/api/staff';
import { photoUrl } from '../../../services/storage';
import { formatTime } from '../../../utils/format';
import { GrantFields } from '../../components/GrantFields';

const EMPTY_GRANT: StaffGrantInput = { roles: [], communityIds: [] };

function InvitationCard({ invitation, onRevoke }: { invitation: InvitationView; onRevoke?: () => void }) {
  return (
    <View className="card invitation" id={`invitation-${invitation.code}`}>
      <Text className="admin-section__title">
        {invitation.name} · {invitation.roles.map((r) => ROLE_LABELS[r]).join('、')}
      </Text>
      <Text className="text-muted">
        邀请码 <Text className="invitation__code">{invitation.code}</Text> · 有效至 {formatTime(invitation.expiresAt)}
      </Text>
      {onRevoke && (
        <Button size="mini" className="button button--ghost" onClick={onRevoke}>
          撤销
        </Button>
      )}
    </View>
  );
}

/** Invite a staff member: the form, then the code image and share card; the open invitations below. */
export default function StaffInvitePage() {
  const options = useRemote('options', () => staffApi.formOptions());
  const open = useRemote('invitations', () => staffApi.invitations());
  const [name, setName] = useState('');
  const [grant, setGrant] = useState<StaffGrantInput>(EMPTY_GRANT);
  const [created, setCreated] = useState<InvitationView>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  useShareAppMessage(() =>
    created
      ? { title: `${created.name}，邀请您加入物业服务台`, path: created.sharePath }
      : { title: '物业服务台', path: '/pages/home/index' },
  );

  const submit = async () => {
    setBusy(true);
    const answer = await staffApi.invite({ name, ...grant });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(undefined);
    setCreated(answer.data);
    setName('');
    setGrant(EMPTY_GRANT);
    void open.reload();
  };

  const revoke = async (code: string) => {
    const sure = await Taro.showModal({ title: '撤销邀请', content: '撤销后该邀请码不能再使用，确定撤销？' });
    if (!sure.confirm) return;
    const answer = await staffApi.revokeInvitation(code);
    if (!answer.ok) await Taro.showToast({ title: answer.error.message, icon: 'none' });
    void open.reload();
  };

  return (
    <PageShell loading={options.loading && !options.data} error={options.error} onRetry={() => void options.reload()}>
      {created && (
        <View className="card" id="invitation-created">
          <Text className="admin-section__title">邀请已生成：{created.name}</Text>
          {created.qrFileId && <Image id="invitation-qr" className="invitation__qr" src={photoUrl(created.qrFileId)} />}
          <Text className="text-muted">
            请对方用微信扫描上方小程序码，或点击下方按钮把邀请卡片发给对方。邀请码
            <Text id="invitation-code">{created.code}</Text>，有效至 {formatTime(created.expiresAt)}，只能使用一次。
          </Text>
          <Button openType="share" className="button button--primary button--block">
            分享邀请卡片
          </Button>
        </View>
      )}
      {options.data && (
        <View className="card">
          <Text className="field__label">姓名</Text>
          <Input id="invite-name" className="text-input" value={name} onInput={(e) => setName(e.detail.value)} />
          <GrantFields options={options.data} value={grant} onChange={setGrant} />
          {error && <Text className="notice notice--danger">{error.message}</Text>}
          <Button
            id="invite-submit"
            className="button button--primary button--block"
            loading={busy}
            disabled={busy}
            onClick={() => void submit()}
          >
            生成邀请
          </Button>
        </View>
      )}
      <Text className="field__label">未使用的邀请</Text>
      {(open.data?.items ?? []).map((invitation) => (
        <InvitationCard key={invitation.code} invitation={invitation} onRevoke={() => void revoke(invitation.code)} />
      ))}
      {open.data && open.data.items.length === 0 && <Text className="text-muted">没有未使用的邀请</Text>}
    </PageShell>
  );
}
