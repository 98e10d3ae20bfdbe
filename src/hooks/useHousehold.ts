// 我的's homes: who I am, my homes, each home's household (invite, remove), my binding requests.
import Taro from '@tarojs/taro';
import type { InviteInput } from '@domain/home-schemas';
import { homeApi } from '../services/api/home';
import { useRemote } from './useRemote';

export interface SharedInvitation {
  code: string;
  path: string;
  unitLabel: string;
  expiresAt: string;
}

let lastInvitation: SharedInvitation | undefined;

/** The invitation the share card carries (WeChat asks the page for it when the owner shares). */
export const invitationToShare = (): SharedInvitation | undefined => lastInvitation;

export function useHousehold(key: string) {
  const home = useRemote(key, homeApi.mine);

  const invite = async (input: InviteInput, unitLabel: string): Promise<SharedInvitation | undefined> => {
    const answer = await homeApi.invite(input);
    if (!answer.ok) {
      void Taro.showToast({ title: answer.error.message, icon: 'none' });
      return undefined;
    }
    lastInvitation = { ...answer.data, unitLabel };
    return lastInvitation;
  };

  const remove = async (unitId: string, openid: string, name: string) => {
    const { confirm } = await Taro.showModal({ title: '移除住户', content: `确定将「${name}」移出该房屋吗？` });
    if (!confirm) return;
    const answer = await homeApi.removeMember(unitId, openid);
    if (!answer.ok) void Taro.showToast({ title: answer.error.message, icon: 'none' });
    await home.reload();
  };

  return { home, invite, remove };
}
