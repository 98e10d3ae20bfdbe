// Homes over cloud.database(): people's records as binding changes them, who lives in each unit
// (memberships), binding requests and household invitations.
import type { BindingRequest, HouseholdInvitation, Membership } from '../../domain/household';
import type { Community, Unit, User } from '../../domain/model';
import type { CommunityScope } from '../../domain/scope';
import type { Database } from '../cloud';
import { READ_PAGE } from './cloud-places';
import { COLLECTIONS, find, fromStored, toStored, updated } from './db';
import type { HomeRepository } from './types';

/** More than this many requests or members at once is a data error, not a household. */
const MAX_LISTED = 50;
/** A desk's pending list: the oldest first, a screenful. */
const MAX_PENDING = 100;

export class CloudHomeRepository implements HomeRepository {
  constructor(private readonly db: Database) {}

  async unit(unitId: string): Promise<{ unit: Unit; community: Community } | null> {
    const [unitDoc] = await find(this.db.collection(COLLECTIONS.units).where({ _id: unitId }).limit(1));
    if (!unitDoc) return null;
    const unit = fromStored<Unit>(unitDoc);
    const [communityDoc] = await find(
      this.db.collection(COLLECTIONS.communities).where({ _id: unit.communityId }).limit(1),
    );
    if (!communityDoc) return null;
    return { unit, community: fromStored<Community>(communityDoc) };
  }

  async user(openid: string): Promise<User | null> {
    const [doc] = await find(this.db.collection(COLLECTIONS.users).where({ _id: openid }).limit(1));
    if (!doc) return null;
    const { _id, ...rest } = doc;
    return { ...(rest as Omit<User, 'openid'>), openid: _id, units: Array.isArray(rest.units) ? rest.units : [] };
  }

  /** The whole record by OPENID (created for a new WeChat user). */
  async putUser(user: User): Promise<void> {
    const { openid, ...rest } = JSON.parse(JSON.stringify(user)) as User;
    await this.db
      .collection(COLLECTIONS.users)
      .doc(openid)
      .set({ data: rest as unknown as Record<string, unknown> });
  }

  async putMembership(membership: Membership): Promise<void> {
    const { _id, ...rest } = toStored(membership);
    await this.db.collection(COLLECTIONS.memberships).doc(_id).set({ data: rest });
  }

  async removeMemberships(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const _ = this.db.command;
    await this.db
      .collection(COLLECTIONS.memberships)
      .where({ _id: _.in(ids) })
      .remove();
  }

  async membershipsOf(unitIds: string[]): Promise<Membership[]> {
    if (unitIds.length === 0) return [];
    const _ = this.db.command;
    const docs = await find(
      this.db
        .collection(COLLECTIONS.memberships)
        .where({ unitId: _.in(unitIds) })
        .orderBy('unitId', 'asc')
        .orderBy('_id', 'asc')
        .limit(MAX_LISTED * unitIds.length),
    );
    return docs.map((doc) => fromStored<Membership>(doc));
  }

  async everyMembershipOf(unitIds: string[]): Promise<Membership[]> {
    if (unitIds.length === 0) return [];
    const _ = this.db.command;
    const memberships = this.db.collection(COLLECTIONS.memberships);
    if (unitIds.length === 1) {
      // one unit: keyset on _id, the order its index delivers
      const found: Membership[] = [];
      for (let after = ''; ;) {
        const where = after ? { unitId: unitIds[0], _id: _.gt(after) } : { unitId: unitIds[0] };
        const docs = await find(memberships.where(where).orderBy('_id', 'asc').limit(READ_PAGE));
        found.push(...docs.map((doc) => fromStored<Membership>(doc)));
        if (docs.length < READ_PAGE) return found;
        after = docs[docs.length - 1]!._id;
      }
    }
    // an `in` of several units has no order an index delivers: a full read is split in halves instead
    const docs = await find(memberships.where({ unitId: _.in(unitIds) }).limit(READ_PAGE));
    if (docs.length < READ_PAGE) return docs.map((doc) => fromStored<Membership>(doc));
    const half = Math.ceil(unitIds.length / 2);
    return [
      ...(await this.everyMembershipOf(unitIds.slice(0, half))),
      ...(await this.everyMembershipOf(unitIds.slice(half))),
    ];
  }

  async addRequest(request: BindingRequest): Promise<void> {
    await this.db.collection(COLLECTIONS.bindingRequests).add({ data: toStored(request) });
  }

  async request(id: string): Promise<BindingRequest | null> {
    const [doc] = await find(this.db.collection(COLLECTIONS.bindingRequests).where({ _id: id }).limit(1));
    return doc ? fromStored<BindingRequest>(doc) : null;
  }

  async requestsOf(openid: string): Promise<BindingRequest[]> {
    const docs = await find(
      this.db
        .collection(COLLECTIONS.bindingRequests)
        .where({ openid })
        .orderBy('createdAt', 'desc')
        .orderBy('_id', 'desc')
        .limit(MAX_LISTED),
    );
    return docs.map((doc) => fromStored<BindingRequest>(doc));
  }

  async pendingRequests(scope: CommunityScope): Promise<BindingRequest[]> {
    if (!scope.all && scope.ids.length === 0) return [];
    const _ = this.db.command;
    const where = scope.all
      ? { status: 'pending' }
      : { communityId: scope.ids.length === 1 ? scope.ids[0] : _.in(scope.ids), status: 'pending' };
    const docs = await find(
      this.db
        .collection(COLLECTIONS.bindingRequests)
        .where(where)
        .orderBy('createdAt', 'asc')
        .orderBy('_id', 'asc')
        .limit(MAX_PENDING),
    );
    return docs.map((doc) => fromStored<BindingRequest>(doc));
  }

  /** Writes the decision only while the request is still pending: false when someone decided first. */
  async decide(after: BindingRequest): Promise<boolean> {
    const { _id, ...rest } = toStored(after);
    return (
      (await updated(this.db.collection(COLLECTIONS.bindingRequests).where({ _id, status: 'pending' }), rest)) === 1
    );
  }

  async addInvitation(invitation: HouseholdInvitation): Promise<void> {
    await this.db.collection(COLLECTIONS.invitations).add({ data: toStored(invitation) });
  }

  async invitation(code: string): Promise<HouseholdInvitation | null> {
    const [doc] = await find(
      this.db.collection(COLLECTIONS.invitations).where({ _id: code, kind: 'household' }).limit(1),
    );
    return doc ? fromStored<HouseholdInvitation>(doc) : null;
  }

  /** Marks the invitation used by `openid`, only if nobody used it first. */
  async claimInvitation(code: string, openid: string, atIso: string): Promise<boolean> {
    const _ = this.db.command;
    const query = this.db.collection(COLLECTIONS.invitations).where({ _id: code, usedBy: _.exists(false) });
    return (await updated(query, { usedBy: openid, usedAt: atIso })) === 1;
  }
}
