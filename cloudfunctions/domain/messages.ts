// In-app messages: who a message is for (audience keys, so that one stored message serves everyone
// it concerns) and its Chinese text, built from the effect's event and the request.
import type { Effect, OwnerEvent, StaffAudience, StaffEvent } from './commands';
import { CATEGORY_LABELS, DEPARTMENT_LABELS } from './labels';
import type { Actor, Department, Ticket } from './model';

/**
 * Audience keys. A message has one; a reader's list is every message whose key is one of theirs.
 *   owner:<openid>                     the owner of a request
 *   dept:<communityId>:<department>    a department's handlers in a community
 *   head:<communityId>:<department>    its head
 *   role:<communityId>:<role>          the service desk (receptionist) or manager of a community
 *   role:*:leadership                  the company's leadership
 *   openid:<openid>                    one person
 */
export const audienceKey = {
  owner: (openid: string) => `owner:${openid}`,
  department: (communityId: string, department: Department) => `dept:${communityId}:${department}`,
  head: (communityId: string, department: Department) => `head:${communityId}:${department}`,
  role: (communityId: string, role: 'receptionist' | 'manager') => `role:${communityId}:${role}`,
  leadership: () => 'role:*:leadership',
  person: (openid: string) => `openid:${openid}`,
};

/** Every audience key a person reads messages of: from their roles, department and communities. */
export function audienceKeysOf(actor: Actor): string[] {
  const keys = new Set<string>([audienceKey.person(actor.openid)]);
  const communities = [...(actor.communityIds ?? []), ...(actor.communityId ? [actor.communityId] : [])];
  const roles = new Set(actor.roles);
  if (roles.has('owner')) keys.add(audienceKey.owner(actor.openid));
  if (roles.has('leadership')) keys.add(audienceKey.leadership());
  for (const community of communities) {
    if (actor.department && (roles.has('staff') || roles.has('dept_head') || roles.has('receptionist')))
      keys.add(audienceKey.department(community, actor.department));
    if (actor.department && roles.has('dept_head')) keys.add(audienceKey.head(community, actor.department));
    if (roles.has('receptionist')) keys.add(audienceKey.role(community, 'receptionist'));
    if (roles.has('manager')) keys.add(audienceKey.role(community, 'manager'));
  }
  return [...keys];
}

export function staffAudienceKey(to: StaffAudience, ticket: Ticket, department?: Department): string {
  const dept = department ?? ticket.department;
  switch (to) {
    case 'handlers':
      return audienceKey.department(ticket.communityId, dept);
    case 'dept_head':
      return audienceKey.head(ticket.communityId, dept);
    case 'service_desk':
      return audienceKey.role(ticket.communityId, 'receptionist');
    case 'security':
      return audienceKey.department(ticket.communityId, 'security');
    case 'manager':
      return audienceKey.role(ticket.communityId, 'manager');
    case 'leadership':
      return audienceKey.leadership();
  }
}

/** A stored message; `_id` is the key of the effect that wrote it (a second write is a duplicate). */
export interface Message {
  id: string;
  audience: string;
  /** the type of the effect that wrote it, or a message about no request (a survey opened, the complaint summary) */
  kind: Effect['type'] | 'SURVEY_OPENED' | 'COMPLAINT_SUMMARY';
  ticketId: string;
  ticketNumber: string;
  title: string;
  body: string;
  createdAt: string;
  /** openids of the readers who have read it */
  readBy: string[];
  /** a survey's message links to the survey (ticketId and ticketNumber are then '') */
  surveyId?: string;
  /** the page it opens, for a message about no request (else the request's page) */
  link?: string;
}

/** What a reader sees of a message. */
export interface MessageView {
  id: string;
  ticketId: string;
  ticketNumber: string;
  title: string;
  body: string;
  createdAt: string;
  read: boolean;
  surveyId?: string;
  link?: string;
}

export const toMessageView = (message: Message, openid: string): MessageView => ({
  id: message.id,
  ticketId: message.ticketId,
  ticketNumber: message.ticketNumber,
  title: message.title,
  body: message.body,
  createdAt: message.createdAt,
  read: message.readBy.includes(openid),
  ...(message.surveyId ? { surveyId: message.surveyId } : {}),
  ...(message.link ? { link: message.link } : {}),
});

