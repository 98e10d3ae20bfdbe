// The subscription message templates (订阅消息模板) of the mini-program: for each kind of message its
// WeChat template id, the page a tap opens and which value fills each field. One module, read by
// the app (which must name the template ids synchronously inside a tap, so they ship with it) and
// by the functions that send. For a real account, replace each `id` with the id WeChat gives the
// template chosen in 小程序后台 → 订阅消息 → 公共模板库 (see docs/subscriptions.md), and keep the
// field keys (`thing2` …) exactly as that template lists them.
export const TEMPLATE_KEYS = [
  'ticket_accepted',
  'ticket_progress',
  'ticket_resolved',
  'return_visit',
  'outage_notice',
  'staff_new_request',
  'staff_overdue',
  'staff_escalated',
] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

/** The named values a message is made of; each template field takes one of them. */
export type ValueName =
  | 'number'
  | 'category'
  | 'summary'
  | 'status'
  | 'time'
  | 'note'
  | 'location'
  | 'deadline'
  | 'kind'
  | 'area'
  | 'start'
  | 'end';

export interface TemplateField {
  /** WeChat's key: its type and number, e.g. `thing2` */
  key: string;
  /** the field's name in the template, as WeChat shows it */
  label: string;
  value: ValueName;
}

export interface SubscriptionTemplate {
  key: TemplateKey;
  /** the template id in the account's 我的模板 */
  id: string;
  /** the template's title in WeChat's library */
  title: string;
  /** who subscribes to it */
  audience: 'owner' | 'staff';
  /** the page a tap on the message opens (a request's page takes `?id=<ticketId>`) */
  page: string;
  fields: readonly TemplateField[];
}

const TICKET_PAGE = 'pages/ticket/index';

export const SUBSCRIPTION_TEMPLATES: Readonly<Record<TemplateKey, SubscriptionTemplate>> = {
  ticket_accepted: {
    key: 'ticket_accepted',
    id: 'EDlocalTicketAccepted0000000000000000000001',
    title: '工单受理通知',
    audience: 'owner',
    page: TICKET_PAGE,
    fields: [
      { key: 'character_string1', label: '工单编号', value: 'number' },
      { key: 'thing2', label: '报事内容', value: 'summary' },
      { key: 'phrase3', label: '受理状态', value: 'status' },
      { key: 'time4', label: '受理时间', value: 'time' },
      { key: 'thing5', label: '温馨提示', value: 'note' },
    ],
  },
  ticket_progress: {
    key: 'ticket_progress',
    id: 'EDlocalTicketProgress0000000000000000000002',
    title: '工单进度通知',
    audience: 'owner',
    page: TICKET_PAGE,
    fields: [
      { key: 'character_string1', label: '工单编号', value: 'number' },
      { key: 'thing2', label: '报事内容', value: 'summary' },
      { key: 'phrase3', label: '当前进度', value: 'status' },
      { key: 'time4', label: '更新时间', value: 'time' },
      { key: 'thing5', label: '进度说明', value: 'note' },
    ],
  },
  ticket_resolved: {
    key: 'ticket_resolved',
    id: 'EDlocalTicketResolved0000000000000000000003',
    title: '服务评价提醒',
    audience: 'owner',
    page: TICKET_PAGE,
    fields: [
      { key: 'character_string1', label: '工单编号', value: 'number' },
      { key: 'thing2', label: '报事内容', value: 'summary' },
      { key: 'time3', label: '完成时间', value: 'time' },
      { key: 'thing4', label: '温馨提示', value: 'note' },
    ],
  },
  return_visit: {
    key: 'return_visit',
    id: 'EDlocalReturnVisit000000000000000000000004',
    title: '服务回访通知',
    audience: 'owner',
    page: TICKET_PAGE,
    fields: [
      { key: 'character_string1', label: '工单编号', value: 'number' },
      { key: 'thing2', label: '报事内容', value: 'summary' },
      { key: 'thing3', label: '回访说明', value: 'note' },
      { key: 'time4', label: '通知时间', value: 'time' },
    ],
  },
  outage_notice: {
    key: 'outage_notice',
    id: 'EDlocalOutageNotice00000000000000000000005',
    title: '停水停电通知',
    audience: 'owner',
    page: 'pages/home/index',
    fields: [
      { key: 'phrase1', label: '通知类型', value: 'kind' },
      { key: 'thing2', label: '影响范围', value: 'area' },
      { key: 'time3', label: '开始时间', value: 'start' },
      { key: 'time4', label: '结束时间', value: 'end' },
      { key: 'thing5', label: '备注', value: 'note' },
    ],
  },
  staff_new_request: {
    key: 'staff_new_request',
    id: 'EDlocalStaffNewRequest00000000000000000006',
    title: '新工单提醒',
    audience: 'staff',
    page: TICKET_PAGE,
    fields: [
      { key: 'character_string1', label: '工单编号', value: 'number' },
      { key: 'thing2', label: '工单类型', value: 'category' },
      { key: 'thing3', label: '报事位置', value: 'location' },
      { key: 'thing4', label: '报事内容', value: 'summary' },
      { key: 'time5', label: '提交时间', value: 'time' },
    ],
  },
  staff_overdue: {
    key: 'staff_overdue',
    id: 'EDlocalStaffOverdue00000000000000000000007',
    title: '工单超时提醒',
    audience: 'staff',
    page: TICKET_PAGE,
    fields: [
      { key: 'character_string1', label: '工单编号', value: 'number' },
      { key: 'thing2', label: '报事内容', value: 'summary' },
      { key: 'time3', label: '截止时间', value: 'deadline' },
      { key: 'thing4', label: '提醒说明', value: 'note' },
    ],
  },
  staff_escalated: {
    key: 'staff_escalated',
    id: 'EDlocalStaffEscalated000000000000000000008',
    title: '工单升级提醒',
    audience: 'staff',
    page: TICKET_PAGE,
    fields: [
      { key: 'character_string1', label: '工单编号', value: 'number' },
      { key: 'thing2', label: '报事内容', value: 'summary' },
      { key: 'thing3', label: '升级原因', value: 'note' },
      { key: 'time4', label: '升级时间', value: 'time' },
    ],
  },
};

/** The templates asked for on each natural tap (WeChat takes at most 3 ids a call). */
export const SUBSCRIBE_ON = {
  /** filing a request: its acceptance, its progress, and the request to rate it */
  file: ['ticket_accepted', 'ticket_progress', 'ticket_resolved'],
  /** rating, answering a quote, urging: what happens next */
  followUp: ['ticket_progress', 'ticket_resolved', 'return_visit'],
  /** staff on 工作台 */
  staff: ['staff_new_request', 'staff_overdue', 'staff_escalated'],
  /** an owner on 首页: the next outage notice of their buildings */
  outage: ['outage_notice'],
} as const satisfies Record<string, readonly TemplateKey[]>;

export const MAX_IDS_PER_REQUEST = 3;

export const templateById = (id: string): SubscriptionTemplate | undefined =>
  Object.values(SUBSCRIPTION_TEMPLATES).find((t) => t.id === id);

export const templateIdsOf = (keys: readonly TemplateKey[]): string[] => keys.map((k) => SUBSCRIPTION_TEMPLATES[k].id);

/** The page a message opens: a request's own page when it is about one. */
export const pageOf = (template: SubscriptionTemplate, ticketId?: string): string =>
  ticketId && template.page === TICKET_PAGE ? `${TICKET_PAGE}?id=${ticketId}` : template.page;
