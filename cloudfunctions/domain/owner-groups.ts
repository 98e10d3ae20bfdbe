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
