import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Page } from '@domain/api';
import type { ArchiveItemView, OwnerHistoryView } from '@domain/archive-views';
import { RELATION_LABELS } from '@domain/labels';
import { PageShell } from '../../../components/PageShell';
import { useTabList } from '../../../hooks/useTabList';
import { archiveApi } from '../../../services/api/archive';
import { ArchiveList } from '../../components/ArchiveList';

/** 业主档案: a person, their homes and every request they filed, from every channel. */
export default function OwnerHistoryPage() {
  const { params } = useRouter();
  const openid = params.openid ?? '';
  const [owner, setOwner] = useState<OwnerHistoryView['owner']>();
  const list = useTabList<ArchiveItemView, Page<ArchiveItemView>>(openid, async (cursor) => {
    const answer = await archiveApi.ownerHistory(openid, { cursor, limit: 20 });
    if (!answer.ok) return answer;
    setOwner(answer.data.owner);
    return { ok: true, data: answer.data.requests };
  });
  return (
    <PageShell
      header={
        owner && (
          <View className="card">
            <Text id="owner-name" className="card__title">
              {owner.name}
            </Text>
            {owner.homes.map((home) => (
              <Text key={home.unitId} className="text-muted">
                {home.label}
                {home.relation ? `（${RELATION_LABELS[home.relation]}）` : ''}
              </Text>
            ))}
          </View>
        )
      }
      loading={!list.loaded}
      error={list.items.length === 0 ? list.error : undefined}
      onRetry={list.refresh}
      empty={list.items.length === 0}
      emptyText="该业主还没有诉求记录"
    >
      <ArchiveList list={list} links={false} />
    </PageShell>
  );
}
