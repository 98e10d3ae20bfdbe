import { startListeningTestCloud } from './support';
import type { ListeningTestCloud } from './support';

// A 1×1 transparent PNG.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

function photoForm(bytes: Buffer, type: string, field = 'file'): FormData {
  const form = new FormData();
  form.append(field, new Blob([new Uint8Array(bytes)], { type }), 'photo');
  return form;
}

describe("the H5 app's own uploads at the gateway", () => {
  let t: ListeningTestCloud;
  beforeAll(async () => {
    t = await startListeningTestCloud();
  });
  afterAll(() => t.close());

  const upload = (form: FormData, openid = 'demo-owner-1') =>
    fetch(`${t.url}/storage/upload`, { method: 'POST', body: form, headers: openid ? { 'x-openid': openid } : {} });

  it('keeps a photo and answers a cloud fileID that /storage/file serves back byte for byte', async () => {
    const res = await upload(photoForm(PNG, 'image/png'));
    expect(res.status).toBe(200);
    const { fileID } = (await res.json()) as { fileID: string };
    expect(fileID).toMatch(/^cloud:\/\/local\.[^/]+\/uploads\/demo-owner-1\/.+\.png$/);

    const file = await fetch(`${t.url}/storage/file/${encodeURIComponent(fileID)}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('image/png');
    expect(Buffer.from(await file.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('refuses what is not a photo with 415 and keeps nothing', async () => {
    const res = await upload(photoForm(Buffer.from('#!/bin/sh'), 'text/x-shellscript'));
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ code: 'BAD_UPLOAD' });
  });

  it('refuses an upload without a caller (x-openid) with 401', async () => {
    const res = await upload(photoForm(PNG, 'image/png'), '');
    expect(res.status).toBe(401);
  });

  it('refuses a form without the "file" field, and a body that is not a form', async () => {
    expect((await upload(photoForm(PNG, 'image/png', 'picture'))).status).toBe(400);
    const notForm = await fetch(`${t.url}/storage/upload`, {
      method: 'POST',
      body: '{}',
      headers: { 'x-openid': 'demo-owner-1', 'content-type': 'application/json' },
    });
    expect(notForm.status).toBe(400);
  });

  it('answers 404 for a fileID of another environment', async () => {
    const res = await fetch(`${t.url}/storage/file/${encodeURIComponent('cloud://prod-1.bucket/uploads/x.png')}`);
    expect(res.status).toBe(404);
  });
});
