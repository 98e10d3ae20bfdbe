// Communities and units over cloud.database(). A community carries its building → entrance
// outline (the pickers' one read); units are unique by (community, building, entrance, room).
import type { CommunityRecord, OutlineBuilding } from '../../domain/community';
import { conflict } from '../../domain/errors';
import type { Unit } from '../../domain/model';
import type { UnitPosition } from '../../domain/outage-delivery';
import { unitLabel } from '../../domain/places';
import type { Database } from '../cloud';
import { COLLECTIONS, addMany, find, fromStored, isDuplicateKey, toStored, updated } from './db';
import type { PlaceRepository, UnitPlace } from './types';

/** The cloud answers at most this many documents per read. */
export const READ_PAGE = 1000;
/** Documents per insert request. */
export const WRITE_BATCH = 500;
const MAX_COMMUNITIES = 200;

type StoredCommunity = CommunityRecord & { outlineVersion?: number };

const unitOf = (doc: Record<string, unknown> & { _id: string }): Unit => {
  const { _id, communityId, building, entrance, room } = doc as unknown as Unit & { _id: string };
  return { id: _id, communityId, building, entrance, room };
};
const storedUnit = (unit: Unit) => ({ ...toStored(unit), label: unitLabel(unit) });

export class CloudPlaceRepository implements PlaceRepository {
  constructor(private readonly db: Database) {}

  private get communitiesCollection() {
    return this.db.collection(COLLECTIONS.communities);
  }
  private get unitsCollection() {
    return this.db.collection(COLLECTIONS.units);
  }

  async communities(): Promise<Array<{ id: string; name: string }>> {
    const docs = await find(
      this.communitiesCollection.where({}).limit(MAX_COMMUNITIES).field({ _id: true, name: true }),
    );
    return docs.map((d) => ({ id: d._id, name: String(d.name) }));
  }

  async community(id: string): Promise<(CommunityRecord & { outlineVersion: number }) | null> {
    const [doc] = await find(this.communitiesCollection.where({ _id: id }).limit(1));
    if (!doc) return null;
    const record = fromStored<StoredCommunity>(doc);
    return {
      ...record,
      address: record.address ?? '',
      serviceDeskPhone: record.serviceDeskPhone ?? '',
      dutyPhone: record.dutyPhone ?? '',
      outline: record.outline ?? [],
      outlineVersion: record.outlineVersion ?? 0,
    };
  }

  async createCommunity(record: CommunityRecord): Promise<void> {
    await this.communitiesCollection.add({ data: { ...toStored(record), outlineVersion: 0 } });
  }

  async updateCommunity(id: string, fields: Partial<Omit<CommunityRecord, 'id' | 'outline'>>): Promise<void> {
    await this.communitiesCollection.where({ _id: id }).update({ data: JSON.parse(JSON.stringify(fields)) });
  }

  async saveOutline(id: string, version: number, outline: OutlineBuilding[]): Promise<void> {
    const _ = this.db.command;
    // a community stored before outlines existed has no version yet
    const condition = version === 0 ? _.or(_.eq(0), _.exists(false)) : version;
    const changed = await updated(this.communitiesCollection.where({ _id: id, outlineVersion: condition }), {
      outline,
      outlineVersion: version + 1,
    });
    if (changed === 0) throw conflict('小区楼栋信息刚被他人更新，请刷新后重试');
  }

  async unitsOf(communityId: string, place: { building?: string; entrance?: string } = {}): Promise<Unit[]> {
    const units: Unit[] = [];
    for (let skip = 0; ; skip += READ_PAGE) {
      const docs = await find(
        this.unitsCollection
          .where({ communityId, ...place })
          .orderBy('building', 'asc')
          .orderBy('entrance', 'asc')
          .orderBy('room', 'asc')
          .skip(skip)
          .limit(READ_PAGE),
      );
      units.push(...docs.map(unitOf));
      if (docs.length < READ_PAGE) return units;
    }
  }

  async unitsAfter(
    communityId: string,
    building: string | undefined,
    after: UnitPosition | undefined,
    limit: number,
  ): Promise<Unit[]> {
    const _ = this.db.command;
    const place = building === undefined ? { communityId } : { communityId, building };
    let where: Parameters<typeof this.unitsCollection.where>[0] = place;
    if (after) {
      const inBuilding = _.or({ entrance: _.gt(after.entrance) }, { entrance: after.entrance, room: _.gt(after.room) });
      where = _.and(
        place,
        building === undefined
          ? _.or({ building: _.gt(after.building) }, _.and({ building: after.building }, inBuilding))
          : inBuilding,
      );
    }
    let query = this.unitsCollection.where(where);
    if (building === undefined) query = query.orderBy('building', 'asc');
    const docs = await find(query.orderBy('entrance', 'asc').orderBy('room', 'asc').limit(limit));
    return docs.map(unitOf);
  }

  async unit(id: string): Promise<Unit | null> {
    const [doc] = await find(this.unitsCollection.where({ _id: id }).limit(1));
    return doc ? unitOf(doc) : null;
  }

  async addUnit(unit: Unit): Promise<void> {
    try {
      await this.unitsCollection.add({ data: storedUnit(unit) });
    } catch (error) {
      if (isDuplicateKey(error)) throw conflict('该房号已存在');
      throw error;
    }
  }

  async addUnits(units: Unit[]): Promise<void> {
    for (let i = 0; i < units.length; i += WRITE_BATCH)
      await addMany(this.unitsCollection, units.slice(i, i + WRITE_BATCH).map(storedUnit));
  }

  async renameUnit(id: string, place: UnitPlace): Promise<void> {
    try {
      await this.unitsCollection.where({ _id: id }).update({ data: { ...place, label: unitLabel(place) } });
    } catch (error) {
      if (isDuplicateKey(error)) throw conflict('该房号已存在');
      throw error;
    }
  }

  async removeUnit(id: string): Promise<void> {
    await this.unitsCollection.where({ _id: id }).remove();
  }

  async unitFiledFrom(unitId: string): Promise<boolean> {
    const tickets = await find(this.db.collection(COLLECTIONS.tickets).where({ unitId }).limit(1).field({ _id: true }));
    return tickets.length > 0;
  }
}
