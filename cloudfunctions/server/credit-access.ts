// Whose service record (praise and ratings credited) a caller may read: their own; anyone's for
// company-wide roles; for a manager, anyone who works in one of their communities.
import { notFound } from '../domain/errors';
import type { User } from '../domain/model';
import { hasRole } from '../domain/permissions';
import { ROLE_TABLE } from '../domain/roles';
import { communitiesOf, worksIn } from '../domain/scope';
import type { Caller } from './action';
import type { Repositories } from './repositories/types';

/** The staff member whose record is asked for; NOT_FOUND when it is not the caller's to read. */
export async function readableStaff(caller: Caller, openid: string, repos: Repositories): Promise<User> {
  if (openid === caller.openid) return caller;
  const companyWide = caller.roles.some((r) => ROLE_TABLE[r].reach === 'company');
  const person = companyWide || hasRole(caller, 'manager') ? await repos.users.get(openid) : null;
  if (person && companyWide) return person;
  const theirs = person ? communitiesOf(person) : { all: false as const, ids: [] };
  const shared = !theirs.all && theirs.ids.some((id) => worksIn(communitiesOf(caller), id));
  if (!person || !shared) throw notFound('人员不存在或您无权查看');
  return person;
}
