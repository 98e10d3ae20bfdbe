// What a photo must be before it is uploaded, and the words that say why one was not. Pure: no
// Taro, no DOM, so the same rules are tested in node and run on both builds.
import { MAX_PHOTOS } from '@domain/schemas';

/** The upload route refuses anything larger; photos are compressed first, so only a few reach it. */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

export const PHOTO_LIMITS_TEXT = `最多${MAX_PHOTOS}张，仅限图片，单张不超过10MB（大图自动压缩）`;

export interface PickedFile {
  /** the name the owner knows it by; empty when the platform gives none (WeChat's temp files) */
  name: string;
  size: number;
  /** a MIME type (`image/png`), WeChat's `image`, or empty when unknown */
  type: string;
}

/** A chosen file: WeChat hands over a temp path, a browser a File. */
export interface PhotoFile extends PickedFile {
  source: string | Blob;
}

const IMAGE_TYPE = /^image(\/(jpeg|pjpeg|png|gif|webp|heic|heif))?$/i;
const IMAGE_NAME = /\.(jpe?g|png|gif|webp|heic|heif)$/i;

export function isImage(file: PickedFile): boolean {
  return file.type ? IMAGE_TYPE.test(file.type) : IMAGE_NAME.test(file.name);
}

/** How a file is named in a message: its own name, or its place in the choice. */
export function photoLabel(file: PickedFile, position: number): string {
  return file.name ? `「${file.name}」` : `第${position + 1}张照片`;
}

export interface Screened<T extends PickedFile> {
  /** images, in the order chosen, no more than there is room for */
  kept: T[];
  /** one sentence per file left out (or one for all those over the limit) */
  refusals: string[];
}

/** Keeps the images there is room for (`room` = how many more the request may hold) and says why each other file was left out. */
export function screenChoice<T extends PickedFile>(files: T[], room: number): Screened<T> {
  const refusals: string[] = [];
  const images: T[] = [];
  files.forEach((file, position) => {
    if (isImage(file)) images.push(file);
    else refusals.push(`${photoLabel(file, position)}不是图片，未添加`);
  });
  const kept = images.slice(0, Math.max(0, room));
  const left = images.length - kept.length;
  if (left > 0) refusals.push(`最多${MAX_PHOTOS}张照片，还可添加${kept.length}张，另有${left}张未添加`);
  return { kept, refusals };
}

export function isTooLarge(file: { size: number }): boolean {
  return file.size > MAX_PHOTO_BYTES;
}

export function tooLargeMessage(label: string): string {
  return `${label}超过10MB，压缩后仍太大，未添加`;
}
