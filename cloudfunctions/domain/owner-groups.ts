// Owner groups (业主群): WeChat groups of a community's owners. A group becomes known when someone
// opens a card shared in it (its opengid); its group admins then see it on their home.
export interface OwnerGroup {
  /** the group's opengid */
  id: string;
  communityId: string;
  name: string;
  /** openids of the group admins who manage it */
  admins: string[];
  firstSeenAt: string;
}

/** One admin of one group (`_id` `<opengid>_<openid>`): what finds a group admin's groups. */
export interface OwnerGroupAdmin {
  id: string;
  groupId: string;
  openid: string;
  communityId: string;
  name: string;
  firstSeenAt: string;
}

export const groupAdminsOf = (group: OwnerGroup): OwnerGroupAdmin[] =>
  group.admins.map((openid) => ({
    id: `${group.id}_${openid}`,
    groupId: group.id,
    openid,
    communityId: group.communityId,
    name: group.name,
    firstSeenAt: group.firstSeenAt,
  }));

export const fromGroupAdmin = (admin: OwnerGroupAdmin): OwnerGroup => ({
  id: admin.groupId,
  communityId: admin.communityId,
  name: admin.name,
  admins: [admin.openid],
  firstSeenAt: admin.firstSeenAt,
});
