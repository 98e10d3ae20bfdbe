import type { MeView } from '@domain/api';
import type { Department, Role } from '@domain/model';
import type { InvitationView, OwnerGroupView, StaffFormOptions, StaffMemberView } from '@domain/staff-views';
import { callCloud } from '../callCloud';

export interface StaffGrantInput {
  roles: Role[];
  department?: Department;
  communityIds: string[];
}

export const staffApi = {
  formOptions: () => callCloud<StaffFormOptions>('staff', { action: 'formOptions' }),
  invite: (input: StaffGrantInput & { name: string; validHours?: number }) =>
    callCloud<InvitationView>('staff', { action: 'invite', ...input }),
  invitations: () => callCloud<{ items: InvitationView[] }>('staff', { action: 'invitations' }),
  revokeInvitation: (code: string) => callCloud<InvitationView>('staff', { action: 'revokeInvitation', code }),
  join: (code: string) => callCloud<MeView>('staff', { action: 'join', code }),
  list: (filter: { communityId?: string; department?: Department; active?: boolean }) =>
    callCloud<{ items: StaffMemberView[] }>('staff', { action: 'list', ...filter }),
  get: (openid: string) => callCloud<StaffMemberView>('staff', { action: 'get', openid }),
  update: (openid: string, grant: StaffGrantInput) =>
    callCloud<StaffMemberView>('staff', { action: 'update', openid, ...grant }),
  deactivate: (openid: string) => callCloud<StaffMemberView>('staff', { action: 'deactivate', openid }),
  reactivate: (openid: string) => callCloud<StaffMemberView>('staff', { action: 'reactivate', openid }),
  myGroups: () => callCloud<{ items: OwnerGroupView[] }>('staff', { action: 'myGroups' }),
};
