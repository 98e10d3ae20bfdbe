import type { BindingRequestView, HomeUnitView, HomeView, InvitationView } from '@domain/home-views';
import type { BindInput, DecideRequestInput, InviteInput } from '@domain/home-schemas';
import { callCloud } from '../callCloud';

const call = <T>(action: string, payload: object) => callCloud<T>('home', { action, ...payload });

export type VerifyPhoneResult = { verified: true; phone: string } | { verified: false; reason: 'quota' };
export type BindResult = { status: 'bound'; unit: HomeUnitView } | { status: 'pending'; request: BindingRequestView };

export const homeApi = {
  verifyPhone: (code: string) => call<VerifyPhoneResult>('verifyPhone', { code }),
  bind: (input: BindInput) => call<BindResult>('bind', input),
  mine: () => call<HomeView>('mine', {}),
  invite: (input: InviteInput) => call<{ code: string; expiresAt: string; path: string }>('invite', input),
  invitation: (code: string) => call<InvitationView>('invitation', { code }),
  acceptInvitation: (code: string, name: string) => call<HomeUnitView>('acceptInvitation', { code, name }),
  removeMember: (unitId: string, openid: string) => call<{ removed: true }>('removeMember', { unitId, openid }),
  listRequests: () => call<{ items: BindingRequestView[] }>('listRequests', {}),
  decideRequest: (input: DecideRequestInput) => call<BindingRequestView>('decideRequest', input),
  unbindUnit: (unitId: string) => call<{ unbound: number }>('unbindUnit', { unitId }),
};
