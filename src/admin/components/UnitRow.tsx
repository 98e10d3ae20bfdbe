import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { UnitItem } from '../../services/api/place';
import type { UnitPlace } from '../hooks/useUnits';
import { PlaceForm } from './PlaceForm';

/** One unit; an administrator renames it in place or removes it after saying yes. */
export function UnitRow({
  unit,
  canEdit,
  busy,
  onRename,
  onRemove,
}: {
  unit: UnitItem;
  canEdit: boolean;
  busy: boolean;
  onRename(place: UnitPlace): Promise<boolean>;
  onRemove(): Promise<boolean>;
}) {
  const [renaming, setRenaming] = useState(false);
  const askRemove = async () => {
    const asked = await Taro.showModal({
      title: '删除房屋',
      content: `确定删除${unit.label}？已有住户绑定或报事记录的房屋不能删除。`,
      confirmText: '删除',
      confirmColor: '#e5484d',
    });
    if (asked.confirm) await onRemove();
  };
  if (renaming)
    return (
      <PlaceForm
        id={`rename-${unit.unitId}`}
        initial={unit}
        submitText="保存"
        busy={busy}
        onSubmit={async (place) => {
          const done = await onRename(place);
          if (done) setRenaming(false);
          return done;
        }}
        onCancel={() => setRenaming(false)}
      />
    );
  return (
    <View id={`unit-${unit.unitId}`} className="list-row unit-row">
      <Text className="list-row__title">{unit.room}</Text>
      {canEdit && (
        <View className="unit-row__actions">
          <Text className="link unit-rename" onClick={() => setRenaming(true)}>
            改名
          </Text>
          <Text className="link link--danger unit-remove" onClick={() => void askRemove()}>
            删除
          </Text>
        </View>
      )}
    </View>
  );
}
