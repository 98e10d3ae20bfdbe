// Photos: wx.cloud.uploadFile in WeChat (an <Image> shows a cloud:// fileID as it is); in h5 the
// local cloud's gateway takes the upload and serves the file back.
import Taro from '@tarojs/taro';
import { devOpenid } from './identity';
import { gatewayOrigin, isH5 } from './platform';

function extensionOf(filePath: string): string {
  const match = /\.(jpe?g|png|gif|webp|heic)$/i.exec(filePath);
  return match ? match[1].toLowerCase() : 'jpg';
}

export async function uploadPhoto(tempFilePath: string): Promise<string> {
  if (!isH5) {
    const cloudPath = `tickets/${Date.now()}-${Math.random().toString(36).slice(2, 10)}.${extensionOf(tempFilePath)}`;
    const result = await Taro.cloud.uploadFile({ cloudPath, filePath: tempFilePath });
    return result.fileID;
  }
  const response = await Taro.uploadFile({
    url: `${gatewayOrigin()}/storage/upload`,
    filePath: tempFilePath,
    name: 'file',
    header: { 'x-openid': devOpenid() },
  });
  const body = JSON.parse(response.data) as { fileID?: string; errMsg?: string };
  if (response.statusCode !== 200 || !body.fileID) throw new Error(body.errMsg ?? '上传失败');
  return body.fileID;
}

export function photoUrl(fileID: string): string {
  if (!isH5 || !fileID.startsWith('cloud://')) return fileID;
  return `${gatewayOrigin()}/storage/file/${encodeURIComponent(fileID)}`;
}
