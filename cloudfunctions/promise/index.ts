// Cloud function `promise`: the settings promises count on, edited by administrators: the working
// calendar (each year's holidays and make-up working days, the working hours) and each community's
// promise policy (category × step). Other functions read them through server/service-settings.ts,
// which keeps them a minute; a change here applies everywhere within that minute.
import { createHandler } from '../server/handler';
import { calendar, markOfficial, setCalendarDay, setWorkingHours } from './actions/calendar';
import { policy, setPolicyCell, setPolicyOptions } from './actions/policy';

export const main = createHandler({
  calendar,
  setCalendarDay,
  markOfficial,
  setWorkingHours,
  policy,
  setPolicyCell,
  setPolicyOptions,
});
