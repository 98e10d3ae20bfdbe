import { activeUnits, boundUnit, decideBinding, withUnit, withoutUnit } from '../../cloudfunctions/domain/binding';
import { checkInvitation, newInvitation } from '../../cloudfunctions/domain/household';
import type { UnitSummary, User } from '../../cloudfunctions/domain/model';
import type { RegisterEntry } from '../../cloudfunctions/domain/register';
import { toIso } from '../../cloudfunctions/domain/time';

const unit: UnitSummary = {
  id: 'u-101',
  communityId: 'c-1',
  building: '1栋',
  entrance: '1单元',
  room: '101',
  label: '1栋1单元101',
};
const entry = (over: Partial<RegisterEntry>): RegisterEntry => ({
  id: 'r-1',
  communityId: 'c-1',
  unitId: 'u-101',
  name: '刘业主',
  phone: '13900000101',
  relation: 'owner',
  ...over,
});
const TODAY = '2026-11-22';

describe('the binding decision', () => {
  it('binds a verified phone the register lists for the unit, with the register relation', () => {
    const claim = { unitId: 'u-101', phone: '13900000102', phoneVerified: true };
    expect(decideBinding(claim, [entry({}), entry({ phone: '13900000102', relation: 'family' })], TODAY)).toEqual({
      kind: 'bind',
      relation: 'family',
    });
  });

  it('turns a phone the register does not list, or lists for another unit, into a request', () => {
    const claim = { unitId: 'u-101', phone: '13900000199', phoneVerified: true };
    expect(decideBinding(claim, [entry({})], TODAY)).toEqual({ kind: 'request', reason: 'not_in_register' });
    const elsewhere = { unitId: 'u-101', phone: '13900000101', phoneVerified: true };
    expect(decideBinding(elsewhere, [entry({ unitId: 'u-102' })], TODAY).kind).toBe('request');
  });

  it('never binds a typed phone at once, even one the register lists', () => {
    const claim = { unitId: 'u-101', phone: '13900000101', phoneVerified: false };
    expect(decideBinding(claim, [entry({})], TODAY)).toEqual({ kind: 'request', reason: 'unverified_phone' });
  });

  it('binds a tenant until the end of their tenancy, and not after', () => {
    const tenant = entry({ relation: 'tenant', tenancyEndsOn: '2026-11-22' });
    const claim = { unitId: 'u-101', phone: '13900000101', phoneVerified: true };
    expect(decideBinding(claim, [tenant], TODAY)).toEqual({
      kind: 'bind',
      relation: 'tenant',
      tenancyEndsOn: '2026-11-22',
    });
    expect(decideBinding(claim, [tenant], '2026-11-23').kind).toBe('request');
  });
});

describe("a person's units", () => {
  const person: User = { openid: 'o-1', name: '刘', roles: [], units: [] };

  it('binding adds the unit with its relation, the owner role, and a community when there was none', () => {
    const after = withUnit(person, boundUnit(unit, 'tenant', '2027-01-31'), { id: 'c-1', name: '翠湖花园' });
    expect(after).toEqual({
      units: [{ ...unit, relation: 'tenant', tenancyEndsOn: '2027-01-31' }],
      roles: ['owner'],
      communityId: 'c-1',
      communityName: '翠湖花园',
    });
  });

  it('an ended tenancy no longer counts; owners and family never expire', () => {
    const units = [boundUnit(unit, 'tenant', '2026-11-21'), boundUnit({ ...unit, id: 'u-2' }, 'owner')];
    expect(activeUnits(units, TODAY).map((u) => u.id)).toEqual(['u-2']);
    expect(withoutUnit({ units }, 'u-2').map((u) => u.id)).toEqual(['u-101']);
  });
});

describe('household invitations', () => {
  const now = new Date('2026-11-22T02:00:00Z');
  const invitation = newInvitation(
    'ABCDEFGH23456789',
    unit,
    '翠湖花园',
    { openid: 'o-1', name: '刘' },
    { relation: 'family' },
    now,
  );

  it('lasts 7 days, and is refused used (CONFLICT), expired (FORBIDDEN), or by its own inviter', () => {
    expect(invitation.expiresAt).toBe('2026-11-29T10:00:00.000+08:00');
    expect(checkInvitation(invitation, 'o-2', toIso(now))).toBe(invitation);
    expect(() => checkInvitation({ ...invitation, usedBy: 'o-3' }, 'o-2', toIso(now))).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
    expect(() => checkInvitation(invitation, 'o-2', invitation.expiresAt)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(() => checkInvitation(invitation, 'o-1', toIso(now))).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(() => checkInvitation(null, 'o-2', toIso(now))).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('a tenant invitation needs the tenancy end', () => {
    expect(() =>
      newInvitation('ABCDEFGH23456789', unit, '翠湖花园', { openid: 'o-1', name: '刘' }, { relation: 'tenant' }, now),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', field: 'tenancyEndsOn' }));
  });
});
