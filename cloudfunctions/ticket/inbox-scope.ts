import { forbidden } from '../domain/errors';
import { inboxScope } from '../domain/permissions';
import type { InboxScope } from '../domain/permissions';
import type { Caller } from '../server/action';

/** The requests a caller's 工作台 shows; FORBIDDEN for staff not yet placed in a community or department. */
export function scopeOf(caller: Caller): InboxScope {
  const scope = inboxScope(caller);
  if (!scope) throw forbidden('您还未分配到部门或小区，请联系管理员');
  return scope;
}
