// Cloud function `place`: communities, buildings, units and the owner register. Event `{ action, ...payload }`.
import { createHandler } from '../server/handler';
import { createCommunity, listCommunities, updateCommunity } from './actions/communities-admin';
import { buildings, communities, rooms } from './actions/pickers';
import { importRegister, previewImport } from './actions/register-import';
import { registerTemplate } from './actions/register-template';
import { addUnit, listUnits, removeUnit, renameUnit, unitRegister } from './actions/units-admin';

export const main = createHandler({
  communities,
  buildings,
  rooms,
  listCommunities,
  createCommunity,
  updateCommunity,
  listUnits,
  addUnit,
  renameUnit,
  removeUnit,
  unitRegister,
  previewImport,
  importRegister,
  registerTemplate,
});
