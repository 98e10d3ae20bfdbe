// Choosing photos in the H5 app, as a new owner would: a file that is not an image, more than nine
// photos, a photo far over the upload limit. Each file left out is named with the reason, and a
// large photo is shrunk in the browser before it is sent.
import { deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { imageSize } from 'image-size';
import { at, expectText, shown, signIn, useAppUnderTest } from './support/app';

const app = useAppUnderTest();

/** A small valid PNG: a 16×16 square of one colour (each file its own colour, so each is distinct). */
function png(shade: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const size = 16;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 2;
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 3, shade)]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: size }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function openFileForm(): Promise<Page> {
  const page = await signIn(app, 'demo-owner-1');
  await shown(page, '#tab-file').click();
  await at(page, '/pages/file/index');
  await expectText(shown(page, '.photo-picker__limits'), '最多9张，仅限图片，单张不超过10MB（大图自动压缩）');
  return page;
}

type Upload = { name: string; mimeType: string; buffer: Buffer };

async function choose(page: Page, files: Upload[]): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), shown(page, '#photo-add').click()]);
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles(files);
}

const thumbnails = (page: Page) => shown(page, '.photo-picker .photo-grid__cell img');

test('a file that is not an image is named with the reason; the photo chosen with it is attached', async () => {
  const page = await openFileForm();
  await choose(page, [
    { name: '报价单.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%…') },
    { name: 'leak.png', mimeType: 'image/png', buffer: png(200) },
  ]);
  await expectText(shown(page, '.photo-picker__notice'), '「报价单.pdf」不是图片，未添加');
  await expectText(shown(page, '.photo-picker__hint'), '1/9');
  await expect(thumbnails(page).count()).resolves.toBe(1);
  expect(app.problems).toEqual([]);
});

test('ten photos chosen at once: the first nine are attached and the tenth is said to be left out', async () => {
  const page = await openFileForm();
  const files = Array.from({ length: 10 }, (_, i) => ({
    name: `photo-${i + 1}.png`,
    mimeType: 'image/png',
    buffer: png(20 * i),
  }));
  await choose(page, files);
  await expectText(shown(page, '.photo-picker__notice'), '最多9张照片，还可添加9张，另有1张未添加');
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('.photo-picker .photo-grid__cell img')].filter((el) => el.checkVisibility())
        .length === 9,
  );
  // full: nothing more can be added
  await expect(shown(page, '#photo-add').count()).resolves.toBe(0);
  expect(app.problems).toEqual([]);
});

test('a photo over the 10 MB limit is shrunk in the browser to 1600 px and sent', async () => {
  const page = await openFileForm();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), shown(page, '#photo-add').click()]);
  // a 4000×3000 photo of pure noise, made in the page (JPEG at full quality: far over 10 MB),
  // handed to the app's file input as the picker would
  const originalBytes = await chooser.element().evaluate(async (input: HTMLInputElement) => {
    const canvas = document.createElement('canvas');
    canvas.width = 4000;
    canvas.height = 3000;
    const context = canvas.getContext('2d')!;
    const pixels = context.createImageData(canvas.width, canvas.height);
    const random = new Uint32Array(pixels.data.buffer);
    for (let offset = 0; offset < random.length; offset += 16384)
      crypto.getRandomValues(random.subarray(offset, Math.min(offset + 16384, random.length)));
    for (let i = 3; i < pixels.data.length; i += 4) pixels.data[i] = 255;
    context.putImageData(pixels, 0, 0);
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 1));
    const transfer = new DataTransfer();
    transfer.items.add(new File([blob], 'panorama.jpg', { type: 'image/jpeg' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    return blob.size;
  });
  expect(originalBytes).toBeGreaterThan(10 * 1024 * 1024);

  await thumbnails(page).first().waitFor({ timeout: 45_000 });
  const src = await thumbnails(page).first().getAttribute('src');
  const stored = await page.request.get(new URL(src!, page.url()).href);
  expect(stored.status()).toBe(200);
  const bytes = await stored.body();
  const { width, height } = imageSize(bytes);
  expect(Math.max(width, height)).toBeLessThanOrEqual(1600);
  expect(bytes.length).toBeLessThan(10 * 1024 * 1024);
  await expect(shown(page, '.photo-picker__notice').count()).resolves.toBe(0);
  expect(app.problems).toEqual([]);
}, 90_000);
