// The registry of effect handlers: one per effect type. Adding a kind of effect is adding its type
// to domain/commands.ts, one handler file in handlers/ and one line here.
import type { Effect } from '../../domain/commands';
import type { EffectHandler } from './handler';
import { creditStaff } from './handlers/credit-staff';
import { notifyDepartment } from './handlers/notify-department';
import { notifyOwner } from './handlers/notify-owner';
import { notifyStaff } from './handlers/notify-staff';
import { planVisit } from './handlers/plan-visit';
import { startSla, stopSla } from './handlers/sla';

export type EffectHandlers = { [T in Effect['type']]: EffectHandler<T> };

export const HANDLERS: EffectHandlers = {
  NOTIFY_OWNER: notifyOwner,
  NOTIFY_DEPARTMENT: notifyDepartment,
  NOTIFY_STAFF: notifyStaff,
  START_SLA: startSla,
  STOP_SLA: stopSla,
  PLAN_VISIT: planVisit,
  CREDIT_STAFF: creditStaff,
};
