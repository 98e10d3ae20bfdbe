// Staff over cloud.database(): staff invitations, staff records in `users`, and the owner groups a
// group admin manages.
import type { Community, User } from '../../domain/model';
import type { StaffInvitation } from '../../domain/staff';
import type { OwnerGroup, OwnerGroupAdmin } from '../../domain/owner-groups';
import { fromGroupAdmin } from '../../domain/owner-groups';
import type { Database } from '../cloud';
import { COLLECTIONS, find, fromStored, toStored, updateAndReturn, updated } from './db';
import type { StoredDoc } from './db';
import type { StaffFilter, StaffRepository } from './types';

/** Longer lists than these are cut: a staff list is for one company, an invitation list for a week. */
const MAX_STAFF = 200;
const MAX_INVITATIONS = 50;
const MAX_COMMUNITIES = 100;
const MAX_GROUPS = 50;

function userOf(doc: StoredDoc): User {
  const { _id, ...rest } = doc;
  return {
    ...(rest as Omit<User, 'openid'>),
    openid: _id,
    units: Array.isArray(rest.units) ? (rest.units as User['units']) : [],
  };
}

const storedUser = ({ openid, ...rest }: User): Record<string, unknown> =>
  JSON.parse(JSON.stringify(rest)) as Record<string, unknown>;

export class CloudStaffRepository implements StaffRepository {
  constructor(private readonly db: Database) {}

  private get invitations() {
    return this.db.collection(COLLECTIONS.invitations);
  }

  private get users() {
    return this.db.collection(COLLECTIONS.users);
  }

  async addInvitation(invitation: StaffInvitation): Promise<void> {
    await this.invitations.add({ data: toStored(invitation) });
  }

  async getInvitation(code: string): Promise<StaffInvitation | null> {
    const [doc] = await find(this.invitations.where({ _id: code, kind: 'staff' }).limit(1));
    return doc ? fromStored<StaffInvitation>(doc) : null;
  }

  /** One conditional write: marks it used only if it is still open; null when it is not. */
  async useInvitation(code: string, openid: string, nowIso: string): Promise<StaffInvitation | null> {
    const _ = this.db.command;
    const doc = await updateAndReturn(
      this.invitations.where({
        _id: code,
        kind: 'staff',
        usedBy: _.exists(false),
        revokedAt: _.exists(false),
        expiresAt: _.gt(nowIso),
      }),
      { usedBy: openid, usedAt: nowIso },
    );
    return doc ? fromStored<StaffInvitation>(doc) : null;
  }

  async revokeInvitation(code: string, nowIso: string): Promise<boolean> {
    const _ = this.db.command;
    const where = { _id: code, kind: 'staff', usedBy: _.exists(false), revokedAt: _.exists(false) };
    return (await updated(this.invitations.where(where), { revokedAt: nowIso })) === 1;
  }

  async openInvitations(communityIds: string[] | 'all', nowIso: string): Promise<StaffInvitation[]> {
    const _ = this.db.command;
    const open = { usedBy: _.exists(false), revokedAt: _.exists(false), expiresAt: _.gt(nowIso) };
    const where =
      communityIds === 'all' ? { kind: 'staff', ...open } : { kind: 'staff', communityId: _.in(communityIds), ...open };
    const docs = await find(
      this.invitations.where(where).orderBy('createdAt', 'desc').orderBy('_id', 'desc').limit(MAX_INVITATIONS),
    );
    return docs.map((doc) => fromStored<StaffInvitation>(doc));
  }

  async communities(ids: string[] | 'all'): Promise<Community[]> {
    const _ = this.db.command;
    const collection = this.db.collection(COLLECTIONS.communities);
    if (ids !== 'all' && ids.length === 0) return [];
    const docs = await find(
      ids === 'all' ? collection.limit(MAX_COMMUNITIES) : collection.where({ _id: _.in(ids) }).limit(MAX_COMMUNITIES),
    );
    return docs.map((doc) => ({ id: doc._id, name: String(doc.name ?? doc._id) }));
  }

  async listStaff(filter: StaffFilter): Promise<User[]> {
    const _ = this.db.command;
    const base = {
      ...(filter.department ? { department: filter.department } : {}),
      active: filter.active === undefined ? _.in([true, false]) : filter.active,
    };
    const where =
      filter.communityIds === 'all'
        ? base
        : {
            communityIds: filter.communityIds.length === 1 ? filter.communityIds[0] : _.in(filter.communityIds),
            ...base,
          };
    const docs = await find(this.users.where(where).limit(MAX_STAFF));
    return docs.map(userOf);
  }

  async putUser(user: User): Promise<void> {
    await this.users.doc(user.openid).set({ data: storedUser(user) });
  }

  /** Writes the staff fields only if the record is still as read (its roles and active flag). */
  async updateStaff(before: User, after: User): Promise<boolean> {
    const _ = this.db.command;
    const data: Record<string, unknown> = {
      roles: _.set(after.roles),
      communityIds: _.set(after.communityIds ?? []),
      communityNames: _.set(after.communityNames ?? []),
      active: after.active !== false,
      department: after.department ?? _.remove(),
    };
    const guard = { _id: before.openid, active: before.active !== false, roles: _.eq(before.roles) };
    return (await updated(this.users.where(guard), data)) === 1;
  }

  /** From `owner_group_admins` (one document per group and admin): an array field cannot lead an index. */
  async groupsAdministeredBy(openid: string): Promise<OwnerGroup[]> {
    const docs = await find(
      this.db
        .collection(COLLECTIONS.ownerGroupAdmins)
        .where({ openid })
        .orderBy('firstSeenAt', 'desc')
        .orderBy('_id', 'desc')
        .limit(MAX_GROUPS),
    );
    return docs.map((doc) => fromGroupAdmin(fromStored<OwnerGroupAdmin>(doc)));
  }
}
