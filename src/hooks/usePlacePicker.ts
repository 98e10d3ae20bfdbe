// Choosing a home: community → building → entrance → room, each list loaded from the place pickers.
import { useState } from 'react';
import { placeApi } from '../services/api/place';
import { useRemote } from './useRemote';

export interface RoomChoice {
  unitId: string;
  room: string;
  label: string;
}

export interface PlaceChoice {
  communityId?: string;
  building?: string;
  entrance?: string;
  unit?: RoomChoice;
}

export function usePlacePicker() {
  const [choice, setChoice] = useState<PlaceChoice>({});
  const communities = useRemote('communities', placeApi.communities);
  const buildings = useRemote(choice.communityId ?? null, () => placeApi.buildings(choice.communityId ?? ''));
  const roomsKey =
    choice.communityId && choice.building && choice.entrance
      ? `${choice.communityId}/${choice.building}/${choice.entrance}`
      : null;
  const rooms = useRemote(roomsKey, () =>
    placeApi.rooms(choice.communityId ?? '', choice.building ?? '', choice.entrance ?? ''),
  );
  const entrances = buildings.data?.items.find((b) => b.name === choice.building)?.entrances ?? [];

  return {
    choice,
    communities,
    buildings,
    entrances,
    rooms,
    chooseCommunity: (communityId: string) => setChoice({ communityId }),
    chooseBuilding: (building: string) => setChoice((c) => ({ communityId: c.communityId, building })),
    chooseEntrance: (entrance: string) =>
      setChoice((c) => ({ communityId: c.communityId, building: c.building, entrance })),
    chooseUnit: (unit: RoomChoice) => setChoice((c) => ({ ...c, unit })),
  };
}
