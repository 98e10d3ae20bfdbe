import * as fs from 'fs';
import * as path from 'path';
import { startListeningTestCloud } from './support';
import type { ListeningTestCloud } from './support';

// A 1×1 transparent PNG.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);
const GIF = Buffer.from(
  '47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b',
  'hex',
);
// The headers of a 3×2 JPEG (SOI, JFIF, SOF0, EOI): what image-size reads.
const JPEG = Buffer.from('ffd8ffe000104a46494600010100000100010000ffc00011080002000303012200021101031101ffd9', 'hex');
// A WebP with an extended header (VP8X) of 2×3 pixels.
const WEBP = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.from([22, 0, 0, 0]),
  Buffer.from('WEBPVP8X'),
  Buffer.from([10, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 2, 0, 0]),
]);
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>1</script></svg>');

/** A PNG padded after its end to `bytes` in all (still a PNG by its header). */
const pngOfSize = (bytes: number) => Buffer.concat([PNG, Buffer.alloc(bytes - PNG.length, 7)]);

function photoForm(bytes: Buffer, type: string, field = 'file'): FormData {
  const form = new FormData();
  form.append(field, new Blob([new Uint8Array(bytes)], { type }), 'photo');
  return form;
}

const LIMITS = { filesPerDay: 3, bytesPerDay: 16 * 1024, perMinute: 5 };

