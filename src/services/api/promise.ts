import type { CalendarView, PolicyView } from '@domain/promise-settings-views';
import type { PolicyRow, Span } from '@domain/promise-policy';
import type { SlaStep } from '@domain/model';
import { callCloud } from '../callCloud';

/** The promise settings (cloud function `promise`): the working calendar and each community's table. */
export const promiseApi = {
  calendar: (year: number) => callCloud<CalendarView>('promise', { action: 'calendar', year }),
  setCalendarDay: (day: string, kind: 'holiday' | 'workday' | 'none') =>
    callCloud<CalendarView>('promise', { action: 'setCalendarDay', day, kind }),
  markOfficial: (year: number, official: boolean) =>
    callCloud<CalendarView>('promise', { action: 'markOfficial', year, official }),
  setWorkingHours: (start: string, end: string) =>
    callCloud<CalendarView>('promise', { action: 'setWorkingHours', start, end }),
  policy: (communityId: string) => callCloud<PolicyView>('promise', { action: 'policy', communityId }),
  setPolicyCell: (communityId: string, row: PolicyRow, step: SlaStep, span: Span | null) =>
    callCloud<PolicyView>('promise', { action: 'setPolicyCell', communityId, row, step, span }),
  setPolicyOptions: (communityId: string, warnPercent: number, escalateAfter: PolicyView['escalateAfter']) =>
    callCloud<PolicyView>('promise', { action: 'setPolicyOptions', communityId, warnPercent, escalateAfter }),
};
