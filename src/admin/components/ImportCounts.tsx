import { Text, View } from '@tarojs/components';
import type { ImportReport } from '../../services/api/place';

/** What an import adds and changes, as counts. */
export function ImportCounts({ report }: { report: ImportReport }) {
  const { counts } = report;
  const cells = [
    { key: 'rows', label: '有效行', value: counts.rows },
    { key: 'new-units', label: '新增房屋', value: counts.newUnits },
    { key: 'new', label: '名册新增', value: counts.newHouseholds },
    { key: 'changed', label: '名册变更', value: counts.changedHouseholds },
    { key: 'unchanged', label: '未变', value: counts.unchangedHouseholds },
  ];
  return (
    <View className="import-counts">
      {cells.map((cell) => (
        <View key={cell.key} id={`count-${cell.key}`} className="import-counts__cell">
          <Text className="import-counts__value">{cell.value}</Text>
          <Text className="import-counts__label">{cell.label}</Text>
        </View>
      ))}
    </View>
  );
}
