// Who reads the figures, and of what: managers of their communities, department heads of their
// department there, leadership and administrators of every community.
import { forbidden, invalidInput, notFound } from '../domain/errors';
import type { Department, Role } from '../domain/model';
import { communitiesOf, worksIn } from '../domain/scope';
import type { Caller } from '../server/action';
import type { Repositories } from '../server/repositories/types';

export const FIGURE_READERS: readonly Role[] = ['manager', 'dept_head', 'leadership', 'admin'];
/** The complaint summary goes to the manager; leadership and administrators read it too. */
export const SUMMARY_READERS: readonly Role[] = ['manager', 'leadership', 'admin'];

export interface ReportScope {
  communityId: string;
  /** a department head's view: their department's figures only */
  department?: Department;
}

/** Only a department head (no wider role) is held to their department. */
export const heldToDepartment = (caller: Caller): Department | undefined =>
  caller.roles.some((r) => r === 'manager' || r === 'leadership' || r === 'admin') ? undefined : caller.department;

/** The communities the caller may read figures of, with their names. */
export async function readableCommunities(
  caller: Caller,
  repos: Repositories,
): Promise<Array<{ id: string; name: string }>> {
  const scope = communitiesOf(caller);
  if (scope.all) return repos.places.communities();
  const names = caller.communityNames ?? [];
  return scope.ids.map((id, i) => ({ id, name: names[i] ?? id }));
}

/** The community and department asked for, checked against the caller (the first community by default). */
export async function reportScope(
  caller: Caller,
  repos: Repositories,
  asked: { communityId?: string; department?: Department },
): Promise<ReportScope> {
  const scope = communitiesOf(caller);
  let communityId = asked.communityId;
  if (!communityId) {
    const first = scope.all ? (await repos.places.communities())[0]?.id : scope.ids[0];
    if (!first) throw invalidInput('请选择小区', 'communityId');
    communityId = first;
  } else if (!worksIn(scope, communityId)) throw notFound('小区不存在或您无权查看');
  const own = heldToDepartment(caller);
  if (own && asked.department && asked.department !== own) throw forbidden('部门主管只能查看本部门的报表');
  const department = own ?? asked.department;
  return { communityId, ...(department ? { department } : {}) };
}
