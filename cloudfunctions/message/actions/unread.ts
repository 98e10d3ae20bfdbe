import { audienceKeysOf } from '../../domain/messages';
import { unreadInput } from '../../domain/message-schemas';
import { AUDIENCES } from '../../domain/roles';
import { defineAction } from '../../server/action';

/** The badge counts to 99 ("99+" beyond): no need to read further back. */
export const UNREAD_CAP = 100;

/** How many of my newest messages I have not read, for the badge. One database request. */
export const unread = defineAction({
  schema: unreadInput,
  roles: AUDIENCES.bound,
  async run(_input, { caller, repos }): Promise<{ unread: number }> {
    return { unread: await repos.messages.unread(audienceKeysOf(caller), caller.openid, UNREAD_CAP) };
  },
});
