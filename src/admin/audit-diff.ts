// The audit log shown to a person: which fields an entry changed, each as before → after.

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const ABSENT = '（无）';

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return ABSENT;
  if (Array.isArray(value)) return value.length ? value.map(show).join('、') : ABSENT;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

/** The fields that differ between `before` and `after` (top level; a whole value when not an object). */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  if (!isRecord(before) && !isRecord(after)) {
    return show(before) === show(after) ? [] : [{ field: '', before: show(before), after: show(after) }];
  }
  const from = isRecord(before) ? before : {};
  const to = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  return fields
    .map((field) => ({ field, before: show(from[field]), after: show(to[field]) }))
    .filter((change) => change.before !== change.after);
}

/** Names of the actions recorded so far; any other `<area>.<verb>` is shown as it is. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'admin.claim': '初始化管理员',
  'routing.update': '修改分派规则',
  'binding.approve': '通过绑定申请',
  'binding.decline': '驳回绑定申请',
  'calendar.setDay': '修改工作日历',
  'calendar.markOfficial': '确认国务院放假安排',
  'calendar.setHours': '修改工作时间',
  'promisePolicy.update': '修改服务承诺时限',
  'community.create': '新建小区',
  'community.update': '修改小区',
  'unit.add': '新增房屋',
  'unit.remove': '删除房屋',
  'unit.rename': '修改房屋',
  'unit.unbind': '解除房屋绑定',
  'register.import': '导入业主名册',
  'staff.invite': '邀请员工',
  'staff.join': '员工加入',
  'staff.update': '修改员工',
  'staff.deactivate': '停用员工',
  'staff.reactivate': '恢复员工',
  'staff.revokeInvitation': '撤销邀请',
  'guide.service.create': '新增服务项目',
  'guide.service.update': '修改服务项目',
  'guide.service.remove': '删除服务项目',
  'guide.faq.create': '新增常见问题',
  'guide.faq.update': '修改常见问题',
  'guide.faq.remove': '删除常见问题',
  'retention.update': '修改保存年限',
  'ticket.hold': '保全诉求',
  'ticket.release': '解除诉求保全',
};

export const FIELD_LABELS: Record<string, string> = {
  name: '姓名',
  roles: '角色',
  department: '部门',
  communityId: '小区',
  communityIds: '小区',
  phone: '电话',
  relation: '关系',
  status: '状态',
};
