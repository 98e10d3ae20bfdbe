import { useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { DEPARTMENT_LABELS, ROLE_LABELS } from '@domain/labels';
import { DEPARTMENTS } from '@domain/model';
import type { Department } from '@domain/model';
import { Chips } from '../../../components/Chips';
import { PageShell } from '../../../components/PageShell';
import { useRemote } from '../../../hooks/useRemote';
import { staffApi } from '../../../services/api/staff';

type State = 'active' | 'inactive' | 'all';
const ACTIVE: Record<State, boolean | undefined> = { active: true, inactive: false, all: undefined };

/** The staff of the admin's communities, filtered by community, department and state. */
export default function StaffListPage() {
  const [state, setState] = useState<State>('active');
  const [department, setDepartment] = useState<Department | 'all'>('all');
  const [communityId, setCommunityId] = useState('all');
  const options = useRemote('options', () => staffApi.formOptions());
  const filter = {
    ...(ACTIVE[state] !== undefined ? { active: ACTIVE[state] } : {}),
    ...(department !== 'all' ? { department } : {}),
    ...(communityId !== 'all' ? { communityId } : {}),
  };
  const list = useRemote(JSON.stringify(filter), () => staffApi.list(filter));
  useDidShow(() => void list.reload());
  const items = list.data?.items ?? [];

  return (
    <PageShell
      header={
        <View>
          <Chips
            idPrefix="state"
            items={[
              { key: 'active', text: '在职' },
              { key: 'inactive', text: '已停用' },
              { key: 'all', text: '全部' },
            ]}
            value={state}
            onChange={setState}
          />
          <Chips
            idPrefix="department"
            items={[
              { key: 'all', text: '全部部门' },
              ...DEPARTMENTS.map((d) => ({ key: d, text: DEPARTMENT_LABELS[d] })),
            ]}
            value={department}
            onChange={setDepartment}
          />
          {(options.data?.communities.length ?? 0) > 1 && (
            <Chips
              idPrefix="community"
              items={[
                { key: 'all', text: '全部小区' },
                ...(options.data?.communities ?? []).map((c) => ({ key: c.id, text: c.name })),
              ]}
              value={communityId}
              onChange={setCommunityId}
            />
          )}
        </View>
      }
      loading={list.loading && !list.data}
      error={list.error}
      onRetry={() => void list.reload()}
      empty={!!list.data && items.length === 0}
      emptyText="没有符合条件的员工"
    >
      {items.map((person) => (
        <View
          key={person.openid}
          id={`staff-${person.openid}`}
          className="card"
          onClick={() => void Taro.navigateTo({ url: `/admin/pages/staff-member/index?openid=${person.openid}` })}
        >
          <Text className="admin-section__title">
            {person.name}
            {!person.active && '（已停用）'}
          </Text>
          <Text className="text-muted">
            {[
              person.department && DEPARTMENT_LABELS[person.department],
              person.roles.map((r) => ROLE_LABELS[r]).join('、'),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Text className="text-muted">{person.communities.map((c) => c.name).join('、')}</Text>
        </View>
      ))}
    </PageShell>
  );
}
