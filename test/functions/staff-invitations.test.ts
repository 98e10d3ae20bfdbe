// Staff join by invitation only: an admin invites, the invitee opens the code once and gets the
// 工作台; a used, revoked or expired code is refused; nobody grants themselves a staff role.
import type { InboxPage, MeView } from '../../cloudfunctions/domain/api';
import type { InvitationView } from '../../cloudfunctions/domain/staff-views';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { setFields } from './support/database';

let c: FunctionsCloud;
beforeAll(async () => {
  c = await startFunctionsCloud();
});
afterAll(() => c.close());

const anEngineer = {
  action: 'invite',
  name: '新来的刘师傅',
  roles: ['staff'],
  department: 'engineering',
  communityIds: ['demo-cuihu'],
};

const invite = (event: object = anEngineer, by = 'demo-admin') => c.ok<InvitationView>('staff', event, by);

describe('an admin invites a staff member', () => {
  let invitation: InvitationView;
  beforeAll(async () => {
    c.cloud.outbox.clear();
    invitation = await invite();
  });

  it('answers a short one-use code, valid for 72 hours by default, with its share path', () => {
    expect(invitation.code).toMatch(/^[A-Za-z0-9]{8,32}$/);
    expect(invitation.state).toBe('open');
    expect(Date.parse(invitation.expiresAt) - Date.parse(invitation.createdAt)).toBe(72 * 3600 * 1000);
    expect(invitation.sharePath).toBe(`/pages/join/index?code=${invitation.code}`);
    expect(invitation.communities).toEqual([{ id: 'demo-cuihu', name: '翠湖花园' }]);
  });

  it('asks WeChat for a mini-program code of the join page with the code as scene, and stores it', () => {
    const [call] = c.cloud.outbox.list('wxacode.getUnlimited');
    expect(call).toMatchObject({
      ok: true,
      functionName: 'staff',
      payload: { scene: invitation.code, page: 'pages/join/index', check_path: false },
    });
    expect(invitation.qrFileId).toMatch(/^cloud:\/\/.+\.png$/);
  });

  it('lists it among the open invitations', async () => {
    const open = await c.ok<{ items: InvitationView[] }>('staff', { action: 'invitations' }, 'demo-admin');
    expect(open.items.map((i) => i.code)).toContain(invitation.code);
  });

  it('records the invitation in the audit log', async () => {
    const entries = await c.documents('audit_log');
    expect(entries).toContainEqual(
      expect.objectContaining({ action: 'staff.invite', target: { kind: 'invitation', id: invitation.code } }),
    );
  });
});

describe('the invitee opens the invitation', () => {
  const invitee = 'wx-invitee-liu';
  let invitation: InvitationView;
  let me: MeView;
  beforeAll(async () => {
    invitation = await invite();
    me = await c.ok<MeView>('staff', { action: 'join', code: invitation.code }, invitee);
  });

  it('is bound as staff of engineering in the community, and sees 工作台', async () => {
    expect(me).toMatchObject({ bound: true, isStaff: true, roles: ['staff'], department: 'engineering' });
    const again = await c.ok<MeView>('user', { action: 'me' }, invitee);
    expect(again).toMatchObject({ isStaff: true, communities: [{ id: 'demo-cuihu', name: '翠湖花园' }] });
    const inbox = await c.ok<InboxPage>('ticket', { action: 'listInbox', view: 'new' }, invitee);
    expect(Array.isArray(inbox.items)).toBe(true);
  });

  it('cannot be used twice, by anyone', async () => {
    for (const who of [invitee, 'wx-someone-else']) {
      const answer = await c.call('staff', { action: 'join', code: invitation.code }, who);
      expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const someone = await c.ok<MeView>('user', { action: 'me' }, 'wx-someone-else');
    expect(someone.bound).toBe(false);
  });
});

describe('an invitation that can no longer be used', () => {
  it('is refused once revoked, and cannot be revoked again', async () => {
    const invitation = await invite();
    const revoked = await c.ok<InvitationView>(
      'staff',
      { action: 'revokeInvitation', code: invitation.code },
      'demo-admin',
    );
    expect(revoked.state).toBe('revoked');
    const answer = await c.call('staff', { action: 'join', code: invitation.code }, 'wx-too-late');
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const twice = await c.call('staff', { action: 'revokeInvitation', code: invitation.code }, 'demo-admin');
    expect(twice).toMatchObject({ ok: false, error: { code: 'ILLEGAL_TRANSITION' } });
  });

  it('stores the expiry the admin chose, and is refused once past it', async () => {
    const invitation = await invite({ ...anEngineer, validHours: 1 });
    expect(Date.parse(invitation.expiresAt) - Date.parse(invitation.createdAt)).toBe(3600 * 1000);
    // the local runtime runs on the real clock: move the stored expiry into the past
    await setFields(c, 'invitations', invitation.code, { expiresAt: '2020-01-01T00:00:00.000+08:00' });
    const answer = await c.call('staff', { action: 'join', code: invitation.code }, 'wx-late');
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const me = await c.ok<MeView>('user', { action: 'me' }, 'wx-late');
    expect(me.bound).toBe(false);
  });

  it('answers NOT_FOUND for a code that was never issued, and INVALID_INPUT for a malformed one', async () => {
    expect(await c.call('staff', { action: 'join', code: 'NoSuchCode1234' }, 'wx-guess')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await c.call('staff', { action: 'join', code: '../x' }, 'wx-guess')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});

describe('nobody grants themselves a staff role', () => {
  it('refuses invitations from anyone but admins and project managers', async () => {
    for (const who of ['demo-engineering', 'demo-receptionist', 'demo-owner-1', 'demo-group-admin', 'wx-stranger']) {
      const answer = await c.call('staff', anEngineer, who);
      expect([who, answer]).toMatchObject([who, { ok: false, error: { code: 'FORBIDDEN' } }]);
    }
  });

  it('refuses an owner role by invitation, and a manager granting admin', async () => {
    expect(await c.call('staff', { ...anEngineer, roles: ['owner'] }, 'demo-admin')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await c.call('staff', { ...anEngineer, roles: ['admin'] }, 'demo-manager')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('refuses an admin changing their own roles, and staff changing anyone', async () => {
    const self = {
      action: 'update',
      openid: 'demo-manager',
      roles: ['manager', 'leadership'],
      communityIds: ['demo-cuihu'],
    };
    expect(await c.call('staff', self, 'demo-manager')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const promote = { ...self, openid: 'demo-engineering', roles: ['admin'] };
    expect(await c.call('staff', promote, 'demo-engineering')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const me = await c.ok<MeView>('user', { action: 'me' }, 'demo-engineering');
    expect(me.roles).toEqual(['staff']);
  });
});
