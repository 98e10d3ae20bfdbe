import type { Page } from '../../domain/api';
import { audienceKeysOf, toMessageView } from '../../domain/messages';
import type { MessageView } from '../../domain/messages';
import { listMessagesInput } from '../../domain/message-schemas';
import { AUDIENCES } from '../../domain/roles';
import { defineAction } from '../../server/action';

/** My messages (those of my audiences only), newest first, a page at a time. One database request. */
export const list = defineAction({
  schema: listMessagesInput,
  roles: AUDIENCES.bound,
  async run({ cursor, limit }, { caller, repos }): Promise<Page<MessageView>> {
    const page = await repos.messages.list(audienceKeysOf(caller), { limit, ...(cursor ? { cursor } : {}) });
    return {
      items: page.items.map((m) => toMessageView(m, caller.openid)),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    };
  },
});
