import { z } from 'zod';
import type { BindingRequestView } from '../../domain/home-views';
import { toBindingRequestView } from '../../domain/home-views';
import { AUDIENCES } from '../../domain/roles';
import { defineAction } from '../../server/action';
import { serviceDeskScope } from '../service-desk';

/** The service desk's pending binding requests for its communities, oldest first. */
export const listRequests = defineAction({
  schema: z.object({}).strict(),
  roles: AUDIENCES.bindingDesk,
  async run(_input, { caller, repos }): Promise<{ items: BindingRequestView[] }> {
    const scope = serviceDeskScope(caller);
    const pending = await repos.homes.pendingRequests(scope);
    return { items: pending.map((r) => toBindingRequestView(r, true)) };
  },
});
