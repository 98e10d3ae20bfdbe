// Return visits (回访): actions of the `ticket` function the service desk calls.
import type { Page } from '@domain/api';
import type { ListVisitsInput, RecordVisitInput } from '@domain/visit-schemas';
import type { VisitTaskView } from '@domain/visits';
import { callCloud } from '../callCloud';

const call = <T>(action: string, payload: object) => callCloud<T>('ticket', { action, ...payload });

export const visitApi = {
  list: (input: ListVisitsInput) => call<Page<VisitTaskView>>('listVisits', input),
  record: (input: RecordVisitInput) => call<VisitTaskView>('recordVisit', input),
  forTicket: (ticketId: string) => call<VisitTaskView[]>('ticketVisits', { ticketId }),
};
