// The demo community, its units and its people: seeded into an empty database on first start.
import type { CommunityRecord } from './community';
import { outlineOf } from './community';
import type { Department, Role, Unit, User } from './model';
import { unitSummary } from './places';
import type { RegisterEntry } from './register';
import { registerEntryId } from './register-import';

const DEMO_COMMUNITY_ID = 'demo-cuihu';

const BUILDINGS = ['1栋', '2栋', '3栋'];
const ENTRANCES = ['1单元', '2单元'];
const ROOMS = ['101', '102', '201', '202', '301', '302'];

export const DEMO_UNITS: Unit[] = BUILDINGS.flatMap((building, b) =>
  ENTRANCES.flatMap((entrance, e) =>
    ROOMS.map((room) => ({
      id: `demo-unit-${b + 1}-${e + 1}-${room}`,
      communityId: DEMO_COMMUNITY_ID,
      building,
      entrance,
      room,
    })),
  ),
);

export const DEMO_COMMUNITY: CommunityRecord = {
  id: DEMO_COMMUNITY_ID,
  name: '翠湖花园',
  address: '杭州市西湖区翠湖路88号',
  serviceDeskPhone: '0571-88886666',
  dutyPhone: '0571-88887777',
  outline: outlineOf(DEMO_UNITS),
};

const registered = (
  unitId: string,
  name: string,
  phone: string,
  relation: RegisterEntry['relation'],
  tenancyEndsOn?: string,
): RegisterEntry => ({
  id: registerEntryId(unitId, phone),
  communityId: DEMO_COMMUNITY.id,
  unitId,
  name,
  phone,
  relation,
  ...(tenancyEndsOn ? { tenancyEndsOn } : {}),
});

/** The owner register of the demo units; 1栋1单元102 (孙先生) is registered and not bound yet. */
export const DEMO_REGISTER: RegisterEntry[] = [
  registered('demo-unit-1-1-101', '张业主', '13812345678', 'owner'),
  registered('demo-unit-2-1-202', '李业主', '13812340202', 'owner'),
  registered('demo-unit-1-1-102', '孙先生', '13900000102', 'owner'),
  registered('demo-unit-1-1-102', '孙太太', '13900001102', 'family'),
  registered('demo-unit-1-2-201', '周租户', '13900000201', 'tenant', '2099-12-31'),
];

/** The one who may seed demo data; no real WeChat OPENID looks like this. */
export const DEMO_ADMIN_OPENID = 'demo-admin';

const person = (
  openid: string,
  name: string,
  roles: Role[],
  department?: Department,
  unitIds: string[] = [],
): User => ({
  openid,
  name,
  roles,
  ...(department ? { department } : {}),
  // owners belong to the community of their units; staff work for a list of communities
  ...(roles.includes('owner')
    ? { communityId: DEMO_COMMUNITY.id, communityName: DEMO_COMMUNITY.name }
    : { communityIds: [DEMO_COMMUNITY.id], communityNames: [DEMO_COMMUNITY.name], active: true }),
  units: DEMO_UNITS.filter((unit) => unitIds.includes(unit.id)).map(unitSummary),
});

export const DEMO_USERS: User[] = [
  person('demo-owner-1', '张业主', ['owner'], undefined, ['demo-unit-1-1-101']),
  person('demo-owner-2', '李业主', ['owner'], undefined, ['demo-unit-2-1-202']),
  person('demo-receptionist', '王客服', ['receptionist', 'staff'], 'service'),
  person('demo-engineering', '赵师傅', ['staff'], 'engineering'),
  person('demo-engineering-head', '钱主管', ['staff', 'dept_head'], 'engineering'),
  person('demo-security', '孙队长', ['staff'], 'security'),
  person('demo-environment', '周保洁', ['staff'], 'environment'),
  person('demo-after-sales', '吴售后', ['staff'], 'after_sales'),
  person('demo-quality', '郑品质', ['staff'], 'quality'),
  person('demo-service-head', '冯主管', ['staff', 'dept_head'], 'service'),
  person('demo-manager', '陈经理', ['manager']),
  person('demo-leadership', '褚总', ['leadership']),
  person('demo-group-admin', '卫群管', ['group_admin']),
  person(DEMO_ADMIN_OPENID, '蒋管理员', ['admin']),
];
