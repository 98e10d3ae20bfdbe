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
