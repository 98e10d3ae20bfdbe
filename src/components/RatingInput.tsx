import { Text, View } from '@tarojs/components';

const WORDS = ['', '非常不满意', '不满意', '一般', '满意', '非常满意'];

export function RatingInput({ value, onChange }: { value: number; onChange(score: number): void }) {
  return (
    <View className="rating">
      <View className="rating__stars">
        {[1, 2, 3, 4, 5].map((score) => (
          <Text
            key={score}
            id={`rating-${score}`}
            className={`rating__star ${score <= value ? 'rating__star--on' : ''}`}
            onClick={() => onChange(score)}
          >
            ★
          </Text>
        ))}
      </View>
      <Text className="rating__word">{WORDS[value] ?? '请选择满意度'}</Text>
    </View>
  );
}
