// Cloud function `staff`: invitations, staff records, deactivation, the group admin's groups.
// Event `{ action, ...payload }`.
import { createHandler } from '../server/handler';
import { deactivate } from './actions/deactivate';
import { formOptions } from './actions/form-options';
import { get } from './actions/get';
import { invitations } from './actions/invitations';
import { invite } from './actions/invite';
import { join } from './actions/join';
import { list } from './actions/list';
import { myGroups } from './actions/my-groups';
import { reactivate } from './actions/reactivate';
import { revokeInvitation } from './actions/revoke-invitation';
import { update } from './actions/update';

export const main = createHandler({
  formOptions,
  invite,
  invitations,
  revokeInvitation,
  join,
  list,
  get,
  update,
  deactivate,
  reactivate,
  myGroups,
});
