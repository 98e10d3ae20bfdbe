import { forbidden } from '../../domain/errors';
import { grantsOf } from '../../domain/subscription-ledger';
import { recordChoicesInput } from '../../domain/subscription-schemas';
import { templateById } from '../../domain/subscription-templates';
import { templatesFor, toQuotaViews } from '../../domain/subscription-views';
import type { QuotaView } from '../../domain/subscription-views';
import { toIso } from '../../domain/time';
import { AUDIENCES } from '../../domain/roles';
import { defineAction } from '../../server/action';

/**
 * Records what the caller chose in WeChat's prompt: each accept allows one more message of that
 * template. Templates of another audience (an owner's for staff …) are refused. Answers the
 * caller's grants left of the templates asked. One request per accept (two the first time), and
 * one to read the grants.
 */
export const record = defineAction({
  schema: recordChoicesInput,
  roles: AUDIENCES.bound,
  async run({ choices }, { caller, repos, now }): Promise<{ quota: QuotaView[] }> {
    const mine = new Set(templatesFor(caller.roles).map((t) => t.id));
    const asked = Object.keys(choices).map((id) => templateById(id)!);
    if (asked.some((t) => !mine.has(t.id))) throw forbidden('您不能订阅这类消息');
    const granted = grantsOf(choices);
    if (granted.length > 0) await repos.subscriptions.grant(caller.openid, granted, toIso(now));
    const entries = await repos.subscriptions.quotaOf(
      caller.openid,
      asked.map((t) => t.id),
    );
    return { quota: toQuotaViews(asked, new Map(entries.map((e) => [e.templateId, e.remaining]))) };
  },
});
