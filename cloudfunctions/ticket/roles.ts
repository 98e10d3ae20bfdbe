import type { Role } from '../domain/model';
import { ROLES, STAFF_ROLES } from '../domain/model';

/** Who works requests of a department (accept, reply, transfer, resolve). */
export const HANDLERS: readonly Role[] = ['staff', 'dept_head', 'receptionist'];
export const STAFF: readonly Role[] = STAFF_ROLES;
export const OWNERS: readonly Role[] = ['owner'];
export const ANY_BOUND: readonly Role[] = ROLES;
