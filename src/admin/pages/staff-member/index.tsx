import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '@domain/api';
import { CreditsCard } from '../../../components/CreditsCard';
import { RatingsCard } from '../../../components/RatingsCard';
import { PageShell } from '../../../components/PageShell';
import { useRemote } from '../../../hooks/useRemote';
import { staffApi } from '../../../services/api/staff';
import type { StaffGrantInput } from '../../../services/api/staff';
import { GrantFields } from '../../components/GrantFields';

/** One staff member: change roles, department and communities; deactivate or reactivate. */
export default function StaffMemberPage() {
  const openid = useRouter().params.openid ?? '';
  const person = useRemote(openid || null, () => staffApi.get(openid));
  const options = useRemote('options', () => staffApi.formOptions());
  const [grant, setGrant] = useState<StaffGrantInput>({ roles: [], communityIds: [] });
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const p = person.data;
    if (p) setGrant({ roles: p.roles, department: p.department, communityIds: p.communities.map((c) => c.id) });
  }, [person.data]);

  const run = async (call: () => ReturnType<typeof staffApi.get>, done: string) => {
    setBusy(true);
    const answer = await call();
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(undefined);
    person.replace(answer.data);
    await Taro.showToast({ title: done, icon: 'success' });
  };

  const toggleActive = async () => {
    const p = person.data;
    if (!p) return;
    if (p.active) {
      const sure = await Taro.showModal({
        title: '停用账号',
        content: `停用后${p.name}立即无法使用，其正在处理的诉求将退回部门待受理队列。确定停用？`,
      });
      if (!sure.confirm) return;
      await run(() => staffApi.deactivate(openid), '已停用');
    } else {
      await run(() => staffApi.reactivate(openid), '已恢复');
    }
  };

  const p = person.data;
  return (
    <PageShell loading={person.loading && !p} error={person.error} onRetry={() => void person.reload()}>
      {p && (
        <View className="card">
          <Text className="profile__name">
            {p.name}
            {!p.active && '（已停用）'}
          </Text>
          {!p.manageable && <Text className="text-muted">您不能修改此人员（本人或权限范围更大的人员）</Text>}
        </View>
      )}
      {p && <RatingsCard openid={openid} self={false} />}
      {p && <CreditsCard openid={openid} self={false} />}
      {p?.manageable && options.data && (
        <View className="card">
          <GrantFields options={options.data} value={grant} onChange={setGrant} />
          {error && <Text className="notice notice--danger">{error.message}</Text>}
          <Button
            id="staff-save"
            className="button button--primary button--block"
            disabled={busy}
            onClick={() => void run(() => staffApi.update(openid, grant), '已保存')}
          >
            保存
          </Button>
          <Button
            id="staff-toggle-active"
            className="button button--ghost button--block"
            disabled={busy}
            onClick={() => void toggleActive()}
          >
            {p.active ? '停用账号' : '恢复账号'}
          </Button>
        </View>
      )}
    </PageShell>
  );
}
