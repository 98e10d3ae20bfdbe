// The 代客登记 form: who called (found by unit or phone, or a caller with no account), by which
// channel, and the request itself. One submission per fill: the clientRequestId survives a retry.
import { useRef, useState } from 'react';
import type { TicketView } from '@domain/api';
import { createOnBehalfInput } from '@domain/desk-schemas';
import type { CreateOnBehalfInput, DeskChannel, LookupOwnerInput } from '@domain/desk-schemas';
import type { Category, LocationKind, Urgency } from '@domain/model';
import type { OwnerCandidate } from '@domain/owner-lookup';
import { ticketApi } from '../services/api/ticket';
import { newClientRequestId } from '../utils/format';

export type FindBy = 'unit' | 'phone' | 'caller';

export interface DeskDraft {
  channel: DeskChannel;
  findBy: FindBy;
  chosen?: OwnerCandidate;
  callerName: string;
  callerCommunityId: string;
  category?: Category;
  description: string;
  urgency: Urgency;
  locationKind: LocationKind;
  commonAreaText: string;
  contactPhone: string;
}

const emptyDraft = (): DeskDraft => ({
  channel: 'hotline',
  findBy: 'unit',
  callerName: '',
  callerCommunityId: '',
  description: '',
  urgency: 'normal',
  locationKind: 'unit',
  commonAreaText: '',
  contactPhone: '',
});

function toInput(draft: DeskDraft, clientRequestId: string): Record<string, unknown> {
  const { chosen } = draft;
  const person =
    draft.findBy === 'caller' || !chosen
      ? { kind: 'caller', name: draft.callerName, communityId: draft.callerCommunityId }
      : chosen.openid
        ? { kind: 'owner', openid: chosen.openid }
        : { kind: 'caller', name: chosen.name, communityId: chosen.communityId };
  const onUnit = draft.findBy !== 'caller' && chosen && draft.locationKind === 'unit';
  return {
    clientRequestId,
    channel: draft.channel,
    category: draft.category,
    description: draft.description,
    location: onUnit ? { kind: 'unit', unitId: chosen.unitId } : { kind: 'common_area', text: draft.commonAreaText },
    urgency: draft.urgency,
    contactPhone: draft.contactPhone,
    person,
  };
}

/** Server field paths → the form's own field names. */
function fieldOf(path: string): string {
  if (path.startsWith('location')) return 'location';
  if (path.startsWith('person.name')) return 'callerName';
  if (path.startsWith('person')) return 'person';
  return path.split('.')[0];
}

export function useDeskIntake() {
  const [draft, setDraft] = useState<DeskDraft>(emptyDraft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [candidates, setCandidates] = useState<{ items?: OwnerCandidate[]; loading: boolean; error?: string }>({
    loading: false,
  });
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState('');
  const clientRequestId = useRef(newClientRequestId());
  const inFlight = useRef(false);

  const update = (patch: Partial<DeskDraft>) => {
    setDraft((previous) => ({ ...previous, ...patch }));
    setErrors((previous) => {
      const next = { ...previous };
      for (const key of Object.keys(patch)) {
        delete next[key];
        if (['chosen', 'findBy', 'callerCommunityId'].includes(key)) delete next.person;
        if (['commonAreaText', 'locationKind', 'chosen'].includes(key)) delete next.location;
      }
      return next;
    });
  };

  const choose = (chosen: OwnerCandidate) =>
    update({ chosen, locationKind: 'unit', contactPhone: chosen.phone.includes('*') ? '' : chosen.phone });

  const lookup = async (input: LookupOwnerInput) => {
    setCandidates({ loading: true });
    update({ chosen: undefined });
    const answer = await ticketApi.lookupOwner(input);
    if (!answer.ok) {
      setCandidates({ loading: false, error: answer.error.message });
      return;
    }
    setCandidates({ loading: false, items: answer.data.items });
    // one person found: take them
    if (answer.data.items.length === 1) choose(answer.data.items[0]);
  };

  const check = (): CreateOnBehalfInput | undefined => {
    const found: Record<string, string> = {};
    if (draft.findBy !== 'caller' && !draft.chosen) found.person = '请先查找并选择业主';
    const parsed = createOnBehalfInput.safeParse(toInput(draft, clientRequestId.current));
    if (!parsed.success)
      for (const issue of parsed.error.issues) found[fieldOf(issue.path.join('.'))] ??= issue.message;
    setErrors(found);
    return Object.keys(found).length === 0 && parsed.success ? (parsed.data as CreateOnBehalfInput) : undefined;
  };

  const submit = async (): Promise<TicketView | undefined> => {
    if (inFlight.current) return undefined;
    setFailure('');
    const input = check();
    if (!input) return undefined;
    inFlight.current = true;
    setSubmitting(true);
    const answer = await ticketApi.createOnBehalf(input);
    inFlight.current = false;
    setSubmitting(false);
    if (!answer.ok) {
      if (answer.error.code === 'INVALID_INPUT' && answer.error.field)
        setErrors({ [fieldOf(answer.error.field)]: answer.error.message });
      else setFailure(answer.error.message);
      return undefined;
    }
    clientRequestId.current = newClientRequestId();
    setDraft(emptyDraft());
    setCandidates({ loading: false });
    return answer.data;
  };

  return { draft, update, errors, candidates, lookup, choose, submitting, failure, submit };
}
