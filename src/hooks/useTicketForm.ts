// The 报事 form: its fields, the same checks the server makes, and one submission per fill
// (the clientRequestId survives a retry, so a double tap or a resend files one request). It starts
// with the owner's phone and home filled in, and is kept as a draft until sent or discarded.
import { useEffect, useRef, useState } from 'react';
import type { Category, LocationKind, Urgency } from '@domain/model';
import type { TicketView } from '@domain/api';
import { createTicketInput } from '@domain/schemas';
import type { CreateTicketInput } from '@domain/schemas';
import Taro from '@tarojs/taro';
import { ticketApi } from '../services/api/ticket';
import { clearDraft, loadDraft, saveDraft } from '../services/ticket-draft';
import { newClientRequestId } from '../utils/format';

export interface TicketDraft {
  category?: Category;
  description: string;
  photos: string[];
  locationKind: LocationKind;
  unitId: string;
  commonAreaText: string;
  urgency: Urgency;
  contactPhone: string;
  preferredVisitTime: string;
  /** a complaint's marks: a compensation claim, against the manager (sent only with a complaint) */
  compensation?: boolean;
  againstManager?: boolean;
}

export interface FormDefaults {
  /** who writes it: the draft is kept per person */
  who: string;
  unitIds: string[];
  phone?: string;
}

const emptyDraft = (defaults: FormDefaults): TicketDraft => ({
  description: '',
  photos: [],
  locationKind: 'unit',
  unitId: defaults.unitIds[0] ?? '',
  commonAreaText: '',
  urgency: 'normal',
  contactPhone: defaults.phone ?? '',
  preferredVisitTime: '',
});

/** The kept draft, if any, with a unit the person still has. */
function restored(defaults: FormDefaults) {
  const stored = loadDraft<TicketDraft>(defaults.who);
  if (!stored) return undefined;
  const unitId = defaults.unitIds.includes(stored.draft.unitId) ? stored.draft.unitId : (defaults.unitIds[0] ?? '');
  return { draft: { ...emptyDraft(defaults), ...stored.draft, unitId }, clientRequestId: stored.clientRequestId };
}

/** Something worth keeping: more than what the form starts with. */
const isWorthKeeping = (draft: TicketDraft, defaults: FormDefaults): boolean =>
  JSON.stringify(draft) !== JSON.stringify(emptyDraft(defaults));

function toInput(draft: TicketDraft, clientRequestId: string): Record<string, unknown> {
  return {
    clientRequestId,
    category: draft.category,
    description: draft.description,
    photos: draft.photos,
    location:
      draft.locationKind === 'unit'
        ? { kind: 'unit', unitId: draft.unitId }
        : { kind: 'common_area', text: draft.commonAreaText },
    urgency: draft.urgency,
    contactPhone: draft.contactPhone,
    ...(draft.preferredVisitTime ? { preferredVisitTime: draft.preferredVisitTime } : {}),
    ...(draft.category === 'complaint' && (draft.compensation || draft.againstManager)
      ? {
          flags: {
            ...(draft.compensation ? { compensation: true } : {}),
            ...(draft.againstManager ? { againstManager: true } : {}),
          },
        }
      : {}),
  };
}

/** Server field paths → the form's own field names. */
function fieldOf(path: string): string {
  if (path.startsWith('location')) return 'location';
  return path.split('.')[0];
}

export function useTicketForm(defaults: FormDefaults) {
  const defaultUnitId = defaults.unitIds[0] ?? '';
  const [initial] = useState(() => restored(defaults));
  const [draft, setDraft] = useState<TicketDraft>(() => initial?.draft ?? emptyDraft(defaults));
  const [hasDraft, setHasDraft] = useState(Boolean(initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState('');
  /** counts the submissions the form itself refused, so the page can bring the first message into view */
  const [refusals, setRefusals] = useState(0);
  const clientRequestId = useRef(initial?.clientRequestId ?? newClientRequestId());
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current) return;
    if (isWorthKeeping(draft, defaults)) {
      saveDraft(defaults.who, { draft, clientRequestId: clientRequestId.current });
      setHasDraft(true);
    }
    // the defaults are read as they are when the draft changes
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft]);

  const startOver = () => {
    clearDraft(defaults.who);
    sent.current = true; // the reset below is not a draft
    clientRequestId.current = newClientRequestId();
    setDraft(emptyDraft(defaults));
    setErrors({});
    setFailure('');
    setHasDraft(false);
  };

  /** 放弃草稿: after the person confirms. */
  const discard = async () => {
    const { confirm } = await Taro.showModal({ title: '放弃草稿', content: '填写的内容将被清空，确定放弃吗？' });
    if (confirm) startOver();
  };
  // a ref, not the state: a second tap may arrive before the re-render that disables the button
  const inFlight = useRef(false);

  const update = (patch: Partial<TicketDraft>) => {
    sent.current = false;
    setDraft((previous) => ({ ...previous, ...patch }));
    setErrors((previous) => {
      const next = { ...previous };
      for (const key of Object.keys(patch))
        delete next[key === 'commonAreaText' || key === 'unitId' || key === 'locationKind' ? 'location' : key];
      return next;
    });
  };

  const check = (): CreateTicketInput | undefined => {
    const parsed = createTicketInput.safeParse(
      toInput({ ...draft, unitId: draft.unitId || defaultUnitId }, clientRequestId.current),
    );
    if (parsed.success) {
      setErrors({});
      return parsed.data;
    }
    const found: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path.join('.'));
      found[field] ??= issue.message;
    }
    setErrors(found);
    setRefusals((count) => count + 1);
    return undefined;
  };

  const submit = async (): Promise<TicketView | undefined> => {
    if (inFlight.current) return undefined;
    setFailure('');
    const input = check();
    if (!input) return undefined;
    inFlight.current = true;
    setSubmitting(true);
    const answer = await ticketApi.create(input);
    inFlight.current = false;
    setSubmitting(false);
    if (!answer.ok) {
      if (answer.error.code === 'INVALID_INPUT' && answer.error.field)
        setErrors({ [fieldOf(answer.error.field)]: answer.error.message });
      else setFailure(answer.error.message);
      return undefined;
    }
    startOver();
    return answer.data;
  };

  /** `clear`: empties the form and its draft without asking (the owner's question was answered). */
  return { draft, update, errors, refusals, submitting, failure, submit, hasDraft, discard, clear: startOver };
}
