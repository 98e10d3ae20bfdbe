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

export const ADMIN_SECTIONS: readonly AdminSection[] = [];

export const sectionUrl = (section: AdminSection): string => `/${ADMIN_ROOT}/${section.page}`;

export const sectionsFor = (roles: readonly Role[]): AdminSection[] =>
  ADMIN_SECTIONS.filter((section) => section.roles.some((role) => roles.includes(role)));
