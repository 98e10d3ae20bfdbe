// The owner register workbook on each platform: choosing it (WeChat: from a chat, as admins receive
// it; the browser: a file input) and reading it as base64, and opening the template. The TARO_ENV
// tests are written out where they branch, so each build keeps only its own side.
import Taro from '@tarojs/taro';
import { openFile } from '../../services/open-file';
import { workbookRefusal } from './workbook-rules';

export type WorkbookChoice =
  { kind: 'chosen'; name: string; base64: string } | { kind: 'refused'; message: string } | { kind: 'cancelled' };

const READ_FAILED = '文件读取失败，请重新选择';

function chooseInBrowser(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    input.id = 'workbook-input';
    input.style.cssText = 'position: fixed; top: -4000px; left: -3000px;';
    const finish = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => finish(null));
    document.body.appendChild(input);
    input.click();
  });
}

function readInBrowser(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    // a data URL: "data:<type>;base64,<bytes>"
    reader.onload = () => resolve(String(reader.result).replace(/^[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

function readInWeChat(filePath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath,
      encoding: 'base64',
      success: (result) => resolve(result.data as string),
      fail: reject,
    });
  });
}

async function chooseFromBrowser(): Promise<WorkbookChoice> {
  const file = await chooseInBrowser();
  if (!file) return { kind: 'cancelled' };
  const refusal = workbookRefusal(file.name, file.size);
  if (refusal) return { kind: 'refused', message: refusal };
  try {
    return { kind: 'chosen', name: file.name, base64: await readInBrowser(file) };
  } catch {
    return { kind: 'refused', message: READ_FAILED };
  }
}

async function chooseFromWeChat(): Promise<WorkbookChoice> {
  let file: { name: string; path: string; size: number } | undefined;
  try {
    const chosen = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] });
    file = chosen.tempFiles[0];
  } catch {
    return { kind: 'cancelled' }; // the admin closed the picker
  }
  if (!file) return { kind: 'cancelled' };
  const refusal = workbookRefusal(file.name, file.size);
  if (refusal) return { kind: 'refused', message: refusal };
  try {
    return { kind: 'chosen', name: file.name, base64: await readInWeChat(file.path) };
  } catch {
    return { kind: 'refused', message: READ_FAILED };
  }
}

export function chooseWorkbook(): Promise<WorkbookChoice> {
  return process.env.TARO_ENV === 'h5' ? chooseFromBrowser() : chooseFromWeChat();
}

/** Opens the template (WeChat) or saves it (the browser); false when that failed. */
export const openTemplate = (url: string, fileName: string): Promise<boolean> => openFile(url, fileName, 'xlsx');
