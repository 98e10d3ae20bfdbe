// Who the place function serves, as the console needs it to show sections and edit controls: the
// domain's role table says it once for both.
import type { Role } from '@domain/model';
import { AUDIENCES } from '@domain/roles';

export const PLACE_READERS = AUDIENCES.placeReaders;
export const PLACE_EDITORS = AUDIENCES.placeEditors;

export const canEditPlaces = (roles: readonly Role[]): boolean => roles.some((role) => PLACE_EDITORS.includes(role));
