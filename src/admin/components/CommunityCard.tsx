import { Text, View } from '@tarojs/components';
import type { CommunityListItem } from '../../services/api/place';

/** One community as the console lists it: contact details, size, and where to go from it. */
export function CommunityCard({
  community,
  canEdit,
  onEdit,
  onUnits,
  onRegister,
}: {
  community: CommunityListItem;
  canEdit: boolean;
  onEdit(): void;
  onUnits(): void;
  onRegister(): void;
}) {
  return (
    <View id={`place-community-${community.id}`} className="card place-card">
      <Text className="place-card__title">{community.name}</Text>
      <Text className="text-muted">{community.address}</Text>
      <View className="detail-row">
        <Text className="detail-row__label">客服电话</Text>
        <Text className="detail-row__value">{community.serviceDeskPhone}</Text>
      </View>
      <View className="detail-row">
        <Text className="detail-row__label">值班电话</Text>
        <Text className="detail-row__value">{community.dutyPhone}</Text>
      </View>
      <Text className="text-muted">
        {community.buildings}栋楼 · {community.units}户
      </Text>
      <View className="place-card__actions">
        <Text className="link" onClick={onUnits}>
          房屋
        </Text>
        {canEdit && (
          <Text className="link" onClick={onRegister}>
            导入名册
          </Text>
        )}
        {canEdit && (
          <Text className="link community-edit" onClick={onEdit}>
            编辑
          </Text>
        )}
      </View>
    </View>
  );
}
