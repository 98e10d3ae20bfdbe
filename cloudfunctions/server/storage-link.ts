// A file a function made, kept in cloud storage, answered as its fileID and a temporary link.
import { wxCloud } from './cloud';

export async function uploadWithLink(cloudPath: string, content: Buffer): Promise<{ fileID: string; url: string }> {
  const cloud = wxCloud();
  const uploaded = await cloud.uploadFile({ cloudPath, fileContent: content });
  const answer = (await cloud.getTempFileURL({ fileList: [uploaded.fileID] })) as {
    fileList: Array<{ tempFileURL?: string; errMsg?: string }>;
  };
  const link = answer.fileList[0];
  if (!link?.tempFileURL) throw new Error(`no download link for ${uploaded.fileID}: ${link?.errMsg ?? ''}`);
  return { fileID: uploaded.fileID, url: link.tempFileURL };
}
