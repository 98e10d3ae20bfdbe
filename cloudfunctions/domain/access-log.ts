// Who saw what (policy 002 §4 保密与隐私保护, 4.12): every time staff are shown an owner's full phone
// number on a request, or export personal data, one entry records who, when and which. Entries are
// appended by the functions only and never changed; administrators read them.
import type { Actor, Role, Ticket } from './model';
import { inHandlingTeam, isOwnerOf } from './permissions';

export const ACCESS_KINDS = ['phone', 'export'] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];

export const ACCESS_KIND_LABELS: Record<AccessKind, string> = {
  phone: '查看业主完整手机号',
  export: '导出个人信息',
};

export interface AccessLogEntry {
  id: string;
  at: string;
  actor: { openid: string; name: string; roles: Role[] };
  kind: AccessKind;
  /** the requests whose personal data was shown or exported (none for an export by a query) */
  ticketIds: string[];
  /** their numbers, as people search for them */
  ticketNumbers: string[];
  /** what an export covered, in words ("2026年10月 投诉 导出"), when it is not a list of requests */
  subject?: string;
}

/**
 * The view built for `viewer` shows the owner's full number and the viewer is not the owner: staff
 * of the holding department and the service desk. Everyone else reads it masked (nothing to log).
 */
export const revealsFullPhone = (ticket: Pick<Ticket, 'ownerOpenid' | 'communityId' | 'department'>, viewer: Actor) =>
  inHandlingTeam(ticket, viewer) && !isOwnerOf(ticket, viewer);