const BODY_CHARS = 40;
const excerpt = (text: string) => (text.length > BODY_CHARS ? `${text.slice(0, BODY_CHARS)}…` : text);
const what = (ticket: Ticket) => `${CATEGORY_LABELS[ticket.category]}（${ticket.number}）`;

const OWNER_TITLES: Record<OwnerEvent, (ticket: Ticket) => string> = {
  accepted: (t) => `您的${what(t)}已受理`,
  replied: (t) => `您的${what(t)}有新回复`,
  transferred: (t) => `您的${what(t)}已转交${DEPARTMENT_LABELS[t.department]}处理`,
  resolved: (t) => `您的${what(t)}已处理完成，请评价`,
  reopened: (t) => `您的${what(t)}已重新处理`,
  closed: (t) => `您的${what(t)}已办结，感谢您的评价`,
  plan: (t) => `您的${what(t)}处理方案已确定`,
  answered: (t) => `您的${what(t)}已答复，请查看`,
  referred: (t) => `您的${what(t)}已转交${DEPARTMENT_LABELS[t.department]}答复`,
  adopted: (t) => `您的${what(t)}已被采纳，感谢您的建议`,
  declined: (t) => `您的${what(t)}已有结论，感谢您的意见`,
  credited: (t) => `您的${what(t)}已核实并记入员工名下，谢谢您`,
  quoted: (t) => `您的${what(t)}已报价，请确认`,
  merged: (t) => `您的${what(t)}已与同一问题合并处理`,
  slip_issued: (t) => `您的${what(t)}已开具返修联系单`,
};

const DEPARTMENT_TITLES: Record<'new' | 'transferred' | 'reopened', (ticket: Ticket) => string> = {
  new: (t) => `新${what(t)}待受理`,
  transferred: (t) => `转来的${what(t)}待受理`,
  reopened: (t) => `业主不满意，${what(t)}需重新处理`,
};

const STAFF_TITLES: Record<StaffEvent, (ticket: Ticket) => string> = {
  warned: (t) => `${what(t)}即将超时`,
  escalated: (t) => `${what(t)}已超时，升级至您`,
  urged: (t) => `业主催办${what(t)}`,
  emergency: (t) => `紧急事件：${what(t)}`,
  routed: (t) => `新${what(t)}按分派规则提请您关注`,
  flagged: (t) => `${what(t)}涉及索赔或投诉项目经理，请您关注`,
  plan_submitted: (t) => `${what(t)}的处理方案待您审批`,
  plan_returned: (t) => `${what(t)}的处理方案被退回，请修改`,
  supervised: (t) => `${what(t)}被督办，请确认`,
  credited: (t) => `您因${what(t)}获得业主表扬`,
  withdrawn: (t) => `业主已撤销${what(t)}`,
  quote_accepted: (t) => `业主已确认${what(t)}的报价，请安排服务`,
  quote_declined: (t) => `业主未接受${what(t)}的报价`,
  rework_slip: (t) => `${what(t)}的返修联系单待处理`,
};

type MessageEffect = Extract<Effect, { type: 'NOTIFY_OWNER' | 'NOTIFY_DEPARTMENT' | 'NOTIFY_STAFF' }>;

/** The message an effect writes: its audience, title and body. */
export function messageFor(
  effect: MessageEffect,
  ticket: Ticket,
): Pick<Message, 'audience' | 'kind' | 'title' | 'body' | 'ticketId' | 'ticketNumber'> {
  const about = { kind: effect.type, ticketId: ticket.id, ticketNumber: ticket.number };
  switch (effect.type) {
    case 'NOTIFY_OWNER':
      return {
        ...about,
        audience: audienceKey.owner(ticket.ownerOpenid),
        title: OWNER_TITLES[effect.event](ticket),
        body: excerpt(ticket.description),
      };
    case 'NOTIFY_DEPARTMENT':
      return {
        ...about,
        audience: audienceKey.department(ticket.communityId, effect.department),
        title: `${effect.urgent ? '【紧急】' : ''}${DEPARTMENT_TITLES[effect.reason](ticket)}`,
        body: `${ticket.location.text}：${excerpt(ticket.description)}`,
      };
    case 'NOTIFY_STAFF':
      return {
        ...about,
        audience: staffAudienceKey(effect.to, ticket, effect.department),
        title: STAFF_TITLES[effect.event](ticket),
        body: effect.text ? excerpt(effect.text) : `${ticket.location.text}：${excerpt(ticket.description)}`,
      };
  }
}
