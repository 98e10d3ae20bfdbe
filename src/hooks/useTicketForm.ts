// The 报事 form: its fields, the same checks the server makes, and one submission per fill
// (the clientRequestId survives a retry, so a double tap or a resend files one request).
import { useRef, useState } from 'react';
import type { Category, LocationKind, Urgency } from '@domain/model';
import type { TicketView } from '@domain/api';
import { createTicketInput } from '@domain/schemas';
import type { CreateTicketInput } from '@domain/schemas';
import { ticketApi } from '../services/api/ticket';
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
}

const emptyDraft = (unitId: string): TicketDraft => ({
  description: '',
  photos: [],
  locationKind: 'unit',
  unitId,
  commonAreaText: '',
  urgency: 'normal',
  contactPhone: '',
  preferredVisitTime: '',
});

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
  };
}

/** Server field paths → the form's own field names. */
function fieldOf(path: string): string {
  if (path.startsWith('location')) return 'location';
  return path.split('.')[0];
}

export function useTicketForm(defaultUnitId: string) {
  const [draft, setDraft] = useState<TicketDraft>(() => emptyDraft(defaultUnitId));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState('');
  /** counts the submissions the form itself refused, so the page can bring the first message into view */
  const [refusals, setRefusals] = useState(0);
  const clientRequestId = useRef(newClientRequestId());
  // a ref, not the state: a second tap may arrive before the re-render that disables the button
  const inFlight = useRef(false);

  const update = (patch: Partial<TicketDraft>) => {
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
    clientRequestId.current = newClientRequestId();
    setDraft(emptyDraft(defaultUnitId));
    return answer.data;
  };

  return { draft, update, errors, refusals, submitting, failure, submit };
}