describe("the H5 app's own uploads at the gateway", () => {
  let t: ListeningTestCloud;
  const bound = (n: number) => `bound-${n}`;
  beforeAll(async () => {
    t = await startListeningTestCloud({}, { uploads: LIMITS });
    await t.cloud.database.handle('database.addCollection', { collectionName: 'users' });
    const users = [
      ...Array.from({ length: 12 }, (_, n) => ({ _id: bound(n), roles: ['owner'] })),
      { _id: 'newcomer', roles: [] },
      { _id: 'no-roles-field', name: '微信用户' },
    ];
    await t.cloud.database.handle('database.insertDocument', {
      collectionName: 'users',
      data: users.map((u) => JSON.stringify(u)),
    });
  });
  afterAll(() => t.close());

  const upload = (form: FormData, openid = bound(0)) =>
    fetch(`${t.url}/storage/upload`, { method: 'POST', body: form, headers: openid ? { 'x-openid': openid } : {} });
  /** The files kept for this uploader. */
  const keptFor = (openid: string): string[] => {
    const dir = path.join(t.dataDir, 'files', 'uploads', openid);
    return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  };

  it('keeps a photo of a bound user and answers a cloud fileID that /storage/file serves back byte for byte', async () => {
    const res = await upload(photoForm(PNG, 'image/png'));
    expect(res.status).toBe(200);
    const { fileID } = (await res.json()) as { fileID: string };
    expect(fileID).toMatch(/^cloud:\/\/local\.[^/]+\/uploads\/bound-0\/.+\.png$/);

    const file = await fetch(`${t.url}/storage/file/${encodeURIComponent(fileID)}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('image/png');
    expect(Buffer.from(await file.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('judges a photo by its bytes: JPEG, GIF and WebP are kept under their real type, whatever type was declared', async () => {
    const kept: string[] = [];
    for (const [bytes, declared] of [
      [JPEG, 'application/octet-stream'],
      [GIF, 'text/plain'],
      [WEBP, 'image/png'],
    ] as const) {
      const res = await upload(photoForm(bytes, declared), bound(1));
      expect(res.status).toBe(200);
      kept.push(((await res.json()) as { fileID: string }).fileID.split('.').pop() as string);
    }
    expect(kept).toEqual(['jpg', 'gif', 'webp']);
  });

  it('refuses what is not a photo by its bytes with 415 UPLOAD_NOT_IMAGE, even when declared a photo, and keeps nothing', async () => {
    for (const [bytes, declared] of [
      [Buffer.from('#!/bin/sh\nrm -rf /'), 'image/png'],
      [SVG, 'image/svg+xml'],
      [Buffer.from('<html><script>alert(1)</script></html>'), 'image/jpeg'],
      [Buffer.alloc(0), 'image/png'],
    ] as const) {
      const res = await upload(photoForm(bytes, declared), bound(2));
      expect(res.status).toBe(415);
      const body = await res.json();
      expect(body).toEqual({ code: 'UPLOAD_NOT_IMAGE', errCode: -1, errMsg: expect.stringMatching(/\.$/) });
    }
    expect(keptFor(bound(2))).toEqual([]);
  });

  it('refuses a caller who is not a bound user with 403 UPLOAD_NOT_BOUND and keeps nothing: unknown, no roles, no x-openid', async () => {
    for (const openid of ['stranger', 'newcomer', 'no-roles-field', '']) {
      const res = await upload(photoForm(PNG, 'image/png'), openid);
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ code: 'UPLOAD_NOT_BOUND', errCode: -1 });
      if (openid) expect(keptFor(openid)).toEqual([]);
    }
  });

  it('refuses a malformed x-openid with 400 INVALID_OPENID', async () => {
    const res = await upload(photoForm(PNG, 'image/png'), '../bound-0');
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe('INVALID_OPENID');
  });

  it('refuses a file over 10 MB with 413 UPLOAD_TOO_LARGE and keeps nothing', async () => {
    const res = await upload(photoForm(pngOfSize(10 * 1024 * 1024 + 1), 'image/png'), bound(3));
    expect(res.status).toBe(413);
    expect((await res.json()).code).toBe('UPLOAD_TOO_LARGE');
    expect(keptFor(bound(3))).toEqual([]);
  });

  it('keeps at most the daily number of files per user, then answers 429 UPLOAD_QUOTA_EXCEEDED; other users are not affected', async () => {
    for (let i = 0; i < LIMITS.filesPerDay; i++) {
      expect((await upload(photoForm(PNG, 'image/png'), bound(4))).status).toBe(200);
    }
    const over = await upload(photoForm(PNG, 'image/png'), bound(4));
    expect(over.status).toBe(429);
    expect(await over.json()).toMatchObject({ code: 'UPLOAD_QUOTA_EXCEEDED', errCode: -1 });
    expect(keptFor(bound(4))).toHaveLength(LIMITS.filesPerDay);
    expect((await upload(photoForm(PNG, 'image/png'), bound(5))).status).toBe(200);
  });

  it('keeps at most the daily bytes per user: the file that would pass the limit is refused and not kept', async () => {
    expect((await upload(photoForm(pngOfSize(10 * 1024), 'image/png'), bound(6))).status).toBe(200);
    const over = await upload(photoForm(pngOfSize(10 * 1024), 'image/png'), bound(6));
    expect(over.status).toBe(429);
    expect((await over.json()).code).toBe('UPLOAD_QUOTA_EXCEEDED');
    expect(keptFor(bound(6))).toHaveLength(1);
    expect((await upload(photoForm(pngOfSize(4 * 1024), 'image/png'), bound(6))).status).toBe(200);
  });

  it('does not let parallel uploads overrun the daily quota together', async () => {
    const answers = await Promise.all(
      Array.from({ length: LIMITS.perMinute }, () => upload(photoForm(PNG, 'image/png'), bound(7))),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(keptFor(bound(7))).toHaveLength(LIMITS.filesPerDay);
  });

  it('limits upload attempts per minute with 429 UPLOAD_RATE_LIMITED and a retry-after, refused ones included', async () => {
    for (let i = 0; i < LIMITS.perMinute; i++) {
      expect((await upload(photoForm(Buffer.from('not a photo'), 'image/png'), bound(8))).status).toBe(415);
    }
    const limited = await upload(photoForm(PNG, 'image/png'), bound(8));
    expect(limited.status).toBe(429);
    expect(await limited.json()).toMatchObject({ code: 'UPLOAD_RATE_LIMITED', errCode: -1 });
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(keptFor(bound(8))).toEqual([]);
  });

  it('refuses a form without the "file" field, and a body that is not a form, with 400 BAD_UPLOAD', async () => {
    const noField = await upload(photoForm(PNG, 'image/png', 'picture'), bound(9));
    expect(noField.status).toBe(400);
    expect((await noField.json()).code).toBe('BAD_UPLOAD');
    const notForm = await fetch(`${t.url}/storage/upload`, {
      method: 'POST',
      body: '{}',
      headers: { 'x-openid': bound(9), 'content-type': 'application/json' },
    });
    expect(notForm.status).toBe(400);
    expect((await notForm.json()).code).toBe('BAD_UPLOAD');
  });

  it('answers 404 for a fileID of another environment', async () => {
    const res = await fetch(`${t.url}/storage/file/${encodeURIComponent('cloud://prod-1.bucket/uploads/x.png')}`);
    expect(res.status).toBe(404);
  });
});
