import { DomainError } from '../../domain/errors';
import { chinaMonth } from '../../domain/guide';
import { recordFaqInput } from '../../domain/guide-schemas';
import { AUDIENCES } from '../../domain/roles';
import { defineAction } from '../../server/action';

/**
 * What happened to a consultation an owner typed: answers were shown (`shown`, once per draft),
 * "这解决了我的问题" (`solved`, with the question), or it was filed all the same (`filed`). Counted in
 * the community's month. Two requests: the caller; the count (three the month's first time).
 * The question must be one of the community's: `solved` reads the guide first (one more).
 */
export const recordFaq = defineAction({
  schema: recordFaqInput,
  roles: AUDIENCES.filers,
  async run({ communityId, outcome, faqId }, { caller, now, repos }): Promise<{ counted: true }> {
    if (!caller.units.some((unit) => unit.communityId === communityId))
      throw new DomainError('NOT_FOUND', '小区不存在');
    if (outcome === 'solved') {
      const guide = await repos.guides.load(communityId);
      if (!guide?.faqs.some((faq) => faq.id === faqId)) throw new DomainError('NOT_FOUND', '该问题已不存在');
    }
    await repos.guides.count(communityId, chinaMonth(now), outcome, outcome === 'solved' ? faqId : undefined);
    return { counted: true };
  },
});
