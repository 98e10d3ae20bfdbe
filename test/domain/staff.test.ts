import { DomainError } from '../../cloudfunctions/domain/errors';
import type { User } from '../../cloudfunctions/domain/model';
import {
  assertUsable,
  checkGrant,
  grantableRoles,
  invitationState,
  joinedUser,
  mayManage,
} from '../../cloudfunctions/domain/staff';
import type { StaffInvitation } from '../../cloudfunctions/domain/staff';
import { engineer, manager, owner, person } from './builders';

const admin = () => person('demo-admin');
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as DomainError).code;
  }
  return 'none';
};

const anInvitation = (overrides: Partial<StaffInvitation> = {}): StaffInvitation => ({
  id: 'Sabcdefgh12',
  kind: 'staff',
  name: '新同事',
  roles: ['staff'],
  department: 'engineering',
  communityIds: ['demo-cuihu'],
  communityId: 'demo-cuihu',
  communityNames: ['翠湖花园'],
  createdBy: { openid: 'demo-admin', name: '蒋管理员' },
  createdAt: '2026-11-22T15:00:00.000+08:00',
  expiresAt: '2026-11-25T15:00:00.000+08:00',
  ...overrides,
});

describe('an invitation is good once, until it expires or is revoked', () => {
  const now = '2026-11-23T09:00:00.000+08:00';

  it('is open before its expiry', () => {
    expect(invitationState(anInvitation(), now)).toBe('open');
    expect(assertUsable(anInvitation(), now).id).toBe('Sabcdefgh12');
  });

  it('expires at its expiry instant', () => {
    const at = '2026-11-25T15:00:00.000+08:00';
    expect(invitationState(anInvitation(), at)).toBe('expired');
    expect(codeOf(() => assertUsable(anInvitation(), at))).toBe('FORBIDDEN');
  });

  it('is refused once used, and once revoked', () => {
    const used = anInvitation({ usedBy: 'someone', usedAt: now });
    const revoked = anInvitation({ revokedAt: now });
    expect(invitationState(used, now)).toBe('used');
    expect(invitationState(revoked, now)).toBe('revoked');
    expect(codeOf(() => assertUsable(used, now))).toBe('FORBIDDEN');
    expect(codeOf(() => assertUsable(revoked, now))).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for a code that does not exist', () => {
    expect(codeOf(() => assertUsable(null, now))).toBe('NOT_FOUND');
  });
});

describe('who may grant what', () => {
  it('never invites an owner: owners bind their home themselves', () => {
    expect(codeOf(() => checkGrant(admin(), { roles: ['owner'], communityIds: ['demo-cuihu'] }))).toBe('INVALID_INPUT');
  });

  it('lets a company-wide admin grant any role but owner, in any community', () => {
    expect(grantableRoles(admin())).not.toContain('owner');
    expect(grantableRoles(admin())).toContain('admin');
    expect(codeOf(() => checkGrant(admin(), { roles: ['leadership'], communityIds: [] }))).toBe('none');
    expect(codeOf(() => checkGrant(admin(), { roles: ['manager'], communityIds: ['another'] }))).toBe('none');
  });

  it('keeps a project manager within community reach and their own communities', () => {
    expect(grantableRoles(manager())).not.toContain('admin');
    expect(grantableRoles(manager())).not.toContain('leadership');
    expect(codeOf(() => checkGrant(manager(), { roles: ['admin'], communityIds: ['demo-cuihu'] }))).toBe('FORBIDDEN');
    expect(
      codeOf(() => checkGrant(manager(), { roles: ['staff'], department: 'security', communityIds: ['another'] })),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(() => checkGrant(manager(), { roles: ['staff'], department: 'security', communityIds: ['demo-cuihu'] })),
    ).toBe('none');
  });

  it('refuses a handling role without a department, and a community role without a community', () => {
    expect(codeOf(() => checkGrant(admin(), { roles: ['staff'], communityIds: ['demo-cuihu'] }))).toBe('INVALID_INPUT');
    expect(codeOf(() => checkGrant(admin(), { roles: ['manager'], communityIds: [] }))).toBe('INVALID_INPUT');
  });

  it('gives staff and owners nothing to grant', () => {
    expect(grantableRoles(engineer())).toEqual([]);
    expect(grantableRoles(owner())).toEqual([]);
    expect(
      codeOf(() => checkGrant(engineer(), { roles: ['staff'], department: 'engineering', communityIds: [] })),
    ).toBe('FORBIDDEN');
  });

  it('lets nobody manage themselves, or someone of wider reach', () => {
    expect(mayManage(admin(), admin())).toBe(false);
    expect(mayManage(admin(), engineer())).toBe(true);
    expect(mayManage(manager(), engineer())).toBe(true);
    expect(mayManage(manager(), person('demo-leadership'))).toBe(false);
    expect(mayManage(manager(), { ...engineer(), communityIds: ['demo-cuihu', 'another'] })).toBe(false);
  });
});

describe('accepting an invitation', () => {
  it('makes a new WeChat user staff with the granted roles, department and communities', () => {
    const user = joinedUser('wx-new', null, anInvitation());
    expect(user).toMatchObject({
      openid: 'wx-new',
      name: '新同事',
      roles: ['staff'],
      department: 'engineering',
      communityIds: ['demo-cuihu'],
      communityNames: ['翠湖花园'],
      active: true,
      units: [],
    });
  });

  it('keeps an owner their home and name', () => {
    const home: User = owner();
    const user = joinedUser(home.openid, home, anInvitation());
    expect(user.roles).toEqual(['owner', 'staff']);
    expect(user.units).toEqual(home.units);
    expect(user.name).toBe(home.name);
  });
});
