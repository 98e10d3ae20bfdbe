import { useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import { BusyButton } from '../../components/BusyButton';
import type { UnitPlace } from '../hooks/useUnits';

const PARTS: Array<{ key: keyof UnitPlace; label: string; placeholder: string }> = [
  { key: 'building', label: '楼栋', placeholder: '如：1栋' },
  { key: 'entrance', label: '单元', placeholder: '如：1单元' },
  { key: 'room', label: '房号', placeholder: '如：101' },
];

/** A unit's place (楼栋, 单元, 房号): to add a unit, or to rename one. */
export function PlaceForm({
  id,
  initial,
  submitText,
  busy,
  onSubmit,
  onCancel,
}: {
  id: string;
  initial: UnitPlace;
  submitText: string;
  busy: boolean;
  /** true when it was saved: the form then starts again from `initial` */
  onSubmit(place: UnitPlace): Promise<boolean>;
  onCancel?(): void;
}) {
  const [place, setPlace] = useState(initial);
  const [missing, setMissing] = useState<string>();
  const submit = async () => {
    const trimmed = {
      building: place.building.trim(),
      entrance: place.entrance.trim(),
      room: place.room.trim(),
    };
    const empty = PARTS.find(({ key }) => !trimmed[key]);
    setMissing(empty && `请填写${empty.label}`);
    if (empty) return;
    if (await onSubmit(trimmed)) setPlace({ ...initial, room: '' });
  };
  return (
    <View id={id} className="place-form">
      <View className="place-form__parts">
        {PARTS.map(({ key, label, placeholder }) => (
          <View key={key} className="place-form__part">
            <Text className="field__label">{label}</Text>
            <Input
              id={`${id}-${key}`}
              className="text-input"
              maxlength={20}
              placeholder={placeholder}
              value={place[key]}
              onInput={(e) => setPlace((p) => ({ ...p, [key]: e.detail.value }))}
            />
          </View>
        ))}
      </View>
      {missing && <Text className="field__error">{missing}</Text>}
      <BusyButton id={`${id}-submit`} busy={busy} onClick={() => void submit()}>
        {submitText}
      </BusyButton>
      {onCancel && (
        <Button className="button button--ghost button--block" onClick={onCancel}>
          取消
        </Button>
      )}
    </View>
  );
}
