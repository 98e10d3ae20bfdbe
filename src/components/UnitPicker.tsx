import { Text } from '@tarojs/components';
import { Chips } from './Chips';
import { Field } from './Field';
import type { usePlacePicker } from '../hooks/usePlacePicker';

/** Chip keys are positions: building and entrance names are free text. */
const indexed = (names: string[]) => names.map((text, i) => ({ key: String(i), text }));

/** community → building → entrance → room, as chips (the lists come from the place pickers). */
export function UnitPicker({
  picker,
  idPrefix = '',
}: {
  picker: ReturnType<typeof usePlacePicker>;
  idPrefix?: string;
}) {
  const { choice } = picker;
  const buildingNames = picker.buildings.data?.items.map((b) => b.name) ?? [];
  const rooms = picker.rooms.data?.items ?? [];
  return (
    <>
      <Field label="小区" required>
        <Chips
          idPrefix={`${idPrefix}community`}
          items={(picker.communities.data?.items ?? []).map((c) => ({ key: c.id, text: c.name }))}
          value={choice.communityId}
          onChange={picker.chooseCommunity}
        />
      </Field>
      {choice.communityId && (
        <Field label="楼栋" required error={picker.buildings.error?.message}>
          <Chips
            idPrefix={`${idPrefix}building`}
            items={indexed(buildingNames)}
            value={choice.building ? String(buildingNames.indexOf(choice.building)) : undefined}
            onChange={(i) => picker.chooseBuilding(buildingNames[Number(i)])}
          />
        </Field>
      )}
      {choice.building && (
        <Field label="单元" required>
          <Chips
            idPrefix={`${idPrefix}entrance`}
            items={indexed(picker.entrances)}
            value={choice.entrance ? String(picker.entrances.indexOf(choice.entrance)) : undefined}
            onChange={(i) => picker.chooseEntrance(picker.entrances[Number(i)])}
          />
        </Field>
      )}
      {choice.entrance && (
        <Field label="房号" required error={picker.rooms.error?.message}>
          {picker.rooms.loading && <Text className="text-muted">加载中…</Text>}
          {!picker.rooms.loading && rooms.length === 0 && <Text className="text-muted">该单元没有房屋</Text>}
          <Chips
            idPrefix={`${idPrefix}room`}
            items={rooms.map((r) => ({ key: r.unitId, text: r.room }))}
            value={choice.unit?.unitId}
            onChange={(unitId) => {
              const unit = rooms.find((r) => r.unitId === unitId);
              if (unit) picker.chooseUnit(unit);
            }}
          />
        </Field>
      )}
    </>
  );
}
