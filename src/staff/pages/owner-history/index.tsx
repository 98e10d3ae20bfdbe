import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { RELATION_LABELS } from '@domain/labels';
import { archiveApi } from '../../../services/api/archive';
import { HistoryPage } from '../../components/HistoryPage';

/** 业主档案: a person, their homes and every request they filed, from every channel. */
export default function OwnerHistoryPage() {
  const openid = useRouter().params.openid ?? '';
  return (
    <HistoryPage
      listKey={openid}
      load={(page) => archiveApi.ownerHistory(openid, page)}
      links={false}
      emptyText="该业主还没有诉求记录"
      head={({ owner }) => (
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
      )}
    />
  );
}
