import Taro from '@tarojs/taro';
import { Image, View } from '@tarojs/components';
import { photoUrl } from '../services/storage';

export function PhotoGrid({ photos }: { photos: string[] }) {
  if (photos.length === 0) return null;
  const urls = photos.map(photoUrl);
  return (
    <View className="photo-grid">
      {urls.map((url) => (
        <Image
          key={url}
          className="photo-grid__item"
          src={url}
          mode="aspectFill"
          onClick={() => Taro.previewImage({ urls, current: url })}
        />
      ))}
    </View>
  );
}
