// Binding a home: the phone (verified by WeChat once, or typed when verification is not possible),
// the person's name and the chosen unit, sent to home.bind.
import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { ApiError } from '@domain/api';
import { MOBILE_PATTERN } from '@domain/home-schemas';
import { homeApi } from '../services/api/home';
import type { BindResult } from '../services/api/home';

export type PhoneState =
  | { kind: 'unverified' }
  | { kind: 'verified'; masked: string }
  /** the quota is spent or the person declined: a typed phone the service desk confirms */
  | { kind: 'typed'; why: 'quota' | 'declined' };

export function useBindForm(kept: { phoneVerified: boolean; phone?: string } | undefined) {
  const [phone, setPhone] = useState<PhoneState | undefined>();
  const [typedPhone, setTypedPhone] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | undefined>();

  const current: PhoneState =
    phone ?? (kept?.phoneVerified && kept.phone ? { kind: 'verified', masked: kept.phone } : { kind: 'unverified' });

  const verify = async (code: string) => {
    setFailure(undefined);
    const answer = await homeApi.verifyPhone(code);
    if (!answer.ok) return setFailure(answer.error);
    setPhone(answer.data.verified ? { kind: 'verified', masked: answer.data.phone } : { kind: 'typed', why: 'quota' });
  };

  const decline = () => setPhone({ kind: 'typed', why: 'declined' });

  const submit = async (unitId: string | undefined): Promise<BindResult | undefined> => {
    if (!unitId) return void Taro.showToast({ title: '请选择房屋', icon: 'none' });
    if (!name.trim()) return void Taro.showToast({ title: '请填写姓名', icon: 'none' });
    if (current.kind === 'unverified') return void Taro.showToast({ title: '请先验证手机号', icon: 'none' });
    if (current.kind === 'typed' && !MOBILE_PATTERN.test(typedPhone.trim()))
      return void Taro.showToast({ title: '请填写正确的手机号码', icon: 'none' });
    setBusy(true);
    setFailure(undefined);
    const answer = await homeApi.bind({
      unitId,
      name: name.trim(),
      ...(current.kind === 'typed' ? { phone: typedPhone.trim() } : {}),
    });
    setBusy(false);
    if (!answer.ok) return void setFailure(answer.error);
    return answer.data;
  };

  return { phone: current, verify, decline, typedPhone, setTypedPhone, name, setName, busy, failure, submit };
}
