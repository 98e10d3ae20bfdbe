import { myQuotaInput } from '../../domain/subscription-schemas';
import { templatesFor, toQuotaViews } from '../../domain/subscription-views';
import type { QuotaView } from '../../domain/subscription-views';
import { AUDIENCES } from '../../domain/roles';
import { defineAction } from '../../server/action';

/** How many messages of each template the caller may still be sent. One request. */
export const mine = defineAction({
  schema: myQuotaInput,
  roles: AUDIENCES.bound,
  async run(_input, { caller, repos }): Promise<{ quota: QuotaView[] }> {
    const templates = templatesFor(caller.roles);
    const entries = await repos.subscriptions.quotaOf(
      caller.openid,
      templates.map((t) => t.id),
    );
    return { quota: toQuotaViews(templates, new Map(entries.map((e) => [e.templateId, e.remaining]))) };
  },
});
