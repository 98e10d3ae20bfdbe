// A community as the company keeps it: contact phones shown to owners, and the outline of its
// buildings and entrances, kept in step with its units so a picker answers from this one document.
import type { Community, Unit } from './model';

export interface OutlineEntrance {
  name: string;
  /** how many units the entrance holds; the entrance leaves the outline when it reaches 0 */
  units: number;
}

export interface OutlineBuilding {
  name: string;
  entrances: OutlineEntrance[];
}

export interface CommunityRecord extends Community {
  address: string;
  /** 客服电话 */
  serviceDeskPhone: string;
  /** 值班电话 */
  dutyPhone: string;
  outline: OutlineBuilding[];
}

const collator = new Intl.Collator('zh-CN', { numeric: true });
export const byPlaceName = (a: string, b: string): number => collator.compare(a, b);

function adjust(outline: readonly OutlineBuilding[], unit: Pick<Unit, 'building' | 'entrance'>, delta: number) {
  const buildings = outline.map((b) => ({ name: b.name, entrances: b.entrances.map((e) => ({ ...e })) }));
  let building = buildings.find((b) => b.name === unit.building);
  if (!building) {
    if (delta < 0) return buildings;
    building = { name: unit.building, entrances: [] };
    buildings.push(building);
  }
  let entrance = building.entrances.find((e) => e.name === unit.entrance);
  if (!entrance) {
    if (delta < 0) return buildings;
    entrance = { name: unit.entrance, units: 0 };
    building.entrances.push(entrance);
  }
  entrance.units = Math.max(0, entrance.units + delta);
  return buildings
    .map((b) => ({
      name: b.name,
      entrances: b.entrances.filter((e) => e.units > 0).sort((x, y) => byPlaceName(x.name, y.name)),
    }))
    .filter((b) => b.entrances.length > 0)
    .sort((x, y) => byPlaceName(x.name, y.name));
}

/** The outline with these units added (each counts once). */
export const withUnitsAdded = (
  outline: readonly OutlineBuilding[],
  units: ReadonlyArray<Pick<Unit, 'building' | 'entrance'>>,
): OutlineBuilding[] => units.reduce<OutlineBuilding[]>((o, unit) => adjust(o, unit, 1), [...outline]);

/** The outline without this unit: an entrance with no unit left, and a building with no entrance, go. */
export const withUnitRemoved = (
  outline: readonly OutlineBuilding[],
  unit: Pick<Unit, 'building' | 'entrance'>,
): OutlineBuilding[] => adjust(outline, unit, -1);

/** The outline a set of units makes, from nothing. */
export const outlineOf = (units: ReadonlyArray<Pick<Unit, 'building' | 'entrance'>>): OutlineBuilding[] =>
  withUnitsAdded([], units);

/** The picker's view of the outline. */
export const buildingChoices = (outline: readonly OutlineBuilding[]) =>
  outline.map((b) => ({ name: b.name, entrances: b.entrances.map((e) => e.name) }));
