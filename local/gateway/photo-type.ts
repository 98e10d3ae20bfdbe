/** Which photo a file is, judged by its bytes (never by the type the client declared). */
import { imageSize } from 'image-size';

/** image-size's type names (HEIF containers by brand) → the extension the file is kept under. */
const PHOTO_EXTENSIONS: Record<string, string> = {
  jpg: 'jpg',
  png: 'png',
  gif: 'gif',
  webp: 'webp',
  heic: 'heic',
  heif: 'heic',
};

/** `jpg`, `png`, `gif`, `webp` or `heic` for a readable photo of at least 1×1 pixels; null otherwise. */
export function photoExtensionOf(bytes: Uint8Array): string | null {
  try {
    const size = imageSize(bytes);
    const extension = size.type ? PHOTO_EXTENSIONS[size.type] : undefined;
    return extension && size.width > 0 && size.height > 0 ? extension : null;
  } catch {
    return null; // not an image format image-size knows, or a truncated or corrupt one
  }
}
