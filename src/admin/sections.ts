// The admin console's sections, listed once: its home page shows them to the roles they name, and
// each is a page of the `admin` subpackage (so owners never download it).
import type { Role } from '@domain/model';
import { PLACE_EDITORS, PLACE_READERS } from './place-access';

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
  // places: communities, their units, the owner register
  {
    key: 'communities',
    title: '小区',
    description: '小区名称、地址、客服电话与值班电话',
    page: 'pages/communities/index',
    roles: PLACE_READERS,
  },
  {
    key: 'units',
    title: '房屋',
    description: '各小区的楼栋、单元与房号',
    page: 'pages/units/index',
    roles: PLACE_READERS,
  },
  {
    key: 'register',
    title: '业主名册',
    description: '从 Excel 导入业主名册，下载模板',
    page: 'pages/register/index',
    roles: PLACE_EDITORS,
  },
];

export const sectionUrl = (section: AdminSection): string => `/${ADMIN_ROOT}/${section.page}`;

export const sectionsFor = (roles: readonly Role[]): AdminSection[] =>
  ADMIN_SECTIONS.filter((section) => section.roles.some((role) => roles.includes(role)));
