import type { ImportCounts, RowProblem } from '@domain/register-import';
import { callCloud } from '../callCloud';

export interface CommunityContact {
  id: string;
  name: string;
  address: string;
  serviceDeskPhone: string;
  dutyPhone: string;
}
export interface CommunityListItem extends CommunityContact {
  buildings: number;
  units: number;
}
export interface UnitItem {
  unitId: string;
  building: string;
  entrance: string;
  room: string;
  label: string;
}
export interface ImportReport {
  valid: boolean;
  problems: RowProblem[];
  problemCount: number;
  counts: ImportCounts;
}
type CommunityFields = Omit<CommunityContact, 'id'>;
type Place = { building: string; entrance: string; room: string };

export const placeApi = {
  communities: () => callCloud<{ items: Array<{ id: string; name: string }> }>('place', { action: 'communities' }),
  buildings: (communityId: string) =>
    callCloud<{ items: Array<{ name: string; entrances: string[] }> }>('place', { action: 'buildings', communityId }),
  rooms: (communityId: string, building: string, entrance: string) =>
    callCloud<{ items: Array<{ unitId: string; room: string; label: string }> }>('place', {
      action: 'rooms',
      communityId,
      building,
      entrance,
    }),
  listCommunities: () => callCloud<{ items: CommunityListItem[] }>('place', { action: 'listCommunities' }),
  createCommunity: (fields: CommunityFields) =>
    callCloud<CommunityContact>('place', { action: 'createCommunity', ...fields }),
  updateCommunity: (communityId: string, fields: Partial<CommunityFields>) =>
    callCloud<CommunityContact>('place', { action: 'updateCommunity', communityId, ...fields }),
  listUnits: (communityId: string, building: string) =>
    callCloud<{ items: UnitItem[] }>('place', { action: 'listUnits', communityId, building }),
  addUnit: (communityId: string, place: Place) =>
    callCloud<UnitItem>('place', { action: 'addUnit', communityId, ...place }),
  renameUnit: (unitId: string, place: Place) =>
    callCloud<UnitItem>('place', { action: 'renameUnit', unitId, ...place }),
  removeUnit: (unitId: string) => callCloud<{ removed: boolean }>('place', { action: 'removeUnit', unitId }),
  /** `workbook`: the .xlsx file's bytes, base64 */
  previewImport: (communityId: string, workbook: string) =>
    callCloud<ImportReport>('place', { action: 'previewImport', communityId, workbook }),
  importRegister: (communityId: string, workbook: string) =>
    callCloud<ImportReport>('place', { action: 'importRegister', communityId, workbook }),
  registerTemplate: () =>
    callCloud<{ fileID: string; url: string; fileName: string }>('place', { action: 'registerTemplate' }),
};
