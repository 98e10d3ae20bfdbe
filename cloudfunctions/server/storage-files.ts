// Removing files from cloud storage (photos of purged records). `deleteFile` takes at most 50 file
// ids a call; a file already gone counts as removed, so a purge cut short can run again.
import { wxCloud } from './cloud';

export interface FileStore {
  /** How many of `fileIds` are gone now. Throws when storage refuses, so the records stay for the next run. */
  remove(fileIds: string[]): Promise<number>;
}

const PER_CALL = 50;
/** wx-server-sdk's status for a file storage does not have (STORAGE_FILE_NONEXIST): gone already. */
const NO_SUCH_FILE = -503003;

export const cloudFiles = (): FileStore => ({
  async remove(fileIds) {
    let gone = 0;
    for (let start = 0; start < fileIds.length; start += PER_CALL) {
      const fileList = fileIds.slice(start, start + PER_CALL);
      const answer = (await wxCloud().deleteFile({ fileList })) as {
        fileList: Array<{ fileID: string; status: number; errMsg?: string }>;
      };
      const failed = answer.fileList.filter((f) => f.status !== 0 && f.status !== NO_SUCH_FILE);
      if (failed.length > 0) throw new Error(`storage kept ${failed.length} file(s): ${failed[0]?.errMsg ?? ''}`);
      gone += fileList.length;
    }
    return gone;
  },
});
