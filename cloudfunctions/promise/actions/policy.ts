// A community's promise policy: the table category × step (each cell a span, or the default), the
// warning share and the escalation span. Reading is two database requests (the community, its
// policy); an edit three and the audit entry.
import { notFound } from '../../domain/errors';
import { policyOf, withCell } from '../../domain/promise-policy';
import type { PromisePolicy } from '../../domain/promise-policy';
import { toPolicyView } from '../../domain/promise-settings-views';
import type { PolicyView } from '../../domain/promise-settings-views';
import { policyInput, setPolicyCellInput, setPolicyOptionsInput } from '../../domain/promise-schemas';
import { toIso } from '../../domain/time';
import type { ActionContext } from '../../server/action';
import { defineAction } from '../../server/action';
import { recordChange } from '../record';

const EDITORS = ['admin'] as const;

async function readPolicy(context: ActionContext, communityId: string): Promise<PromisePolicy> {
  const [community, stored] = await Promise.all([
    context.repos.places.community(communityId),
    context.repos.promiseSettings.policyOf(communityId),
  ]);
  if (!community) throw notFound('小区不存在');
  return policyOf(stored);
}

async function save(context: ActionContext, communityId: string, before: PromisePolicy, after: PromisePolicy) {
  await context.repos.promiseSettings.savePolicy(communityId, after, toIso(context.now), context.caller.openid);
  await recordChange(context, 'promisePolicy.update', { kind: 'community', id: communityId }, { before, after });
  return toPolicyView(communityId, after);
}

export const policy = defineAction({
  schema: policyInput,
  roles: EDITORS,
  run: async ({ communityId }, context): Promise<PolicyView> =>
    toPolicyView(communityId, await readPolicy(context, communityId)),
});

export const setPolicyCell = defineAction({
  schema: setPolicyCellInput,
  roles: EDITORS,
  async run({ communityId, row, step, span }, context): Promise<PolicyView> {
    const before = await readPolicy(context, communityId);
    return save(context, communityId, before, withCell(before, row, step, span ?? undefined));
  },
});

export const setPolicyOptions = defineAction({
  schema: setPolicyOptionsInput,
  roles: EDITORS,
  async run({ communityId, warnPercent, escalateAfter }, context): Promise<PolicyView> {
    const before = await readPolicy(context, communityId);
    return save(context, communityId, before, { ...before, warnShare: warnPercent / 100, escalateAfter });
  },
});
