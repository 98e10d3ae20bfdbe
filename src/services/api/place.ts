// The place pickers (function `place`): anyone may call them, a WeChat user not bound yet included.
import { callCloud } from '../callCloud';

const call = <T>(action: string, payload: object) => callCloud<T>('place', { action, ...payload });

export const placeApi = {
  communities: () => call<{ items: Array<{ id: string; name: string }> }>('communities', {}),
  buildings: (communityId: string) =>
    call<{ items: Array<{ name: string; entrances: string[] }> }>('buildings', { communityId }),
  rooms: (communityId: string, building: string, entrance: string) =>
    call<{ items: Array<{ unitId: string; room: string; label: string }> }>('rooms', {
      communityId,
      building,
      entrance,
    }),
};
