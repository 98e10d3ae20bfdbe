// Photos: wx.cloud.uploadFile in WeChat (an <Image> shows a cloud:// fileID as it is); in h5 the
// local cloud's gateway takes the upload and serves the file back.
import Taro from '@tarojs/taro';
import { devOpenid } from './identity';
import { gatewayOrigin, isH5 } from './platform';
import { outcomeOf, sendWithOneRetry } from './upload-refusals';
import type { UploadOutcome } from './upload-refusals';
import type { PhotoFile } from './photo-rules';

function extensionOf(name: string): string {
  const match = /\.(jpe?g|png|gif|webp|heic)$/i.exec(name);
  return match ? match[1].toLowerCase() : 'jpg';
}

async function toWeChatCloud(filePath: string): Promise<UploadOutcome> {
  const cloudPath = `tickets/${Date.now()}-${Math.random().toString(36).slice(2, 10)}.${extensionOf(filePath)}`;
  try {
    const result = await Taro.cloud.uploadFile({ cloudPath, filePath });
    return result.fileID ? { ok: true, fileID: result.fileID } : { ok: false, refused: false };
  } catch {
    return { ok: false, refused: false };
  }
}

async function toGateway(file: Blob, name: string): Promise<UploadOutcome> {
  const form = new FormData();
  form.append('file', file, name || `photo.${extensionOf(file.type.replace('image/', '.'))}`);
  try {
    const response = await fetch(`${gatewayOrigin()}/storage/upload`, {
      method: 'POST',
      headers: { 'x-openid': devOpenid() },
      body: form,
    });
    const body: unknown = await response.json().catch(() => undefined);
    return outcomeOf({ status: response.status, body });
  } catch {
    return { ok: false, refused: false };
  }
}

/** Uploads one photo that passed the checks; a refusal comes back as such, never thrown. */
export function uploadPhoto(photo: PhotoFile): Promise<UploadOutcome> {
  return sendWithOneRetry(() =>
    typeof photo.source === 'string' ? toWeChatCloud(photo.source) : toGateway(photo.source, photo.name),
  );
}

export function photoUrl(fileID: string): string {
  if (!isH5 || !fileID.startsWith('cloud://')) return fileID;
  return `${gatewayOrigin()}/storage/file/${encodeURIComponent(fileID)}`;
}
