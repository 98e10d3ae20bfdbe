// Who the place function serves, as the console needs it to show sections and edit controls. The
// function's own lists are in cloudfunctions/place/access.ts; a test keeps the two the same.
import type { Role } from '@domain/model';
import { rolesWhere } from '@domain/roles';

/** Read communities and units: the service desk, managers, leadership, administrators. */
export const PLACE_READERS: readonly Role[] = rolesWhere((r) => r.reach === 'community' || r.reach === 'company');
/** Change communities and units, import the owner register, download its template. */
export const PLACE_EDITORS: readonly Role[] = ['admin'];

export const canEditPlaces = (roles: readonly Role[]): boolean => roles.some((role) => PLACE_EDITORS.includes(role));
