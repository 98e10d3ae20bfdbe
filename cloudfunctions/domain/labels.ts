// Simplified Chinese words for the codes in model.ts: one source for the app and for messages.
import type { Category, Channel, Department, Role, TicketStatus, TimelineKind, Urgency } from './model';
import type { Relation, SlaStep, TicketFlags, Utility } from './model';
import type { StaffAudience } from './commands';
import type { RoutingFlag } from './routing';

export const CATEGORY_LABELS: Record<Category, string> = {
  repair: '报修',
  complaint: '投诉',
  consultation: '咨询',
  suggestion: '建议',
  praise: '表扬',
  after_sales: '售后',
  paid_service: '特约服务',
  emergency: '紧急',
  other: '其它',
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  miniprogram: '小程序',
  hotline: '客服热线',
  visit: '来访',
  email: '邮件',
  letter: '信函',
  wechat_group: '业主群',
  suggestion_box: '意见箱',
  onsite: '现场',
};

/** How the timeline names a channel the service desk recorded from: 客服中心代业主登记（电话）. */
export const DESK_CHANNEL_WORDS: Record<Exclude<Channel, 'miniprogram'>, string> = {
  hotline: '电话',
  visit: '来访',
  email: '邮件',
  letter: '信函',
  wechat_group: '业主群',
  suggestion_box: '意见箱',
  onsite: '现场',
};

export const deskRecordedLabel = (channel: Channel): string =>
  channel === 'miniprogram' ? '客服中心代业主登记' : `客服中心代业主登记（${DESK_CHANNEL_WORDS[channel]}）`;

/** Flags a complaint may carry, as the routing rules name them. */
export const ROUTING_FLAG_LABELS: Record<RoutingFlag, string> = {
  compensation: '索赔',
  againstManager: '投诉项目经理',
  utility: '市政原因（水电气路讯）',
  major: '重大投诉',
};

/** Whom a routing rule alerts at filing. */
export const STAFF_AUDIENCE_LABELS: Record<StaffAudience, string> = {
  handlers: '处理部门人员',
  dept_head: '部门主管',
  service_desk: '客服中心',
  security: '秩序部',
  manager: '项目经理',
  leadership: '公司领导',
};

export const URGENCY_LABELS: Record<Urgency, string> = {
  normal: '一般',
  urgent: '紧急',
};

export const DEPARTMENT_LABELS: Record<Department, string> = {
  engineering: '工程部',
  security: '秩序部',
  environment: '环境部',
  after_sales: '售后',
  quality: '品质部',
  finance: '财务部',
  service: '客服中心',
};

export const ROLE_LABELS: Record<Role, string> = {
  owner: '业主',
  receptionist: '客服接待',
  staff: '部门人员',
  dept_head: '部门主管',
  manager: '项目经理',
  leadership: '公司领导',
  group_admin: '业主群管理员',
  admin: '系统管理员',
};

export const STATUS_LABELS: Record<TicketStatus, string> = {
  submitted: '待受理',
  accepted: '处理中',
  resolved: '待评价',
  reopened: '重新处理',
  closed: '已完成',
  apologised: '待转交',
  assigned: '待联系业主',
  contacted: '待出方案',
  plan_review: '方案待审批',
  plan_approved: '按方案处理中',
  referred: '待部门答复',
  adopted: '建议实施中',
  quoted: '待确认报价',
  withdrawn: '已撤销',
  merged: '已合并',
  reworking: '返修中',
  redoing: '返工中',
};

/** Where staff read a status differently: they wait on the owner, who is asked to act. */
export const STAFF_STATUS_LABELS: Partial<Record<TicketStatus, string>> = {
  resolved: '待业主评价',
};

export const statusLabel = (status: TicketStatus, reader: 'owner' | 'staff'): string =>
  (reader === 'staff' ? STAFF_STATUS_LABELS[status] : undefined) ?? STATUS_LABELS[status];

export const TIMELINE_LABELS: Record<TimelineKind, string> = {
  created: '提交了诉求',
  accepted: '受理了诉求',
  replied: '回复',
  noted: '内部备注',
  transferred: '转呈',
  resolved: '处理完成',
  rated: '评价',
  reopened: '不满意，重新处理',
  closed: '已完成',
  apologised: '致歉并登记投诉',
  contacted: '已联系业主',
  plan_submitted: '提交处理方案',
  plan_approved: '处理方案已确定',
  plan_returned: '方案退回',
  flagged: '标记投诉',
  utility_followed: '与市政单位跟进',
  corrective_reported: '纠正措施报告',
  answered: '答复',
  referred: '转部门答复',
  adopted: '建议已采纳，感谢您的建议',
  declined: '暂不采纳，感谢您的意见',
  credited: '表扬已核实并记入服务档案',
  supervised: '督办',
  supervision_acknowledged: '已确认督办',
  withdrawn: '撤销了诉求',
  urged: '催办',
  merged: '与其他业主反映的同一问题合并处理',
  quoted: '报价',
  quote_accepted: '确认了报价',
  quote_declined: '未接受报价，服务已结束',
  slip_issued: '开具物业返修联系单',
  escalated: '超时升级',
  archived: '注销台账',
};

/** An owner reads their own actions in the first person. */
export const OWN_TIMELINE_LABELS: Partial<Record<TimelineKind, string>> = {
  created: '我提交了诉求',
  rated: '我评价了',
  reopened: '我不满意，退回重新处理',
  closed: '已完成',
};

export const UTILITY_LABELS: Record<Utility, string> = {
  water: '供水',
  power: '供电',
  gas: '燃气',
  road: '道路',
  telecom: '通讯',
};

/** The flags in words, e.g. "涉及赔偿 · 重大投诉". */
export function flagsText(flags: TicketFlags): string {
  const words: string[] = [];
  if (flags.compensation) words.push('涉及赔偿');
  if (flags.againstManager) words.push('投诉项目经理');
  if (flags.utility) words.push(`市政原因（${UTILITY_LABELS[flags.utility]}）`);
  if (flags.major) words.push('重大投诉');
  return words.join(' · ');
}

/** Tags an owner may pick when rating (评价标签). */
export const RATING_TAGS = [
  '响应及时',
  '态度友好',
  '处理专业',
  '现场整洁',
  '响应慢',
  '问题未解决',
  '态度欠佳',
] as const;

/** How a person lives in a unit. */
export const RELATION_LABELS: Record<Relation, string> = { owner: '业主', family: '家属', tenant: '租户' };

/** The steps a promise is made for, as staff and admins read them. */
export const SLA_STEP_LABELS: Record<SlaStep, string> = {
  first_reply: '首次回复',
  accept: '受理',
  transfer: '转派',
  contact: '联系业主',
  plan: '提交方案',
  plan_approval: '审批方案',
  resolve: '处理完成',
  answer: '答复',
  evaluate: '评估建议',
  quote: '报价',
  rework: '返修',
  verify: '核实表扬',
  return_visit: '回访',
};
