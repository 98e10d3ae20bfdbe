import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { CommunityPhones } from '@domain/guide';
import { Icon } from './Icon';
import type { IconName } from './Icon';

/** One tap calls (WeChat's dialer; a tel: link in the browser). */
export const call = (phoneNumber: string) => void Taro.makePhoneCall({ phoneNumber }).catch(() => undefined);

function CallButton({ id, icon, label, phone }: { id: string; icon: IconName; label: string; phone: string }) {
  return (
    <View id={id} className="call-button" onClick={() => call(phone)}>
      <Icon name={icon} className="call-button__icon" />
      <View className="call-button__text">
        <Text className="call-button__label">{label}</Text>
        <Text className="call-button__phone">{phone}</Text>
      </View>
    </View>
  );
}

/** 客服中心 and 值班电话 of the community, each a tap from calling; a number not set is left out. */
export function CallButtons({ community }: { community: CommunityPhones }) {
  if (!community.serviceDeskPhone && !community.dutyPhone) return null;
  return (
    <View className="card call-buttons">
      {community.serviceDeskPhone && (
        <CallButton id="call-service-desk" icon="phone" label="客服中心" phone={community.serviceDeskPhone} />
      )}
      {community.dutyPhone && (
        <CallButton id="call-duty" icon="duty" label="值班电话（24小时）" phone={community.dutyPhone} />
      )}
    </View>
  );
}
