import { recordOnBehalf, isUnclaimed, UNCLAIMED_PREFIX } from '../../cloudfunctions/domain/desk-intake';
import type { OnBehalfInput, OnBehalfOf } from '../../cloudfunctions/domain/desk-intake';
import { openTicket } from '../../cloudfunctions/domain/open-ticket';
import type { User } from '../../cloudfunctions/domain/model';
import { unitSummary } from '../../cloudfunctions/domain/places';
import { DEMO_UNITS } from '../../cloudfunctions/domain/demo-data';
import { FALLBACK_RULE_ID } from '../../cloudfunctions/domain/routing';
import type { RoutingRule } from '../../cloudfunctions/domain/routing';
import { deskRecordedLabel } from '../../cloudfunctions/domain/labels';
import { SUNDAY_AFTERNOON, engineer, owner, receptionist } from './builders';
import { errorOf } from './expect-error';

const anInput = (overrides: Partial<OnBehalfInput> = {}): OnBehalfInput => ({
  clientRequestId: 'desk-request-0001',
  category: 'complaint',
  description: '楼上装修噪音太大，晚上十点还在施工',
  photos: [],
  location: { kind: 'unit', unitId: 'demo-unit-1-1-101' },
  urgency: 'normal',
  contactPhone: '13812345678',
  channel: 'hotline',
  person: { kind: 'owner', openid: 'demo-owner-1' },
  ...overrides,
});

const record = (input: OnBehalfInput, person: OnBehalfOf, recorder: User = receptionist(), rules?: RoutingRule[]) =>
  recordOnBehalf(
    input,
    { id: 't1', number: 'ED20261122-0001', recorder, person, ...(rules ? { rules } : {}) },
    SUNDAY_AFTERNOON,
  );

const unit = (id: string) => {
  const found = DEMO_UNITS.find((u) => u.id === id);
  if (!found) throw new Error(id);
  return unitSummary(found);
};

describe('recordOnBehalf', () => {
  it('files for a registered owner, under their id, with the channel and the recorder on the timeline', () => {
    const { ticket, effects } = record(anInput(), { kind: 'owner', user: owner() });
    expect(ticket).toMatchObject({
      ownerOpenid: 'demo-owner-1',
      ownerName: '张业主',
      channel: 'hotline',
      department: 'service',
      unitId: 'demo-unit-1-1-101',
      recordedBy: { openid: 'demo-receptionist', name: '王客服' },
    });
    expect(ticket.timeline[0]).toMatchObject({
      kind: 'created',
      channel: 'hotline',
      actor: { openid: 'demo-receptionist', role: 'receptionist' },
    });
    expect(deskRecordedLabel(ticket.timeline[0].channel ?? 'miniprogram')).toBe('客服中心代业主登记（电话）');
    expect(effects.map((e) => e.type)).toEqual(['NOTIFY_DEPARTMENT', 'START_SLA']);
  });

  it('files for a caller with no account under an owner id no WeChat user can have', () => {
    const person: OnBehalfOf = {
      kind: 'caller',
      ownerOpenid: `${UNCLAIMED_PREFIX}0123456789abcdef0123456789abcdef`,
      name: '路人甲',
      communityId: 'demo-cuihu',
    };
    const { ticket } = record(
      anInput({ location: { kind: 'common_area', text: '东门岗亭' }, contactPhone: '13700000000', channel: 'visit' }),
      person,
    );
    expect(isUnclaimed(ticket.ownerOpenid)).toBe(true);
    expect(ticket).toMatchObject({ ownerName: '路人甲', communityId: 'demo-cuihu', channel: 'visit' });
    expect(ticket.location).toEqual({ kind: 'common_area', text: '东门岗亭' });
  });

  it('places a caller in the unit they named, which must be in their community', () => {
    const person: OnBehalfOf = {
      kind: 'caller',
      ownerOpenid: `${UNCLAIMED_PREFIX}x`,
      name: '孙先生',
      communityId: 'demo-cuihu',
      unit: unit('demo-unit-1-1-102'),
    };
    const input = anInput({ location: { kind: 'unit', unitId: 'demo-unit-1-1-102' } });
    expect(record(input, person).ticket.location.text).toBe('1栋1单元102');
    expect(errorOf(() => record(input, { ...person, communityId: 'elsewhere' }))).toEqual({
      code: 'INVALID_INPUT',
      field: 'location.unitId',
    });
  });

  it('refuses anyone but the service desk, and communities the recorder does not serve', () => {
    expect(errorOf(() => record(anInput(), { kind: 'owner', user: owner() }, engineer())).code).toBe('FORBIDDEN');
    expect(errorOf(() => record(anInput(), { kind: 'owner', user: owner() }, owner())).code).toBe('FORBIDDEN');
    const elsewhere: User = { ...receptionist(), communityIds: ['another-community'] };
    expect(errorOf(() => record(anInput(), { kind: 'owner', user: owner() }, elsewhere)).code).toBe('FORBIDDEN');
  });

  it('refuses an owner who has no home bound, and a unit that is not theirs', () => {
    const unbound: User = { ...owner(), units: [] };
    expect(errorOf(() => record(anInput(), { kind: 'owner', user: unbound }))).toEqual({
      code: 'INVALID_INPUT',
      field: 'person',
    });
    expect(
      errorOf(() =>
        record(anInput({ location: { kind: 'unit', unitId: 'demo-unit-2-1-202' } }), { kind: 'owner', user: owner() }),
      ).code,
    ).toBe('INVALID_INPUT');
  });
});

describe('openTicket applies the routing rules', () => {
  const rules: RoutingRule[] = [
    {
      id: 'gas',
      name: '燃气味报秩序部并通知经理',
      when: { words: ['燃气'], buildings: ['1栋'] },
      then: { department: 'security', urgency: 'urgent', escalateTo: 'manager' },
    },
    { id: FALLBACK_RULE_ID, name: '兜底', when: {}, then: { department: 'service' } },
  ];
  const input = {
    clientRequestId: 'client-request-0001',
    category: 'repair' as const,
    description: '楼道里有燃气味',
    photos: [],
    location: { kind: 'unit' as const, unitId: 'demo-unit-1-1-101' },
    urgency: 'normal' as const,
    contactPhone: '13812345678',
  };

  it('routes by the unit’s building, raises the priority and alerts the role', () => {
    const { ticket, effects } = openTicket(input, { id: 't1', number: 'n', owner: owner(), rules }, SUNDAY_AFTERNOON);
    expect(ticket).toMatchObject({ department: 'security', urgency: 'urgent' });
    expect(effects).toContainEqual({
      type: 'NOTIFY_STAFF',
      to: 'manager',
      department: 'security',
      event: 'routed',
      text: '楼道里有燃气味',
    });
    expect(effects).toContainEqual(expect.objectContaining({ type: 'NOTIFY_DEPARTMENT', urgent: true }));
  });

  it('does not match the building condition from a common area', () => {
    const { ticket, effects } = openTicket(
      { ...input, location: { kind: 'common_area' as const, text: '1栋楼道' } },
      { id: 't1', number: 'n', owner: owner(), rules },
      SUNDAY_AFTERNOON,
    );
    expect(ticket).toMatchObject({ department: 'service', urgency: 'normal' });
    expect(effects.some((e) => e.type === 'NOTIFY_STAFF')).toBe(false);
  });
});
