// Units of a community as administrators keep them: list by building and entrance, add, rename,
// remove. Every change keeps the community's outline in step and is recorded in the audit log.
import { withUnitRemoved, withUnitsAdded } from '../../domain/community';
import { conflict } from '../../domain/errors';
import type { Unit } from '../../domain/model';
import { addUnitSchema, buildingSchema, renameUnitSchema, unitIdSchema } from '../../domain/place-schemas';
import { unitLabel } from '../../domain/places';
import { defineAction } from '../../server/action';
import { recordAudit } from '../../server/audit';
import type { ActionContext } from '../../server/action';
import { PLACE_ADMINS, PLACE_READERS, communityFor, newUnitId, unitFor } from '../access';

const viewOf = (u: Unit) => ({
  unitId: u.id,
  building: u.building,
  entrance: u.entrance,
  room: u.room,
  label: unitLabel(u),
});

export const listUnits = defineAction({
  schema: buildingSchema,
  roles: PLACE_READERS,
  async run({ communityId, building }, context) {
    await communityFor(context, communityId);
    const units = await context.repos.places.unitsOf(communityId, { building });
    return { items: units.map(viewOf) };
  },
});

export const addUnit = defineAction({
  schema: addUnitSchema,
  roles: PLACE_ADMINS,
  async run({ communityId, building, entrance, room }, context) {
    const community = await communityFor(context, communityId);
    const unit: Unit = { id: newUnitId(), communityId, building, entrance, room };
    await context.repos.places.addUnit(unit);
    await context.repos.places.saveOutline(
      communityId,
      community.outlineVersion,
      withUnitsAdded(community.outline, [unit]),
    );
    await recordAudit(context, 'unit.add', { kind: 'unit', id: unit.id }, { after: viewOf(unit) });
    return viewOf(unit);
  },
});

/** An owner's record carries a copy of the unit: a unit someone lives in keeps its name and stays. */
async function refuseIfBound(context: ActionContext, unit: Unit, doing: string): Promise<void> {
  const residents = await context.repos.homes.membershipsOf([unit.id]);
  if (residents.length > 0) throw conflict(`${unitLabel(unit)}已有住户绑定，不能${doing}；请先解除绑定`);
}

export const renameUnit = defineAction({
  schema: renameUnitSchema,
  roles: PLACE_ADMINS,
  async run({ unitId, building, entrance, room }, context) {
    const before = await unitFor(context, unitId);
    const after: Unit = { id: before.id, communityId: before.communityId, building, entrance, room };
    if (unitLabel(before) === unitLabel(after)) return viewOf(after);
    await refuseIfBound(context, before, '改名');
    const community = await communityFor(context, before.communityId);
    await context.repos.places.renameUnit(unitId, { building, entrance, room });
    await context.repos.places.saveOutline(
      community.id,
      community.outlineVersion,
      withUnitsAdded(withUnitRemoved(community.outline, before), [after]),
    );
    await recordAudit(
      context,
      'unit.rename',
      { kind: 'unit', id: unitId },
      { before: viewOf(before), after: viewOf(after) },
    );
    return viewOf(after);
  },
});

export const removeUnit = defineAction({
  schema: unitIdSchema,
  roles: PLACE_ADMINS,
  async run({ unitId }, context) {
    const unit = await unitFor(context, unitId);
    await refuseIfBound(context, unit, '删除');
    if (await context.repos.places.unitFiledFrom(unitId)) throw conflict(`${unitLabel(unit)}已有报事记录，不能删除`);
    const community = await communityFor(context, unit.communityId);
    await context.repos.places.removeUnit(unitId);
    await context.repos.places.saveOutline(
      community.id,
      community.outlineVersion,
      withUnitRemoved(community.outline, unit),
    );
    await recordAudit(context, 'unit.remove', { kind: 'unit', id: unitId }, { before: viewOf(unit) });
    return { removed: true };
  },
});

export const unitRegister = defineAction({
  schema: unitIdSchema,
  roles: PLACE_READERS,
  async run({ unitId }, context) {
    const unit = await unitFor(context, unitId);
    const entries = await context.repos.register.forUnit(unitId);
    return {
      unit: viewOf(unit),
      items: entries.map((e) => ({
        name: e.name,
        phone: e.phone,
        relation: e.relation,
        ...(e.tenancyEndsOn ? { tenancyEndsOn: e.tenancyEndsOn } : {}),
      })),
    };
  },
});
