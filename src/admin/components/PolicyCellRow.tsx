import { useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import { SLA_STEP_LABELS } from '@domain/labels';
import { SPAN_UNITS, SPAN_UNIT_LABELS, spanText } from '@domain/promise-policy';
import type { Span, SpanUnit } from '@domain/promise-policy';
import type { PolicyCellView } from '@domain/promise-settings-views';
import { Chips } from '../../components/Chips';

const UNIT_CHOICES = SPAN_UNITS.map((unit) => ({
  key: unit,
  text: unit === 'same_day' ? '当天内' : SPAN_UNIT_LABELS[unit],
}));

/** One step's promise for the chosen category: shown, edited (a number and a unit), or reset to the default. */
export function PolicyCellRow({
  cell,
  busy,
  onSave,
}: {
  cell: PolicyCellView;
  busy: boolean;
  onSave(span: Span | null): Promise<boolean>;
}) {
  const [editing, setEditing] = useState(false);
  const [unit, setUnit] = useState<SpanUnit>(cell.span.unit);
  const [value, setValue] = useState(String(cell.span.value));
  const save = async (span: Span | null) => {
    if (await onSave(span)) setEditing(false);
  };

  return (
    <View id={`policy-${cell.step}`} className="list-row">
      <View>
        <Text className="list-row__title">{SLA_STEP_LABELS[cell.step]}</Text>
        <Text className={cell.custom ? 'list-row__sub' : 'text-muted'}>
          {spanText(cell.span)}
          {cell.custom ? '（本小区设置）' : '（默认）'}
        </Text>
      </View>
      {!editing ? (
        <Button className="button button--ghost" onClick={() => setEditing(true)}>
          修改
        </Button>
      ) : (
        <View className="card">
          {unit !== 'same_day' && (
            <Input
              id={`policy-${cell.step}-value`}
              className="text-input"
              type="number"
              value={value}
              onInput={(e) => setValue(e.detail.value)}
            />
          )}
          <Chips idPrefix={`policy-${cell.step}-unit`} items={UNIT_CHOICES} value={unit} onChange={setUnit} />
          <Button
            id={`policy-${cell.step}-save`}
            className="button button--primary"
            disabled={busy || undefined}
            onClick={() => void save({ unit, value: unit === 'same_day' ? 1 : Number(value) })}
          >
            保存
          </Button>
          {cell.custom && (
            <Button
              id={`policy-${cell.step}-reset`}
              className="button button--ghost"
              disabled={busy || undefined}
              onClick={() => void save(null)}
            >
              恢复默认
            </Button>
          )}
          <Button className="button button--ghost" onClick={() => setEditing(false)}>
            取消
          </Button>
        </View>
      )}
    </View>
  );
}
