// Adding or editing one entry of a community's guide — a service or a frequent question — with
// the checks the function makes, the version it was read at, one save at a time.
import { useState } from 'react';
import type { FaqEntry, GuideService, GuideView } from '@domain/guide';
import { faqInput, serviceInput } from '@domain/guide-schemas';
import { guideApi } from '../../services/api/guide';

export type EntryKind = 'service' | 'faq';
/** Every field as typed; keywords separated by commas, spaces or 、 */
export type EntryDraft = Record<string, string>;
type FieldErrors = Record<string, string>;

export const EMPTY_DRAFTS: Record<EntryKind, EntryDraft> = {
  service: { name: '', description: '', hours: '', phone: '', price: '' },
  faq: { question: '', answer: '', keywords: '' },
};

function draftOf(kind: EntryKind, entry?: GuideService | FaqEntry): EntryDraft {
  if (!entry) return { ...EMPTY_DRAFTS[kind] };
  if (kind === 'faq') {
    const faq = entry as FaqEntry;
    return { question: faq.question, answer: faq.answer, keywords: faq.keywords.join('、') };
  }
  const { name, description = '', hours = '', phone = '', price = '' } = entry as GuideService;
  return { name, description, hours, phone, price };
}

const keywordsOf = (text: string) => [...new Set(text.split(/[,，、;；\s]+/).filter(Boolean))];

function payloadOf(kind: EntryKind, draft: EntryDraft, id?: string) {
  const base = id ? { id } : {};
  return kind === 'faq'
    ? { ...base, question: draft.question, answer: draft.answer, keywords: keywordsOf(draft.keywords) }
    : {
        ...base,
        name: draft.name,
        description: draft.description,
        hours: draft.hours,
        phone: draft.phone,
        price: draft.price,
      };
}

export function useGuideEntryForm(
  kind: EntryKind,
  guide: Pick<GuideView, 'version'> & { communityId: string },
  editing: GuideService | FaqEntry | undefined,
) {
  const [draft, setDraft] = useState<EntryDraft>(() => draftOf(kind, editing));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);

  const update = (key: string, value: string) => {
    setDraft((previous) => ({ ...previous, [key]: value }));
    setErrors(({ [key]: _gone, ...rest }) => rest);
  };

  /** The guide after the save, or undefined when it was not saved (the reason is shown). */
  const save = async (): Promise<GuideView | undefined> => {
    if (saving) return undefined;
    const payload = payloadOf(kind, draft, editing?.id);
    const checked = (kind === 'faq' ? faqInput : serviceInput).safeParse(payload);
    if (!checked.success) {
      const found: FieldErrors = {};
      for (const issue of checked.error.issues) found[String(issue.path[0])] ??= issue.message;
      setErrors(found);
      return undefined;
    }
    setSaving(true);
    setFailure(undefined);
    const answer =
      kind === 'faq'
        ? await guideApi.saveFaq(guide.communityId, guide.version, payload as FaqEntry)
        : await guideApi.saveService(guide.communityId, guide.version, payload as GuideService);
    setSaving(false);
    if (answer.ok) return answer.data;
    const field = answer.error.field?.replace(/^entry\./, '');
    if (answer.error.code === 'INVALID_INPUT' && field && field in EMPTY_DRAFTS[kind])
      setErrors({ [field]: answer.error.message });
    else setFailure(answer.error.message);
    return undefined;
  };

  return { draft, update, errors, failure, saving, save };
}
