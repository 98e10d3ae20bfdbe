import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { MAX_PHOTOS } from '@domain/schemas';
import { photoUrl, uploadPhoto } from '../services/storage';

interface PhotoPickerProps {
  value: string[];
  onChange(fileIds: string[]): void;
  /** tells the form whether an upload is still running */
  onBusyChange?(busy: boolean): void;
  max?: number;
}

/** Choose photos, upload each at once, show thumbnails; a tap on × removes one. */
export function PhotoPicker({ value, onChange, onBusyChange, max = MAX_PHOTOS }: PhotoPickerProps) {
  const [uploading, setUploading] = useState(0);
  const [error, setError] = useState('');

  const choose = async () => {
    setError('');
    let paths: string[];
    try {
      const chosen = await Taro.chooseImage({
        count: max - value.length,
        sizeType: ['compressed'],
        sourceType: ['album', 'camera'],
      });
      paths = chosen.tempFilePaths;
    } catch {
      return; // the owner closed the picker
    }
    setUploading(paths.length);
    onBusyChange?.(true);
    const uploaded: string[] = [];
    for (const path of paths) {
      try {
        uploaded.push(await uploadPhoto(path));
      } catch {
        setError('有照片上传失败，请重试');
      }
      setUploading((left) => left - 1);
    }
    onBusyChange?.(false);
    onChange([...value, ...uploaded].slice(0, max));
  };

  return (
    <View className="photo-picker">
      <View className="photo-grid">
        {value.map((fileId) => (
          <View key={fileId} className="photo-grid__cell">
            <Image className="photo-grid__item" src={photoUrl(fileId)} mode="aspectFill" />
            <Text className="photo-picker__remove" onClick={() => onChange(value.filter((id) => id !== fileId))}>
              ×
            </Text>
          </View>
        ))}
        {uploading > 0 && <View className="photo-grid__item photo-picker__uploading">上传中…</View>}
        {value.length + uploading < max && (
          <View id="photo-add" className="photo-grid__item photo-picker__add" onClick={choose}>
            <Text className="photo-picker__plus">+</Text>
            <Text className="photo-picker__hint">
              {value.length}/{max}
            </Text>
          </View>
        )}
      </View>
      {error && <Text className="field__error">{error}</Text>}
    </View>
  );
}
