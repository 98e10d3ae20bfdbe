// Cloud function `home`: binding a home (verified phone, register, binding requests), households
// (invitations, members), and the service desk's decisions. Event `{ action, ...payload }`.
import { createHandler } from '../server/handler';
import { acceptInvitation } from './actions/accept-invitation';
import { bind } from './actions/bind';
import { decideRequest } from './actions/decide-request';
import { invitation } from './actions/invitation';
import { invite } from './actions/invite';
import { listRequests } from './actions/list-requests';
import { mine } from './actions/mine';
import { removeMember } from './actions/remove-member';
import { unbindUnit } from './actions/unbind-unit';
import { verifyPhone } from './actions/verify-phone';

export const main = createHandler({
  verifyPhone,
  bind,
  mine,
  invite,
  invitation,
  acceptInvitation,
  removeMember,
  listRequests,
  decideRequest,
  unbindUnit,
});
