import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { archiveApi } from '../../../services/api/archive';
import { HistoryPage } from '../../components/HistoryPage';

/** 房屋档案: a unit and every request about it, whoever filed it. */
export default function UnitHistoryPage() {
  const unitId = useRouter().params.unitId ?? '';
  return (
    <HistoryPage
      listKey={unitId}
      load={(page) => archiveApi.unitHistory(unitId, page)}
      emptyText="该房屋还没有诉求记录"
      head={({ unit }) => (
        <View className="card">
          <Text id="unit-label" className="card__title">
            {unit.communityName} {unit.label}
          </Text>
        </View>
      )}
    />
  );
}
