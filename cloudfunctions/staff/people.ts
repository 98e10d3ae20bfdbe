// Shared steps of the staff actions: load a person the caller may see, name their fields for the audit log,
// resolve community names.
import { invalidInput, notFound } from '../domain/errors';
import type { Community, User } from '../domain/model';
import { communitiesOf } from '../domain/scope';
import { seesPerson } from '../domain/staff';
import { isStaffRecord } from '../domain/staff-views';
import type { ActionContext } from '../server/action';

export const PERSON_NOT_FOUND = '人员不存在或不在您负责的小区';

/** A staff member in the caller's communities; anyone else is simply not found. */
export async function loadStaffMember({ caller, repos }: ActionContext, openid: string): Promise<User> {
  const person = await repos.users.get(openid);
  if (!person || !isStaffRecord(person) || !seesPerson(caller, person)) throw notFound(PERSON_NOT_FOUND);
  return person;
}

/** The communities by id, in the order asked; INVALID_INPUT if one does not exist. */
export async function communitiesNamed({ repos }: ActionContext, ids: string[]): Promise<Community[]> {
  if (ids.length === 0) return [];
  const found = await repos.staff.communities(ids);
  return ids.map((id) => {
    const community = found.find((c) => c.id === id);
    if (!community) throw invalidInput('小区不存在', 'communityIds');
    return community;
  });
}

/** The communities the caller may give people (all of the company's for company-wide roles). */
export async function grantableCommunities({ caller, repos }: ActionContext): Promise<Community[]> {
  const scope = communitiesOf(caller);
  return repos.staff.communities(scope.all ? 'all' : scope.ids);
}

/** The staff fields an audit entry shows before and after a change. */
export const staffFields = (user: User) => ({
  roles: user.roles,
  department: user.department ?? null,
  communityIds: user.communityIds ?? [],
  active: user.active !== false,
});
