// The units of one community, one building at a time (grouped by entrance), and the administrator's
// changes to them. The building list is the community's outline, so it follows every change.
import { useState } from 'react';
import type { ApiResult } from '@domain/api';
import { byPlaceName } from '@domain/community';
import { useRemote } from '../../hooks/useRemote';
import { placeApi } from '../../services/api/place';
import type { UnitItem } from '../../services/api/place';

export type UnitPlace = Pick<UnitItem, 'building' | 'entrance' | 'room'>;

export interface EntranceGroup {
  entrance: string;
  units: UnitItem[];
}

function byEntrance(units: UnitItem[]): EntranceGroup[] {
  const groups = new Map<string, UnitItem[]>();
  for (const unit of units) groups.set(unit.entrance, [...(groups.get(unit.entrance) ?? []), unit]);
  return [...groups]
    .sort(([a], [b]) => byPlaceName(a, b))
    .map(([entrance, list]) => ({ entrance, units: list.sort((x, y) => byPlaceName(x.room, y.room)) }));
}

export function useUnits(communityId: string | undefined) {
  // each answer names its community (and building), so a community or building just chosen never
  // shows the previous one's
  const buildings = useRemote(communityId ?? null, async () => {
    const answer = await placeApi.buildings(communityId ?? '');
    return answer.ok ? { ok: true as const, data: { communityId, items: answer.data.items } } : answer;
  });
  const outline = buildings.data && buildings.data.communityId === communityId ? buildings.data.items : undefined;
  const [chosen, setChosen] = useState<string>();
  const names = (outline ?? []).map((b) => b.name);
  const building = chosen && names.includes(chosen) ? chosen : names[0];
  const unitsKey = communityId && building ? `${communityId}\u0000${building}` : null;
  const units = useRemote(unitsKey, async () => {
    const answer = await placeApi.listUnits(communityId ?? '', building ?? '');
    return answer.ok ? { ok: true as const, data: { key: unitsKey, items: answer.data.items } } : answer;
  });
  const shown = units.data && units.data.key === unitsKey ? units.data.items : undefined;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  /** Runs one change; on success the outline and the building shown are read again. */
  async function change<T>(run: () => Promise<ApiResult<T>>, show?: string): Promise<boolean> {
    if (busy) return false;
    setBusy(true);
    setFailure(undefined);
    const answer = await run();
    setBusy(false);
    if (!answer.ok) {
      setFailure(answer.error.message);
      return false;
    }
    if (show && show !== building) setChosen(show);
    else void units.reload();
    void buildings.reload();
    return true;
  }

  return {
    buildings,
    /** the community's buildings are being read for the first time */
    buildingsLoading: !!communityId && !outline && !buildings.error,
    names,
    building,
    chooseBuilding: (name: string) => {
      setFailure(undefined);
      setChosen(name);
    },
    units,
    /** the chosen building's units are being read for the first time */
    unitsLoading: !!building && !shown && !units.error,
    groups: byEntrance(shown ?? []),
    busy,
    failure,
    add: (place: UnitPlace) => change(() => placeApi.addUnit(communityId ?? '', place), place.building),
    rename: (unitId: string, place: UnitPlace) => change(() => placeApi.renameUnit(unitId, place), place.building),
    remove: (unitId: string) => change(() => placeApi.removeUnit(unitId)),
  };
}
