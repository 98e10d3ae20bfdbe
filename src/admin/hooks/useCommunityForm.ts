// Creating or editing a community: its fields, the same checks the function makes, one save at a time.
import { useState } from 'react';
import { createCommunitySchema } from '@domain/place-schemas';
import { placeApi } from '../../services/api/place';
import type { CommunityContact } from '../../services/api/place';

export type CommunityDraft = Omit<CommunityContact, 'id'>;
type FieldErrors = Partial<Record<keyof CommunityDraft, string>>;

const EMPTY: CommunityDraft = { name: '', address: '', serviceDeskPhone: '', dutyPhone: '' };

function errorsOf(draft: CommunityDraft): FieldErrors {
  const checked = createCommunitySchema.safeParse(draft);
  if (checked.success) return {};
  const errors: FieldErrors = {};
  for (const issue of checked.error.issues) {
    const field = issue.path[0] as keyof CommunityDraft;
    errors[field] ??= issue.message;
  }
  return errors;
}

/** `editing`: the community to edit; none to create one. */
export function useCommunityForm(editing?: CommunityContact) {
  const [draft, setDraft] = useState<CommunityDraft>(() => {
    if (!editing) return EMPTY;
    const { name, address, serviceDeskPhone, dutyPhone } = editing;
    return { name, address, serviceDeskPhone, dutyPhone };
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);

  const update = (change: Partial<CommunityDraft>) => {
    setDraft((previous) => ({ ...previous, ...change }));
    // a field's message goes as soon as it is edited
    setErrors((previous) => {
      const next = { ...previous };
      for (const key of Object.keys(change) as Array<keyof CommunityDraft>) delete next[key];
      return next;
    });
  };

  /** The saved community, or undefined when it was not saved (the reason is shown). */
  const save = async (): Promise<CommunityContact | undefined> => {
    if (saving) return undefined;
    const found = errorsOf(draft);
    setErrors(found);
    setFailure(undefined);
    if (Object.keys(found).length > 0) return undefined;
    setSaving(true);
    const answer = editing ? await placeApi.updateCommunity(editing.id, draft) : await placeApi.createCommunity(draft);
    setSaving(false);
    if (answer.ok) return answer.data;
    const field = answer.error.field as keyof CommunityDraft | undefined;
    if (answer.error.code === 'INVALID_INPUT' && field && field in EMPTY) setErrors({ [field]: answer.error.message });
    else setFailure(answer.error.message);
    return undefined;
  };

  return { draft, update, errors, failure, saving, save };
}
