// One year of the working calendar and its edits: each edit answers the year as stored after it.
import { useState } from 'react';
import type { ApiResult } from '@domain/api';
import type { CalendarView } from '@domain/promise-settings-views';
import { useRemote } from '../../hooks/useRemote';
import { promiseApi } from '../../services/api/promise';

export function useCalendar(year: number) {
  const remote = useRemote(`calendar-${year}`, () => promiseApi.calendar(year));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  const edit = async (change: () => Promise<ApiResult<CalendarView>>): Promise<boolean> => {
    setBusy(true);
    setFailure(undefined);
    const answer = await change();
    setBusy(false);
    if (!answer.ok) {
      setFailure(answer.error.message);
      return false;
    }
    remote.replace(answer.data);
    return true;
  };

  return {
    remote,
    busy,
    failure,
    setDay: (day: string, kind: 'holiday' | 'workday' | 'none') => edit(() => promiseApi.setCalendarDay(day, kind)),
    markOfficial: (official: boolean) => edit(() => promiseApi.markOfficial(year, official)),
    setHours: (start: string, end: string) => edit(() => promiseApi.setWorkingHours(start, end)),
  };
}
