import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';

export function Field({
  label,
  required,
  error,
  hint,
  children,
}: {
  label: string;
  required?: boolean;
  error?: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <View className={`field ${error ? 'field--invalid' : ''}`}>
      <Text className="field__label">
        {label}
        {required && <Text className="field__required"> *</Text>}
      </Text>
      {children}
      {hint && !error && <Text className="field__hint">{hint}</Text>}
      {error && <Text className="field__error">{error}</Text>}
    </View>
  );
}
