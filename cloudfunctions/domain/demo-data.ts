// The demo community, its units and its people: seeded into an empty database on first start.
import type { Community, Department, Role, Unit, User } from './model';
import { unitSummary } from './places';

export const DEMO_COMMUNITY: Community = { id: 'demo-cuihu', name: '翠湖花园' };

const BUILDINGS = ['1栋', '2栋', '3栋'];
const ENTRANCES = ['1单元', '2单元'];
const ROOMS = ['101', '102', '201', '202', '301', '302'];

export const DEMO_UNITS: Unit[] = BUILDINGS.flatMap((building, b) =>
  ENTRANCES.flatMap((entrance, e) =>
    ROOMS.map((room) => ({
      id: `demo-unit-${b + 1}-${e + 1}-${room}`,
      communityId: DEMO_COMMUNITY.id,
      building,
      entrance,
      room,
    })),
  ),
);

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
