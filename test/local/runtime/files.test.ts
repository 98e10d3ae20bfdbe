import * as fs from 'fs';
import * as path from 'path';
import { startListeningTestCloud } from './support';
import type { ListeningTestCloud } from './support';

type Answer<T> = { ok: true; data: T } | { ok: false; errCode: number; errMsg: string };
const caller = { openid: 'owner-files' };

describe('cloud storage', () => {
  let t: ListeningTestCloud;
  beforeAll(async () => {
    t = await startListeningTestCloud();
  });
  afterAll(() => t.close());

  const call = <T>(event: object) => t.cloud.invoke('files', event, caller) as Promise<Answer<T>>;

  it('keeps uploaded bytes under the data folder and answers a cloud file id', async () => {
    const up = await call<{ fileID: string }>({
      action: 'upload',
      cloudPath: 'requests/42/photo.txt',
      text: '漏水照片',
    });
    expect(up.ok && up.data.fileID).toMatch(/^cloud:\/\/local\.[^/]+\/requests\/42\/photo\.txt$/);
    expect(fs.readFileSync(path.join(t.dataDir, 'files', 'requests', '42', 'photo.txt'), 'utf8')).toBe('漏水照片');
  });

  it('serves the file through the gateway at the temp URL, and downloadFile reads it back', async () => {
    const up = await call<{ fileID: string }>({ action: 'upload', cloudPath: 'a/b c.txt', text: 'hello' });
    if (!up.ok) throw new Error(up.errMsg);
    const temp = await call<{ tempFileURL: string; status: number }>({ action: 'tempUrl', fileID: up.data.fileID });
    if (!temp.ok) throw new Error(temp.errMsg);
    expect(temp.data.status).toBe(0);
    expect(temp.data.tempFileURL.startsWith(`${t.url}/files/`)).toBe(true);
    const res = await fetch(temp.data.tempFileURL);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('hello');
    expect(res.headers.get('content-type')).toContain('text/plain');

    const down = await call<{ text: string }>({ action: 'download', fileID: up.data.fileID });
    expect(down).toEqual({ ok: true, data: { text: 'hello' } });
  });

  it('refuses a temp URL whose signature was tampered with', async () => {
    const up = await call<{ fileID: string }>({ action: 'upload', cloudPath: 'secret.txt', text: 's' });
    if (!up.ok) throw new Error(up.errMsg);
    const temp = await call<{ tempFileURL: string }>({ action: 'tempUrl', fileID: up.data.fileID });
    if (!temp.ok) throw new Error(temp.errMsg);
    const forged = temp.data.tempFileURL.replace('secret.txt', 'other.txt');
    expect((await fetch(forged)).status).toBe(403);
  });

  it('deletes the file: the bytes are gone, the URL answers 404, and a second delete reports it missing', async () => {
    const up = await call<{ fileID: string }>({ action: 'upload', cloudPath: 'gone.txt', text: 'bye' });
    if (!up.ok) throw new Error(up.errMsg);
    const temp = await call<{ tempFileURL: string }>({ action: 'tempUrl', fileID: up.data.fileID });
    if (!temp.ok) throw new Error(temp.errMsg);

    const removed = await call<{ status: number }>({ action: 'remove', fileID: up.data.fileID });
    expect(removed).toMatchObject({ ok: true, data: { status: 0 } });
    expect(fs.existsSync(path.join(t.dataDir, 'files', 'gone.txt'))).toBe(false);
    expect((await fetch(temp.data.tempFileURL)).status).toBe(404);

    const again = await call<{ status: number }>({ action: 'remove', fileID: up.data.fileID });
    expect(again).toMatchObject({ ok: true, data: { status: -503003 } });
    const missing = await call<{ status: number; tempFileURL: string }>({ action: 'tempUrl', fileID: up.data.fileID });
    expect(missing).toMatchObject({ ok: true, data: { status: -503003, tempFileURL: '' } });
    const download = await call({ action: 'download', fileID: up.data.fileID });
    expect(download).toMatchObject({ ok: false, errCode: -503003 });
  });

  it('refuses a cloudPath that would escape the files folder', async () => {
    const up = await call({ action: 'upload', cloudPath: '../outside.txt', text: 'x' });
    expect(up).toMatchObject({ ok: false });
    expect(fs.existsSync(path.join(t.dataDir, 'outside.txt'))).toBe(false);
  });
});
