import type { Unit } from './model';

/** "1栋1单元101" */
export const unitLabel = (unit: Pick<Unit, 'building' | 'entrance' | 'room'>): string =>
  `${unit.building}${unit.entrance}${unit.room}`;
