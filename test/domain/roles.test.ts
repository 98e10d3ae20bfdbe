import { actingRole } from '../../cloudfunctions/domain/lifecycle';
import { toMeView } from '../../cloudfunctions/domain/me-view';
import type { Role } from '../../cloudfunctions/domain/model';
import { AUDIENCES } from '../../cloudfunctions/domain/roles';
import { DEMO_USERS } from '../../cloudfunctions/domain/demo-data';
import { aTicket, engineer, receptionist } from './builders';

const sorted = (roles: readonly Role[]) => [...roles].sort();

describe('the audiences derived from the role table', () => {
  // written out, not derived from the table under test
  it.each([
    ['filers (create, listMine, rate)', AUDIENCES.filers, ['owner']],
    ['handlers (accept, reply, transfer, resolve)', AUDIENCES.handlers, ['dept_head', 'receptionist', 'staff']],
    [
      'staff (listInbox, inboxCounts, note)',
      AUDIENCES.staff,
      ['admin', 'dept_head', 'leadership', 'manager', 'receptionist', 'staff'],
    ],
  ])('%s', (_what, audience, roles) => {
    expect(sorted(audience)).toEqual(roles);
  });

  it('lets every bound role call get: what each may read is decided per request', () => {
    expect(sorted(AUDIENCES.bound)).toEqual(
      sorted(['owner', 'receptionist', 'staff', 'dept_head', 'manager', 'leadership', 'group_admin', 'admin']),
    );
  });
});

describe('the 工作台 tab', () => {
  it('shows for everyone in the staff audience and no one else', () => {
    const withTab = DEMO_USERS.filter((u) => toMeView(u.openid, u).isStaff).map((u) => u.openid);
    expect(withTab).not.toContain('demo-owner-1');
    expect(withTab).not.toContain('demo-group-admin');
    expect(withTab).toEqual(expect.arrayContaining(['demo-receptionist', 'demo-manager', 'demo-admin']));
  });
});

describe('the role someone acts in', () => {
  it('names a receptionist who is also staff a receptionist, and a department head before staff', () => {
    expect(actingRole(aTicket(), receptionist())).toBe('receptionist');
    expect(actingRole(aTicket(), { ...engineer(), roles: ['staff', 'dept_head'] })).toBe('dept_head');
  });
});
