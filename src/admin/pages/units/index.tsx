import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Chips } from '../../../components/Chips';
import { PageShell } from '../../../components/PageShell';
import { useMe } from '../../../hooks/useMe';
import { CommunityChips } from '../../components/CommunityChips';
import { PlaceForm } from '../../components/PlaceForm';
import { UnitRow } from '../../components/UnitRow';
import { useCommunityChoice } from '../../hooks/useCommunityChoice';
import { useUnits } from '../../hooks/useUnits';
import { canEditPlaces } from '../../place-access';

/** 房屋: a community's units by building and entrance; administrators add, rename and remove them. */
export default function UnitsPage() {
  const { params } = useRouter<{ communityId?: string }>();
  const { me } = useMe();
  const canEdit = !!me && canEditPlaces(me.roles);
  const choice = useCommunityChoice(params.communityId);
  const places = useUnits(choice.community?.id);
  const { names } = places;

  const addForm = canEdit && choice.community && (
    <View className="card">
      <Text className="section__title">添加房屋</Text>
      <PlaceForm
        key={places.building ?? ''}
        id="unit-add"
        initial={{ building: places.building ?? '', entrance: '', room: '' }}
        submitText="添加"
        busy={places.busy}
        onSubmit={places.add}
      />
    </View>
  );
  const failure = places.failure && <Text className="notice notice--danger">{places.failure}</Text>;

  return (
    <PageShell
      loading={
        (choice.communities.loading && !choice.communities.data) || places.buildingsLoading || places.unitsLoading
      }
      error={choice.communities.error ?? places.buildings.error ?? places.units.error}
      onRetry={() => void (choice.communities.error ? choice.communities.reload() : places.buildings.reload())}
      empty={!choice.community || names.length === 0}
      emptyText={choice.community ? '该小区还没有房屋，可逐户添加或导入业主名册' : '您负责的小区还没有登记'}
      emptyAction={
        <>
          {failure}
          {addForm}
        </>
      }
      header={
        <>
          <CommunityChips choice={choice} />
          {names.length > 0 && (
            <Chips
              idPrefix="building"
              items={names.map((name) => ({ key: name, text: name }))}
              value={places.building}
              onChange={places.chooseBuilding}
            />
          )}
        </>
      }
    >
      {failure}
      {places.groups.map((group) => (
        <View key={group.entrance} className="card">
          <Text className="section__title">
            {places.building}
            {group.entrance}
            <Text className="text-muted"> · {group.units.length}户</Text>
          </Text>
          {group.units.map((unit) => (
            <UnitRow
              key={unit.unitId}
              unit={unit}
              canEdit={canEdit}
              busy={places.busy}
              onRename={(place) => places.rename(unit.unitId, place)}
              onRemove={() => places.remove(unit.unitId)}
            />
          ))}
        </View>
      ))}
      {addForm}
    </PageShell>
  );
}
