// Admins add, change and remove the services and frequent questions of a community's guide, one
// entry at a time, with the version they read: two admins editing together cannot overwrite each
// other (CONFLICT). Each change is in the audit log, the entry before and after in words.
import { randomBytes } from 'crypto';
import { auditEntry } from '../../domain/audit';
import { DomainError, conflict, invalidInput } from '../../domain/errors';
import { toGuideView } from '../../domain/guide';
import type { FaqEntry, GuideService, GuideView, ServiceGuide } from '../../domain/guide';
import { MAX_FAQS, MAX_SERVICES, removeGuideEntryInput, saveGuideEntryInput } from '../../domain/guide-schemas';
import { toIso } from '../../domain/time';
import type { ActionContext } from '../../server/action';
import { defineAction } from '../../server/action';
import { GUIDE_EDITORS, assertWorksIn, phonesOf } from '../access';

type Kind = 'service' | 'faq';
type Entry = GuideService | FaqEntry;

const LIST: Record<Kind, 'services' | 'faqs'> = { service: 'services', faq: 'faqs' };
const LIMIT: Record<Kind, number> = { service: MAX_SERVICES, faq: MAX_FAQS };
const NAME: Record<Kind, string> = { service: '服务', faq: '常见问题' };

/** An entry as the audit log shows it. */
function inWords(kind: Kind, entry: Entry | undefined): Record<string, string> | undefined {
  if (!entry) return undefined;
  if (kind === 'faq') {
    const faq = entry as FaqEntry;
    return { 问题: faq.question, 答案: faq.answer, 关键词: faq.keywords.join('、') };
  }
  const service = entry as GuideService;
  return {
    服务名称: service.name,
    说明: service.description ?? '',
    服务时间: service.hours ?? '',
    电话: service.phone ?? '',
    价格: service.price ?? '',
  };
}

const labelOf = (kind: Kind, entry: Entry) =>
  kind === 'faq' ? (entry as FaqEntry).question : (entry as GuideService).name;

/** Reads the guide and the community at once; refuses a stale version. */
async function current(context: ActionContext, communityId: string, version: number) {
  assertWorksIn(context, communityId);
  const [community, stored] = await Promise.all([
    phonesOf(context, communityId),
    context.repos.guides.load(communityId),
  ]);
  const guide = stored ?? { communityId, services: [], faqs: [], version: 0 };
  if (guide.version !== version) throw conflict('服务指南已被他人修改，请刷新后重试');
  return { community, guide };
}

async function write(
  context: ActionContext,
  guide: ServiceGuide,
  next: Pick<ServiceGuide, 'services' | 'faqs'>,
  audit: { action: string; before?: unknown; after?: unknown; summary: string },
): Promise<ServiceGuide> {
  const { caller, now, repos } = context;
  const at = toIso(now);
  const saved: ServiceGuide = {
    ...guide,
    ...next,
    version: guide.version + 1,
    updatedAt: at,
    updatedBy: { openid: caller.openid, name: caller.name },
  };
  if (!(await repos.guides.save(guide.version, saved))) throw conflict('服务指南已被他人修改，请刷新后重试');
  await repos.audit.record(
    auditEntry(
      randomBytes(12).toString('hex'),
      caller,
      audit.action,
      { kind: 'service_guide', id: guide.communityId },
      { before: audit.before, after: audit.after, summary: audit.summary },
      at,
    ),
  );
  return saved;
}

/**
 * Adds an entry (no `id`) or replaces the one with its `id`. Five requests: the caller; the guide
 * and the community at once; the conditional write; the audit entry.
 */
export const saveEntry = defineAction({
  schema: saveGuideEntryInput,
  roles: GUIDE_EDITORS,
  async run(input, context): Promise<GuideView> {
    const { kind, communityId, version } = input;
    const { community, guide } = await current(context, communityId, version);
    const list: Entry[] = guide[LIST[kind]];
    const before = input.entry.id ? list.find((entry) => entry.id === input.entry.id) : undefined;
    if (input.entry.id && !before) throw new DomainError('NOT_FOUND', `该${NAME[kind]}不存在，请刷新后重试`);
    if (!before && list.length >= LIMIT[kind]) throw invalidInput(`${NAME[kind]}最多${LIMIT[kind]}条`, 'entry');
    const entry = { ...input.entry, id: before?.id ?? `${kind}-${randomBytes(6).toString('hex')}` } as Entry;
    const nextList = before ? list.map((item) => (item.id === entry.id ? entry : item)) : [...list, entry];
    const saved = await write(
      context,
      guide,
      { ...guide, [LIST[kind]]: nextList },
      {
        action: `guide.${kind}.${before ? 'update' : 'create'}`,
        before: inWords(kind, before),
        after: inWords(kind, entry),
        summary: `${before ? '修改' : '新增'}${NAME[kind]}：${labelOf(kind, entry)}`,
      },
    );
    return toGuideView(community, saved);
  },
});

/** Removes an entry. Five requests, as `saveEntry`. */
export const removeEntry = defineAction({
  schema: removeGuideEntryInput,
  roles: GUIDE_EDITORS,
  async run(input, context): Promise<GuideView> {
    const { kind, communityId, version, id } = input;
    const { community, guide } = await current(context, communityId, version);
    const list: Entry[] = guide[LIST[kind]];
    const before = list.find((entry) => entry.id === id);
    if (!before) throw new DomainError('NOT_FOUND', `该${NAME[kind]}不存在，请刷新后重试`);
    const saved = await write(
      context,
      guide,
      { ...guide, [LIST[kind]]: list.filter((entry) => entry.id !== id) },
      {
        action: `guide.${kind}.remove`,
        before: inWords(kind, before),
        summary: `删除${NAME[kind]}：${labelOf(kind, before)}`,
      },
    );
    return toGuideView(community, saved);
  },
});
