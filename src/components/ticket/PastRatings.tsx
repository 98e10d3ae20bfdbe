// Ratings of earlier rounds: each shown as that round's (上次评价), never as the current one.
import { Text, View } from '@tarojs/components';
import type { PastRatingView } from '@domain/api';
import { formatTime } from '../../utils/format';

export function PastRatings({ ratings }: { ratings: PastRatingView[] }) {
  if (ratings.length === 0) return null;
  const last = ratings.length - 1;
  return (
    <View className="card" id="past-ratings">
      {ratings.map((rating, i) => (
        <View key={rating.round}>
          <Text className="section__title">{i === last ? '上次评价' : `第${rating.round}轮评价`}</Text>
          <Text className="rating__stars rating__stars--readonly">
            {'★'.repeat(rating.score)}
            {'☆'.repeat(5 - rating.score)}
          </Text>
          {rating.comment && <Text className="ticket__description">{rating.comment}</Text>}
          <Text className="text-muted">{formatTime(rating.at)}</Text>
        </View>
      ))}
    </View>
  );
}
