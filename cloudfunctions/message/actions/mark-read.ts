import { audienceKeysOf } from '../../domain/messages';
import { markReadInput } from '../../domain/message-schemas';
import { AUDIENCES } from '../../domain/roles';
import { defineAction } from '../../server/action';

/** Marks some of my messages read (ids not addressed to me change nothing). One database request. */
export const markRead = defineAction({
  schema: markReadInput,
  roles: AUDIENCES.bound,
  async run({ ids }, { caller, repos }): Promise<{ marked: number }> {
    return { marked: await repos.messages.markRead(audienceKeysOf(caller), [...new Set(ids)], caller.openid) };
  },
});
