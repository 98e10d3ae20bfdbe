// The two registers of policy 002: 重大（突发）事件处理记录表 (4.10: major security incidents, major
// equipment and facility failures, official visits) and 失物招领登记表 (4.6: found property). Staff of
// a community keep them; owners browse the community's unclaimed found items, and see nothing of
// the finder, the holder or a claimant.
import { forbidden, illegalTransition } from './errors';
import type { Actor } from './model';
import { communitiesOf, worksIn } from './scope';

export const INCIDENT_KINDS = ['security', 'equipment', 'official_visit'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const INCIDENT_KIND_LABELS: Record<IncidentKind, string> = {
  security: '重大治安事件',
  equipment: '重大设备设施故障',
  official_visit: '政府部门领导参观来访',
};

export interface LinkedRequest {
  id: string;
  number: string;
}

export interface RecordedBy {
  openid: string;
  name: string;
}

/** 重大（突发）事件: what, when, where, who handled it, follow-up, linked requests. */
export interface Incident {
  id: string;
  communityId: string;
  kind: IncidentKind;
  title: string;
  description: string;
  occurredAt: string;
  place: string;
  /** who handled it, in words (names and departments) */
  handledBy: string;
  followUp?: string;
  linkedRequests: LinkedRequest[];
  state: 'open' | 'closed';
  recordedBy: RecordedBy;
  createdAt: string;
  updatedAt: string;
  closedAt?: string;
  closedBy?: RecordedBy;
  version: number;
}

export const LOST_ITEM_STATES = ['unclaimed', 'claimed', 'disposed'] as const;
export type LostItemState = (typeof LOST_ITEM_STATES)[number];

export const LOST_ITEM_STATE_LABELS: Record<LostItemState, string> = {
  unclaimed: '待认领',
  claimed: '已认领',
  disposed: '已处置',
};

/**
 * A claim, with the identity the staff member checked: the claimant's name and mobile number and
 * the last four characters of the identity card they showed, and how they proved the item theirs.
 */
export interface Claim {
  name: string;
  phone: string;
  idLast4: string;
  /** what the claimant described (marks, contents) that matched the item */
  proof: string;
  checkedBy: RecordedBy;
  at: string;
}

/** 失物招领: the found item, where and when, who found it, who holds it, and its claim. */
export interface LostItem {
  id: string;
  communityId: string;
  item: string;
  foundPlace: string;
  foundAt: string;
  /** the finder's name (and phone, to thank them): personal data, staff only */
  finder: { name: string; phone?: string };
  /** who keeps it now (客服中心前台, a staff member …) */
  holder: string;
  photos: string[];
  state: LostItemState;
  claim?: Claim;
  /** why it left the register unclaimed (handed to the police, donated …) */
  disposal?: { reason: string; by: RecordedBy; at: string };
  recordedBy: RecordedBy;
  createdAt: string;
  updatedAt: string;
  /** when it was claimed or disposed of: its retention counts from here */
  closedAt?: string;
  version: number;
}

/** What an owner sees of an unclaimed item: nothing about the finder or who holds it. */
export interface UnclaimedItemView {
  id: string;
  item: string;
  foundPlace: string;
  foundAt: string;
  photos: string[];
}

export const toUnclaimedView = (item: LostItem): UnclaimedItemView => ({
  id: item.id,
  item: item.item,
  foundPlace: item.foundPlace,
  foundAt: item.foundAt,
  photos: item.photos,
});

/** Staff keep the registers of the communities they work for; company-wide roles, of every one. */
export function assertKeeps(actor: Actor, communityId: string): void {
  if (!worksIn(communitiesOf(actor), communityId)) throw forbidden('您不负责该小区的登记簿');
}

export const recorder = (actor: Actor): RecordedBy => ({ openid: actor.openid, name: actor.name });

export function assertIncidentOpen(incident: Incident): void {
  if (incident.state !== 'open') throw illegalTransition('该事件已结案，不能再修改');
}

export function assertUnclaimed(item: LostItem): void {
  if (item.state !== 'unclaimed') throw illegalTransition(`该物品${LOST_ITEM_STATE_LABELS[item.state]}，不能再修改`);
}
