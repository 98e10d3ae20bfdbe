// The service desk's pending binding requests: approve (the person is bound) or decline with a reason.
import Taro from '@tarojs/taro';
import type { BindingRequestView } from '@domain/home-views';
import { homeApi } from '../services/api/home';
import { useRemote } from './useRemote';

export function useBindingRequests() {
  const list = useRemote('binding-requests', homeApi.listRequests);

  const decide = async (request: BindingRequestView, approve: boolean, reason?: string) => {
    if (approve) {
      const { confirm } = await Taro.showModal({
        title: '通过绑定申请',
        content: `确认 ${request.name}（${request.phone}）为 ${request.unitLabel} 的业主？`,
      });
      if (!confirm) return false;
    }
    const answer = await homeApi.decideRequest({ requestId: request.id, approve, ...(reason ? { reason } : {}) });
    if (!answer.ok) {
      void Taro.showToast({ title: answer.error.message, icon: 'none' });
      return false;
    }
    void Taro.showToast({ title: approve ? '已通过' : '已驳回', icon: 'success' });
    await list.reload();
    return true;
  };

  return { list, decide };
}
