import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { BusyButton } from '../../components/BusyButton';
import { Chips } from '../../components/Chips';
import { Field } from '../../components/Field';
import { PageShell } from '../../components/PageShell';
import { PhoneVerify } from '../../components/PhoneVerify';
import { refreshMe, useMe } from '../../hooks/useMe';
import { useBindForm } from '../../hooks/useBindForm';
import { usePlacePicker } from '../../hooks/usePlacePicker';
import { useRemote } from '../../hooks/useRemote';
import { homeApi } from '../../services/api/home';

/** Chip keys are positions: building and entrance names are free text. */
const indexed = (names: string[]) => names.map((text, i) => ({ key: String(i), text }));

export default function BindPage() {
  const { me } = useMe();
  const home = useRemote('mine', homeApi.mine);
  const picker = usePlacePicker();
  const form = useBindForm(home.data);
  const { choice } = picker;
  const buildingNames = picker.buildings.data?.items.map((b) => b.name) ?? [];

  const onSubmit = async () => {
    const result = await form.submit(choice.unit?.unitId);
    if (!result) return;
    await refreshMe();
    if (result.status === 'bound') {
      void Taro.showToast({ title: '绑定成功', icon: 'success' });
      void Taro.switchTab({ url: '/pages/file/index' });
    } else {
      void Taro.showToast({ title: '已提交，等待客服中心审核', icon: 'none' });
      void Taro.switchTab({ url: '/pages/mine/index' });
    }
  };

  return (
    <PageShell
      loading={picker.communities.loading}
      error={picker.communities.error}
      onRetry={picker.communities.reload}
    >
      <View className="form">
        <View className="card">
          <Field label="小区" required>
            <Chips
              idPrefix="community"
              items={(picker.communities.data?.items ?? []).map((c) => ({ key: c.id, text: c.name }))}
              value={choice.communityId}
              onChange={picker.chooseCommunity}
            />
          </Field>
          {choice.communityId && (
            <Field label="楼栋" required>
              <Chips
                idPrefix="building"
                items={indexed(buildingNames)}
                value={choice.building ? String(buildingNames.indexOf(choice.building)) : undefined}
                onChange={(i) => picker.chooseBuilding(buildingNames[Number(i)])}
              />
            </Field>
          )}
          {choice.building && (
            <Field label="单元" required>
              <Chips
                idPrefix="entrance"
                items={indexed(picker.entrances)}
                value={choice.entrance ? String(picker.entrances.indexOf(choice.entrance)) : undefined}
                onChange={(i) => picker.chooseEntrance(picker.entrances[Number(i)])}
              />
            </Field>
          )}
          {choice.entrance && (
            <Field label="房号" required>
              <Chips
                idPrefix="room"
                items={(picker.rooms.data?.items ?? []).map((r) => ({ key: r.unitId, text: r.room }))}
                value={choice.unit?.unitId}
                onChange={(unitId) => {
                  const unit = picker.rooms.data?.items.find((r) => r.unitId === unitId);
                  if (unit) picker.chooseUnit(unit);
                }}
              />
            </Field>
          )}
          {(picker.buildings.error ?? picker.rooms.error) && (
            <Text className="notice notice--danger">{(picker.buildings.error ?? picker.rooms.error)?.message}</Text>
          )}
        </View>
        <View className="card">
          <Field label="姓名" required>
            <Input
              id="bind-name"
              className="text-input"
              maxlength={20}
              placeholder={me?.bound ? me.name : '与物业登记的姓名一致'}
              value={form.name}
              onInput={(e) => form.setName(e.detail.value)}
            />
          </Field>
          <Field label="手机号" required>
            {form.phone.kind === 'verified' && (
              <Text id="verified-phone" className="field__value">
                {form.phone.masked}（已验证）
              </Text>
            )}
            {form.phone.kind === 'unverified' && <PhoneVerify onCode={form.verify} onDecline={form.decline} />}
            {form.phone.kind === 'typed' && (
              <View>
                <Text className="notice notice--warn">
                  {form.phone.why === 'quota' ? '暂时无法验证手机号' : '未授权手机号'}
                  ，请填写手机号，客服中心将致电核实后为您绑定。
                </Text>
                <Input
                  id="bind-phone"
                  className="text-input"
                  type="number"
                  maxlength={11}
                  placeholder="手机号码"
                  value={form.typedPhone}
                  onInput={(e) => form.setTypedPhone(e.detail.value)}
                />
              </View>
            )}
          </Field>
        </View>
        {choice.unit && <Text className="text-muted">将绑定：{choice.unit.label}</Text>}
        {form.failure && <Text className="notice notice--danger">{form.failure.message}</Text>}
        <BusyButton id="bind-submit" busy={form.busy} onClick={onSubmit}>
          {form.busy ? '提交中…' : '绑定'}
        </BusyButton>
      </View>
    </PageShell>
  );
}
