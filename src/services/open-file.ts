// A file a function made (a workbook, a printed request), opened from its temporary link: WeChat
// downloads it and opens it in its document viewer; the browser saves it. The TARO_ENV test is
// written out where it branches, so each build keeps only its own side.
import Taro from '@tarojs/taro';

export type OpenableType = 'xlsx' | 'pdf';

function downloadInBrowser(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
}

async function openInWeChat(url: string, fileType: OpenableType): Promise<boolean> {
  try {
    const downloaded = await Taro.downloadFile({ url });
    if (downloaded.statusCode !== 200) return false;
    await Taro.openDocument({ filePath: downloaded.tempFilePath, fileType, showMenu: true });
    return true;
  } catch {
    return false;
  }
}

/** Opens the file (WeChat) or saves it (the browser); false when that failed. */
export async function openFile(url: string, fileName: string, fileType: OpenableType): Promise<boolean> {
  if (process.env.TARO_ENV === 'h5') {
    downloadInBrowser(url, fileName);
    return true;
  }
  return openInWeChat(url, fileType);
}
