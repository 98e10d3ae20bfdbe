// The admin console's sections, listed once: its home page shows them to the roles they name, and
// each is a page of the `admin` subpackage (so owners never download it).
import type { Role } from '@domain/model';

export interface AdminSection {
  key: string;
  title: string;
  description: string;
  /** the page, from the subpackage root: `pages/<name>/index` */
  page: string;
  roles: readonly Role[];
}

export const ADMIN_ROOT = 'admin';

export const ADMIN_SECTIONS: readonly AdminSection[] = [
  // staff
  {
    key: 'staff',
    title: '员工管理',
    description: '查看所负责小区的员工，调整岗位、部门和小区，停用账号',
    page: 'pages/staff/index',
    roles: ['admin', 'manager'],
  },
  {
    key: 'staff-invite',
    title: '邀请员工',
    description: '生成一次性邀请（小程序码或分享卡片），管理未使用的邀请',
    page: 'pages/staff-invite/index',
    roles: ['admin', 'manager'],
  },
];

export const sectionUrl = (section: AdminSection): string => `/${ADMIN_ROOT}/${section.page}`;

export const sectionsFor = (roles: readonly Role[]): AdminSection[] =>
  ADMIN_SECTIONS.filter((section) => section.roles.some((role) => roles.includes(role)));
