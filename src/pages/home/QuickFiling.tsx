import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Category } from '@domain/model';
import { CATEGORY_LABELS } from '@domain/labels';
import { Icon } from '../../components/Icon';
import { presetCategory } from '../../services/draft-category';

const QUICK: readonly Category[] = [
  'repair',
  'complaint',
  'consultation',
  'suggestion',
  'praise',
  'after_sales',
  'paid_service',
  'emergency',
];

function fileAs(category: Category) {
  presetCategory(category);
  void Taro.switchTab({ url: '/pages/file/index' });
}

/** One tap to the request form with the category chosen. */
export function QuickFiling() {
  return (
    <View className="card quick">
      {QUICK.map((category) => (
        <View
          key={category}
          id={`quick-${category}`}
          className={`quick__item quick__item--${category}`}
          onClick={() => fileAs(category)}
        >
          <View className="quick__icon-box">
            <Icon name={category} color={category === 'emergency' ? 'danger' : 'primary'} className="icon--large" />
          </View>
          <Text className="quick__text">{CATEGORY_LABELS[category]}</Text>
        </View>
      ))}
    </View>
  );
}
