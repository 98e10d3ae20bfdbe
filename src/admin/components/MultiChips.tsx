import { Text, View } from '@tarojs/components';

/** A row of choices, any number selected; none selected answers undefined (the condition is not set). */
export function MultiChips<const K extends string>({
  items,
  value,
  onChange,
  idPrefix,
}: {
  items: Array<{ key: K; text: string }>;
  value?: readonly NoInfer<K>[];
  onChange(keys: NoInfer<K>[] | undefined): void;
  idPrefix: string;
}) {
  const on = new Set<string>(value ?? []);
  const toggle = (key: K) => {
    const next = items.map((i) => i.key).filter((k) => (k === key ? !on.has(k) : on.has(k)));
    onChange(next.length ? next : undefined);
  };
  return (
    <View className="chips">
      {items.map((item) => (
        <View
          key={item.key}
          id={`${idPrefix}-${item.key}`}
          className={`chip ${on.has(item.key) ? 'chip--on' : ''}`}
          onClick={() => toggle(item.key)}
        >
          <Text>{item.text}</Text>
        </View>
      ))}
    </View>
  );
}
