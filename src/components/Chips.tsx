import { Text, View } from '@tarojs/components';

export interface Chip<K extends string> {
  key: K;
  text: string;
  badge?: number;
}

/** The chips of a list of keys, each with its label. */
export const chipsOf = <K extends string>(keys: readonly K[], labels: Record<K, string>): Chip<K>[] =>
  keys.map((key) => ({ key, text: labels[key] }));

/** A row of choices, one selected (filters, categories, departments). */
export function Chips<const K extends string>({
  items,
  value,
  onChange,
  idPrefix,
}: {
  items: Chip<K>[];
  value?: NoInfer<K>;
  onChange(key: NoInfer<K>): void;
  idPrefix: string;
}) {
  return (
    <View className="chips">
      {items.map((item) => (
        <View
          key={item.key}
          id={`${idPrefix}-${item.key}`}
          className={`chip ${item.key === value ? 'chip--on' : ''}`}
          onClick={() => onChange(item.key)}
        >
          <Text>{item.text}</Text>
          {!!item.badge && <Text className="chip__badge">{item.badge}</Text>}
        </View>
      ))}
    </View>
  );
}
