import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { ApiResult, TicketView } from '@domain/api';
import { ticketApi } from '../services/api/ticket';
import { useRemote } from './useRemote';

/** One request, and the commands on it: each answers the updated request, shown at once. */
export function useTicket(ticketId: string) {
  const ticket = useRemote<TicketView>(ticketId || null, () => ticketApi.get(ticketId));
  const [busy, setBusy] = useState(false);

  const run = async (command: () => Promise<ApiResult<TicketView>>, done: string): Promise<boolean> => {
    if (busy) return false;
    setBusy(true);
    const answer = await command();
    setBusy(false);
    if (!answer.ok) {
      void Taro.showToast({ title: answer.error.message, icon: 'none', duration: 3000 });
      if (answer.error.code === 'CONFLICT' || answer.error.code === 'ILLEGAL_TRANSITION') void ticket.reload();
      return false;
    }
    ticket.replace(answer.data);
    void Taro.showToast({ title: done, icon: 'success' });
    return true;
  };

  return { ...ticket, busy, run };
}
