import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { ApiResult, TicketView } from '@domain/api';
import { ticketApi } from '../services/api/ticket';
import { useRemote } from './useRemote';

/** One request, and the commands on it: each answers the updated request, shown at once. */
export function useTicket(ticketId: string) {
  const ticket = useRemote<TicketView>(ticketId || null, () => ticketApi.get(ticketId));
  const [busy, setBusy] = useState(false);

  /** `done` is said when it worked; `plainDone` says it without the ✓ (news that is not a success). */
  const run = async (
    command: () => Promise<ApiResult<TicketView>>,
    done: string,
    plainDone = false,
  ): Promise<boolean> => {
    if (busy) return false;
    setBusy(true);
    const answer = await command();
    setBusy(false);
    if (!answer.ok) {
      // someone else moved it first: show what it is now
      const moved = answer.error.code === 'CONFLICT' || answer.error.code === 'ILLEGAL_TRANSITION';
      void Taro.showToast({
        title: moved ? `${answer.error.message}，已刷新为最新状态` : answer.error.message,
        icon: 'none',
        duration: 3000,
      });
      if (moved) void ticket.reload();
      return false;
    }
    ticket.replace(answer.data);
    void Taro.showToast({ title: done, icon: plainDone ? 'none' : 'success' });
    return true;
  };

  return { ...ticket, busy, run };
}
