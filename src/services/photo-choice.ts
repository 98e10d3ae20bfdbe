// Choosing photos and making them small enough to send, per platform. The TARO_ENV tests are
// written out where they branch, so each build keeps only its own side (the compression library
// never reaches the WeChat bundle).
import Taro from '@tarojs/taro';
import { isTooLarge } from './photo-rules';
import type { PhotoFile } from './photo-rules';

/** Long side and size the browser build shrinks a photo to before sending it. */
const BROWSER_COMPRESSION = { maxWidthOrHeight: 1600, maxSizeMB: 1, useWebWorker: false } as const;
/** WeChat's quality for a photo that is still over the limit after the picker's own compression. */
const WECHAT_RECOMPRESS_QUALITY = 60;

/**
 * The compression library, in the browser build only. Not inside an async function: the WeChat
 * build rewrites those into a state machine, and the bundler would no longer see the import sits in
 * a branch that build never takes.
 */
function loadCompression(): Promise<typeof import('browser-image-compression')> | undefined {
  return process.env.TARO_ENV === 'h5' ? import('browser-image-compression') : undefined;
}

function chooseInBrowser(): Promise<PhotoFile[]> {
  return new Promise((resolve) => {
    // Taro's h5 chooseImage drops a file that is not an image without a word; this input keeps
    // every file, so each one left out can be named.
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/*';
    input.multiple = true;
    input.id = 'photo-input';
    input.style.cssText = 'position: fixed; top: -4000px; left: -3000px;';
    const finish = (files: File[]) => {
      input.remove();
      resolve(files.map((file) => ({ name: file.name, size: file.size, type: file.type, source: file })));
    };
    input.addEventListener('change', () => finish(Array.from(input.files ?? [])));
    input.addEventListener('cancel', () => finish([]));
    document.body.appendChild(input);
    input.click();
  });
}

async function chooseInWeChat(room: number): Promise<PhotoFile[]> {
  try {
    const chosen = await Taro.chooseMedia({
      count: room,
      mediaType: ['image'],
      sizeType: ['compressed'],
      sourceType: ['album', 'camera'],
    });
    return chosen.tempFiles.map((file) => ({
      name: '',
      size: file.size,
      type: file.fileType,
      source: file.tempFilePath,
    }));
  } catch {
    return []; // the owner closed the picker
  }
}

/** Opens the platform's picker; an empty list when the owner closes it. */
export function choosePhotos(room: number): Promise<PhotoFile[]> {
  if (process.env.TARO_ENV === 'h5') return chooseInBrowser();
  return chooseInWeChat(room);
}

function fileSize(filePath: string): Promise<number> {
  return new Promise((resolve, reject) =>
    Taro.getFileSystemManager().getFileInfo({
      filePath,
      success: (result) => resolve(result.size),
      fail: reject,
    }),
  );
}

/**
 * The photo as it will be sent: in a browser shrunk to 1600 px and about 1 MB; in WeChat already
 * compressed by the picker, and compressed once more when that was not enough. A photo that cannot
 * be shrunk here is answered as it is, and judged by its size.
 */
export async function shrinkPhoto(photo: PhotoFile): Promise<PhotoFile> {
  if (process.env.TARO_ENV === 'h5') {
    // a GIF would lose its animation; anything the browser cannot decode stays as it is
    const compression = loadCompression();
    if (compression && photo.source instanceof File && photo.type !== 'image/gif') {
      try {
        const { default: imageCompression } = await compression;
        const smaller = await imageCompression(photo.source, BROWSER_COMPRESSION);
        if (smaller.size < photo.size) return { ...photo, size: smaller.size, type: smaller.type, source: smaller };
      } catch {
        // not decodable in this browser (e.g. HEIC in Chrome)
      }
    }
    return photo;
  }
  if (typeof photo.source === 'string' && isTooLarge(photo)) {
    try {
      const { tempFilePath } = await Taro.compressImage({ src: photo.source, quality: WECHAT_RECOMPRESS_QUALITY });
      return { ...photo, size: await fileSize(tempFilePath), source: tempFilePath };
    } catch {
      // keep the picker's result; its size decides
    }
  }
  return photo;
}
