// The admin console's sections, listed once: its home page shows them to the roles they name, and
// each is a page of the `admin` subpackage (so owners never download it).
import type { Role } from '@domain/model';
import { PLACE_EDITORS, PLACE_READERS } from './place-access';

export interface AdminSection {
  key: string;
  /** the home page shows the sections of one group together (none: under 其他) */
  group?: AdminGroup;
  title: string;
  description: string;
  /** the page, from the subpackage root: `pages/<name>/index`; or a main-package route (`/pages/…`) */
  page: string;
  roles: readonly Role[];
}

export type AdminGroup = 'places' | 'people' | 'system' | 'other';

/** The home page's groups, in the order it shows them. */
export const ADMIN_GROUPS: ReadonlyArray<{ key: AdminGroup; title: string }> = [
  { key: 'places', title: '小区与业主' },
  { key: 'people', title: '员工与权限' },
  { key: 'system', title: '系统' },
  { key: 'other', title: '其他' },
];

export const ADMIN_ROOT = 'admin';

export const ADMIN_SECTIONS: readonly AdminSection[] = [
  // places: communities, their units, the owner register
  {
    key: 'communities',
    group: 'places',
    title: '小区',
    description: '小区名称、地址、客服电话与值班电话',
    page: 'pages/communities/index',
    roles: PLACE_READERS,
  },
  {
    key: 'units',
    group: 'places',
    title: '房屋',
    description: '各小区的楼栋、单元与房号',
    page: 'pages/units/index',
    roles: PLACE_READERS,
  },
  {
    key: 'register',
    group: 'places',
    title: '业主名册',
    description: '从 Excel 导入业主名册，下载模板',
    page: 'pages/register/index',
    roles: PLACE_EDITORS,
  },
  {
    key: 'binding-requests',
    group: 'places',
    title: '绑定申请',
    description: '名册未能确认的房屋绑定申请：通过或说明原因驳回',
    // the service desk reaches the same page from 工作台
    page: '/pages/bind-requests/index',
    roles: ['admin'],
  },
  {
    key: 'guide',
    group: 'places',
    title: '服务指南与常见问题',
    description: '服务项目、时间、电话与价格；常见问题及其解决率',
    page: 'pages/guide/index',
    roles: ['admin'],
  },
  // promises
  {
    key: 'promises',
    group: 'system',
    title: '服务承诺时限',
    description: '各小区每类诉求每个环节的承诺时限，提醒与超时升级',
    page: 'pages/promises/index',
    roles: ['admin'],
  },
  {
    key: 'calendar',
    group: 'system',
    title: '工作日历',
    description: '法定节假日与调休上班日、工作时间；按工作日计的承诺据此计时',
    page: 'pages/calendar/index',
    roles: ['admin'],
  },
  // console
  {
    key: 'routing',
    group: 'system',
    title: '分派规则',
    description: '新诉求按规则分派到部门：条件、优先级、通知谁；可试算一条诉求',
    page: 'pages/routing/index',
    roles: ['admin'],
  },
  {
    key: 'audit-log',
    group: 'system',
    title: '操作记录',
    description: '谁在何时修改了人员与房屋信息，修改前后对比',
    page: 'pages/audit-log/index',
    roles: ['admin'],
  },
  {
    key: 'retention',
    group: 'system',
    title: '保存年限与保全',
    description: '各类记录的保存年限、诉求保全（到期不清理）与每晚清理记录',
    page: 'pages/retention/index',
    roles: ['admin'],
  },
  {
    key: 'access-log',
    group: 'system',
    title: '个人信息查看记录',
    description: '谁在何时查看了业主完整手机号、导出了个人信息',
    page: 'pages/access-log/index',
    roles: ['admin'],
  },
  {
    key: 'parked-effects',
    group: 'system',
    title: '失败任务',
    description: '多次发送失败的通知等任务：查看原因并重试',
    page: 'pages/parked-effects/index',
    roles: ['admin'],
  },
  // staff
  {
    key: 'staff',
    group: 'people',
    title: '员工管理',
    description: '查看所负责小区的员工，调整岗位、部门和小区，停用账号',
    page: 'pages/staff/index',
    roles: ['admin', 'manager'],
  },
  {
    key: 'staff-invite',
    group: 'people',
    title: '邀请员工',
    description: '生成一次性邀请（小程序码或分享卡片），管理未使用的邀请',
    page: 'pages/staff-invite/index',
    roles: ['admin', 'manager'],
  },
  // surveys: their own subpackage, shared with the service desk
  {
    key: 'surveys',
    group: 'other',
    title: '问卷调查',
    description: '满意度调查与年度意见征询：发布、回收率、结果，把反映的问题转为工单',
    page: '/surveys/pages/manage/index',
    roles: ['admin', 'manager', 'leadership', 'receptionist'],
  },
];

/** A page of the subpackage, or (starting with `/`) a page elsewhere (the main package, another subpackage). */
export const sectionUrl = (section: AdminSection): string =>
  section.page.startsWith('/') ? section.page : `/${ADMIN_ROOT}/${section.page}`;

export const sectionsFor = (roles: readonly Role[]): AdminSection[] =>
  ADMIN_SECTIONS.filter((section) => section.roles.some((role) => roles.includes(role)));
