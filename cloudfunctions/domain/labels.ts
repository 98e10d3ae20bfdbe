// Simplified Chinese words for the codes in model.ts: one source for the app and for messages.
import type { Category, Channel, Department, Role, TicketStatus, TimelineKind, Urgency } from './model';
import type { Relation, SlaStep } from './model';

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
};

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
  escalated: '超时升级',
};

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
