import type { SubscribeChoice } from '@domain/subscription-ledger';
import type { QuotaView, SendRecordView } from '@domain/subscription-views';
import { callCloud } from '../callCloud';

export const subscriptionApi = {
  record: (choices: Record<string, SubscribeChoice>) =>
    callCloud<{ quota: QuotaView[] }>('subscription', { action: 'record', choices }),
  mine: () => callCloud<{ quota: QuotaView[] }>('subscription', { action: 'mine' }),
  sendsOfTicket: (ticketId: string) =>
    callCloud<SendRecordView[]>('subscription', { action: 'sendsOfTicket', ticketId }),
};
