import { canRead, inHandlingTeam, inboxScope, isStaffReader } from '../../cloudfunctions/domain/permissions';
import type { Actor, Ticket } from '../../cloudfunctions/domain/model';
import { DEMO_USERS } from '../../cloudfunctions/domain/demo-data';
import {
  aTicket,
  anEngineerWhoFiledIt,
  engineer,
  groupAdmin,
  leadership,
  manager,
  otherOwner,
  owner,
  receptionist,
  securityGuard,
  serviceHead,
} from './builders';

const inScope = (ticket: Ticket, actor: Actor) => {
  const scope = inboxScope(actor);
  if (!scope) return false;
  return (
    (scope.communityIds === undefined || scope.communityIds.includes(ticket.communityId)) &&
    (scope.department === undefined || scope.department === ticket.department)
  );
};

describe('canRead', () => {
  const repair = aTicket();

  it("lets the owner read their own request and no one else's", () => {
    expect(canRead(repair, owner())).toBe(true);
    expect(canRead(repair, otherOwner())).toBe(false);
  });

  it('lets staff read what their department holds', () => {
    expect(canRead(repair, engineer())).toBe(true);
    expect(canRead(repair, securityGuard())).toBe(false);
  });

  it("lets the service desk and managers read their community's", () => {
    expect(canRead(repair, receptionist())).toBe(true);
    expect(canRead(repair, manager())).toBe(true);
    expect(canRead(aTicket({ communityId: 'another-community' }), receptionist())).toBe(false);
    expect(canRead(aTicket({ communityId: 'another-community' }), manager())).toBe(false);
  });

  it("counts the whole service department as the service desk, which reads its community's", () => {
    expect(canRead(repair, serviceHead())).toBe(true);
    expect(canRead(aTicket({ communityId: 'another-community' }), serviceHead())).toBe(false);
  });

  it('lets staff read only what their department holds now: a request passed on leaves their sight', () => {
    expect(canRead(aTicket({ department: 'security' }), engineer())).toBe(false);
    expect(canRead(aTicket({ department: 'security' }), securityGuard())).toBe(true);
  });

  it('lets staff who filed a request read it only as its owner, never as staff', () => {
    expect(canRead(repair, anEngineerWhoFiledIt())).toBe(true);
    expect(isStaffReader(repair, anEngineerWhoFiledIt())).toBe(false);
    expect(isStaffReader(aTicket({ ownerOpenid: 'someone-else' }), anEngineerWhoFiledIt())).toBe(true);
  });

  it("lets company leadership read every community's", () => {
    expect(canRead(aTicket({ communityId: 'another-community' }), leadership())).toBe(true);
  });

  it('gives a group admin nothing', () => {
    expect(canRead(repair, groupAdmin())).toBe(false);
    expect(inboxScope(groupAdmin())).toBeNull();
  });
});

describe('inboxScope', () => {
  it('never puts in an inbox a request its holder may not open', () => {
    const tickets = (['engineering', 'security', 'service', 'quality'] as const).flatMap((department) => [
      aTicket({ department }),
      aTicket({ department, communityId: 'another-community' }),
    ]);
    for (const actor of DEMO_USERS) {
      for (const ticket of tickets) {
        if (inScope(ticket, actor)) expect([actor.openid, canRead(ticket, actor)]).toEqual([actor.openid, true]);
      }
    }
  });

  it('limits department staff to their department in their community', () => {
    expect(inboxScope(engineer())).toEqual({ communityIds: ['demo-cuihu'], department: 'engineering' });
    expect(inboxScope(receptionist())).toEqual({ communityIds: ['demo-cuihu'] });
  });

  it('gives the service department the community inbox, as the service desk', () => {
    expect(inboxScope(serviceHead())).toEqual({ communityIds: ['demo-cuihu'] });
  });
});

describe('inHandlingTeam (who sees the phone number unmasked)', () => {
  it.each([
    ['the owner', owner, true],
    ['the holding department', engineer, true],
    ['a receptionist', receptionist, true],
    ['the service department', serviceHead, true],
    ['another department', securityGuard, false],
    ['the manager', manager, false],
    ['leadership', leadership, false],
    ['another owner', otherOwner, false],
  ] as const)('%s: %s', (_who, actor, unmasked) => {
    expect(inHandlingTeam(aTicket(), actor())).toBe(unmasked);
  });
});

describe('staff who work for several communities', () => {
  const twoCommunities = () => ({ ...receptionist(), communityIds: ['demo-cuihu', 'demo-lakeside'] });

  it('read the requests of every community they work for, and of no other', () => {
    expect(canRead(aTicket({ communityId: 'demo-lakeside' }), twoCommunities())).toBe(true);
    expect(canRead(aTicket({ communityId: 'another-community' }), twoCommunities())).toBe(false);
  });

  it('have an inbox over all of them', () => {
    expect(inboxScope(twoCommunities())).toEqual({ communityIds: ['demo-cuihu', 'demo-lakeside'] });
  });

  it('have no inbox while they work for no community', () => {
    expect(inboxScope({ ...engineer(), communityIds: [] })).toBeNull();
  });
});
