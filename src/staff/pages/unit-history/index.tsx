import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Page } from '@domain/api';
import type { ArchiveItemView, UnitHistoryView } from '@domain/archive-views';
import { PageShell } from '../../../components/PageShell';
import { useTabList } from '../../../hooks/useTabList';
import { archiveApi } from '../../../services/api/archive';
import { ArchiveList } from '../../components/ArchiveList';

/** 房屋档案: a unit and every request about it, whoever filed it. */
export default function UnitHistoryPage() {
  const { params } = useRouter();
  const unitId = params.unitId ?? '';
  const [unit, setUnit] = useState<UnitHistoryView['unit']>();
  const list = useTabList<ArchiveItemView, Page<ArchiveItemView>>(unitId, async (cursor) => {
    const answer = await archiveApi.unitHistory(unitId, { cursor, limit: 20 });
    if (!answer.ok) return answer;
    setUnit(answer.data.unit);
    return { ok: true, data: answer.data.requests };
  });
  return (
    <PageShell
      header={
        unit && (
          <View className="card">
            <Text id="unit-label" className="card__title">
              {unit.communityName} {unit.label}
            </Text>
          </View>
        )
      }
      loading={!list.loaded}
      error={list.items.length === 0 ? list.error : undefined}
      onRetry={list.refresh}
      empty={list.items.length === 0}
      emptyText="该房屋还没有诉求记录"
    >
      <ArchiveList list={list} />
    </PageShell>
  );
}
