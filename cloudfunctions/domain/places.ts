import type { Unit, UnitSummary } from './model';

/** "1栋1单元101" */
export const unitLabel = (unit: Pick<Unit, 'building' | 'entrance' | 'room'>): string =>
  `${unit.building}${unit.entrance}${unit.room}`;

/** The copy of a unit an owner's record carries. */
export const unitSummary = (unit: Unit): UnitSummary => ({
  id: unit.id,
  communityId: unit.communityId,
  building: unit.building,
  entrance: unit.entrance,
  room: unit.room,
  label: unitLabel(unit),
});
