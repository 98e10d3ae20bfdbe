import { useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import { isH5 } from '../services/platform';

/**
 * WeChat's phone button (`openType="getPhoneNumber"`): its `code` goes to the server, which
 * exchanges it for the verified number. The browser build has no such button: a stand-in dialog
 * offers the same choices — allow (type the number WeChat would answer) or deny.
 */
export function PhoneVerify({ onCode, onDecline }: { onCode(code: string): void; onDecline(): void }) {
  const [open, setOpen] = useState(false);
  const [number, setNumber] = useState('');

  if (!isH5) {
    return (
      <Button
        id="verify-phone"
        className="button button--primary button--block"
        openType="getPhoneNumber"
        onGetPhoneNumber={(e) => (e.detail.code ? onCode(e.detail.code) : onDecline())}
      >
        微信手机号快速验证
      </Button>
    );
  }
  return (
    <View>
      <Button id="verify-phone" className="button button--primary button--block" onClick={() => setOpen(true)}>
        微信手机号快速验证
      </Button>
      {open && (
        <View className="card phone-dialog">
          <Text className="field__label">「物业服务台」申请获取你的手机号（本地体验：输入微信将返回的号码）</Text>
          <Input
            id="phone-dialog-number"
            className="text-input"
            type="number"
            maxlength={11}
            placeholder="手机号码"
            value={number}
            onInput={(e) => setNumber(e.detail.value)}
          />
          <View className="phone-dialog__actions">
            <Button
              id="phone-dialog-deny"
              className="button button--ghost"
              onClick={() => {
                setOpen(false);
                onDecline();
              }}
            >
              拒绝
            </Button>
            <Button
              id="phone-dialog-allow"
              className="button button--primary"
              onClick={() => {
                setOpen(false);
                onCode(`local-phone:${number.trim()}`);
              }}
            >
              允许
            </Button>
          </View>
        </View>
      )}
    </View>
  );
}
