import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '@domain/api';
import { PageShell } from '../../components/PageShell';
import { refreshMe } from '../../hooks/useMe';
import { staffApi } from '../../services/api/staff';

/** The invitation code: `scene` when opened from a mini-program code (URL-encoded), `code` from a share card. */
function codeOf(params: Record<string, string | undefined>): string {
  const raw = params.scene ?? params.code ?? '';
  try {
    return decodeURIComponent(raw).trim();
  } catch {
    return raw.trim();
  }
}

/** A staff invitation opened: accept it and go to 工作台. */
export default function JoinPage() {
  const code = codeOf(useRouter().params);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  const accept = async () => {
    setBusy(true);
    const answer = await staffApi.join(code);
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    // every page (and the tab bar's 工作台) reads the caller anew: they are staff now
    await refreshMe();
    await Taro.showToast({ title: '已加入', icon: 'success' });
    await Taro.switchTab({ url: answer.data.isStaff ? '/pages/workbench/index' : '/pages/home/index' });
  };

  return (
    <PageShell empty={!code} emptyText="邀请链接不完整，请重新打开管理员分享的邀请">
      <View className="card">
        <Text className="profile__name">员工邀请</Text>
        <Text className="text-muted">接受邀请后，您将以邀请中的岗位、部门和小区进入工作台。每个邀请只能使用一次。</Text>
      </View>
      {error && (
        <Text id="join-error" className="notice notice--danger">
          {error.message}
        </Text>
      )}
      <Button
        id="join-accept"
        className="button button--primary button--block"
        loading={busy}
        disabled={busy}
        onClick={() => void accept()}
      >
        接受邀请
      </Button>
    </PageShell>
  );
}
