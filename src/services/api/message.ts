import type { Page } from '@domain/api';
import type { ParkedEffect } from '@domain/effects';
import type { MessageView } from '@domain/messages';
import { callCloud } from '../callCloud';

export const messageApi = {
  list: (input: { cursor?: string; limit?: number }) =>
    callCloud<Page<MessageView>>('message', { action: 'list', ...input }),
  unread: () => callCloud<{ unread: number }>('message', { action: 'unread' }),
  markRead: (ids: string[]) => callCloud<{ marked: number }>('message', { action: 'markRead', ids }),
  listParked: (input: { cursor?: string; limit?: number }) =>
    callCloud<Page<ParkedEffect>>('message', { action: 'listParked', ...input }),
  retryParked: (key: string) => callCloud<{ retried: string }>('message', { action: 'retryParked', key }),
};
