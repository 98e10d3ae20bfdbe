import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { BusyButton } from '../../../components/BusyButton';
import { Field } from '../../../components/Field';
import { PageShell } from '../../../components/PageShell';
import { refreshMe } from '../../../hooks/useMe';
import { bootstrapApi } from '../../../services/api/bootstrap';
import { ADMIN_ROOT } from '../../sections';

/**
 * 管理员初始化: the first administrator of a new deployment enters the setup code the company set
 * on the cloud function. Reachable by anyone (a new deployment has nobody bound); the function decides.
 */
export default function AdminSetupPage() {
  const [name, setName] = useState('');
  const [setupCode, setSetupCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field?: string; message: string }>();

  const submit = async () => {
    setBusy(true);
    const answer = await bootstrapApi.claimAdmin({ name, setupCode });
    setBusy(false);
    if (!answer.ok) {
      setError({ field: answer.error.field, message: answer.error.message });
      return;
    }
    setError(undefined);
    await refreshMe();
    void Taro.showToast({ title: '您已成为管理员', icon: 'success' });
    await Taro.redirectTo({ url: `/${ADMIN_ROOT}/pages/index/index` });
  };

  return (
    <PageShell>
      <View className="card">
        <Text className="text-muted">
          首次使用时，由公司指定的管理员输入部署时设置的初始化口令（云函数 bootstrap 的环境变量
          ADMIN_SETUP_CODE），成为系统管理员。系统已有管理员后此功能不再可用。
        </Text>
      </View>
      <View className="card">
        <Field label="姓名" required error={error?.field === 'name' ? error.message : undefined}>
          <Input id="setup-name" className="text-input" value={name} onInput={(e) => setName(e.detail.value)} />
        </Field>
        <Field label="初始化口令" required error={error?.field === 'setupCode' ? error.message : undefined}>
          <Input
            id="setup-code"
            className="text-input"
            password
            value={setupCode}
            onInput={(e) => setSetupCode(e.detail.value)}
          />
        </Field>
        {error && !['name', 'setupCode'].includes(error.field ?? '') && (
          <Text id="setup-error" className="notice notice--danger">
            {error.message}
          </Text>
        )}
      </View>
      <BusyButton id="setup-submit" busy={busy} onClick={() => void submit()}>
        成为管理员
      </BusyButton>
    </PageShell>
  );
}
