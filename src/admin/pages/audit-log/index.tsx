import { useEffect } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { AuditEntry } from '@domain/audit';
import { ROLE_LABELS } from '@domain/labels';
import type { Role } from '@domain/model';
import { PageShell } from '../../../components/PageShell';
import { usePagedList } from '../../../hooks/usePagedList';
import { auditApi } from '../../../services/api/audit';
import { formatTime } from '../../../utils/format';
import { AUDIT_ACTION_LABELS, FIELD_LABELS, changedFields } from '../../audit-diff';

const PAGE_SIZE = 20;

/** Role keys read as their names, so a change of roles reads 项目经理 → 项目经理、系统管理员. */
function readable(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map((v) => (typeof v === 'string' && v in ROLE_LABELS ? ROLE_LABELS[v as Role] : v));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, readable(v)]));
  return value;
}

function EntryCard({ entry }: { entry: AuditEntry }) {
  const changes = changedFields(readable(entry.before), readable(entry.after));
  return (
    <View id={`audit-${entry.id}`} className="card audit-entry">
      <View className="audit-entry__head">
        <Text className="list-row__title">{AUDIT_ACTION_LABELS[entry.action] ?? entry.action}</Text>
        <Text className="text-muted">{formatTime(entry.at)}</Text>
      </View>
      <Text className="list-row__sub">
        {entry.actor.name} · {entry.target.kind} {entry.target.id}
      </Text>
      {entry.summary && <Text className="audit-entry__change">{entry.summary}</Text>}
      {changes.map((change) => (
        <Text key={change.field} className="audit-entry__change">
          {change.field ? `${FIELD_LABELS[change.field] ?? change.field}：` : ''}
          {change.before} → {change.after}
        </Text>
      ))}
    </View>
  );
}

/** 操作记录: every change to people and places, newest first; administrators only (the function checks). */
export default function AuditLogPage() {
  const list = usePagedList<AuditEntry>((cursor) => auditApi.list({ limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) }));
  const { reload } = list;
  useEffect(() => void reload(), [reload]);
  return (
    <PageShell
      loading={!list.loaded}
      error={list.items.length === 0 ? list.error : undefined}
      onRetry={list.refresh}
      empty={list.items.length === 0}
      emptyText="还没有操作记录"
    >
      {list.error && <Text className="notice notice--danger">{list.error.message}</Text>}
      {list.items.map((entry) => (
        <EntryCard key={entry.id} entry={entry} />
      ))}
      {list.hasMore && (
        <Button id="audit-more" className="button button--ghost button--block" onClick={() => void list.loadMore()}>
          {list.loading ? '加载中…' : '加载更多'}
        </Button>
      )}
    </PageShell>
  );
}
