import { invalidInput } from '../../domain/errors';
import { mergeInput } from '../../domain/schemas';
import { defineAction } from '../../server/action';
import { commit, loadReadable } from '../command';
import { AUDIENCES } from '../../domain/roles';

/**
 * Merges a duplicate into the surviving request, named by its number. Four database requests: the
 * caller, the duplicate, the survivor (by the unique index on numbers), one conditional write.
 */
export const merge = defineAction({
  schema: mergeInput,
  roles: AUDIENCES.handlers,
  async run(input, context) {
    const before = await loadReadable(context, input.ticketId);
    const into = await context.repos.tickets.findByNumber(input.intoNumber);
    // a number of another community is answered as no number at all: it tells nothing of that community
    if (!into || into.communityId !== before.communityId)
      throw invalidInput(`本小区没有编号为${input.intoNumber}的诉求`, 'intoNumber');
    return commit(context, before, {
      type: 'merge',
      into: { id: into.id, number: into.number, communityId: into.communityId, status: into.status },
    });
  },
});
