import { useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import { MAX_PHOTOS } from '@domain/schemas';
import { choosePhotos, shrinkPhoto } from '../services/photo-choice';
import { intakePhotos } from '../services/photo-intake';
import { PHOTO_LIMITS_TEXT } from '../services/photo-rules';
import { photoUrl, uploadPhoto } from '../services/storage';

interface PhotoPickerProps {
  value: string[];
  onChange(fileIds: string[]): void;
  /** tells the form whether an upload is still running */
  onBusyChange?(busy: boolean): void;
  max?: number;
}

/** Choose photos, upload each at once, show thumbnails; a tap on × removes one. Says why a file was left out. */
export function PhotoPicker({ value, onChange, onBusyChange, max = MAX_PHOTOS }: PhotoPickerProps) {
  const [uploading, setUploading] = useState(0);
  const [notices, setNotices] = useState<string[]>([]);

  const choose = async () => {
    setNotices([]);
    const room = max - value.length;
    const files = await choosePhotos(room);
    if (files.length === 0) return;
    const { fileIDs, notices: found } = await intakePhotos(
      files,
      room,
      { shrink: shrinkPhoto, upload: uploadPhoto },
      {
        onScreened: (count, screened) => {
          setNotices(screened);
          if (count === 0) return;
          setUploading(count);
          onBusyChange?.(true);
        },
        onSettled: () => setUploading((left) => left - 1),
      },
    );
    setUploading(0);
    onBusyChange?.(false);
    setNotices(found);
    if (fileIDs.length > 0) onChange([...value, ...fileIDs].slice(0, max));
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
      <Text className="photo-picker__limits text-muted">{PHOTO_LIMITS_TEXT}</Text>
      {notices.map((notice) => (
        <Text key={notice} className="field__error photo-picker__notice">
          {notice}
        </Text>
      ))}
    </View>
  );
}
