// The request loop in a real browser, on the H5 build over the local cloud: an owner files a repair
// with a photo, engineering accepts, replies and resolves it, the owner sees it resolved and rates it.
// A low rating sends it back to engineering.
import { deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { at, expectText, shown, signIn as signInAs, useAppUnderTest } from './support/app';

// ---- a small PNG made here (a 24×24 orange square), the photo the owner attaches ----

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function makePng(size = 24, [r, g, b] = [240, 140, 40]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => [r, g, b]).flat())]);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- driving the app ----

const app = useAppUnderTest();
const signIn = (openid: string) => signInAs(app, openid);

/** The status tag at the top of the ticket page, once it reads `status`. */
async function expectStatus(page: Page, status: string): Promise<void> {
  await expectText(shown(page, '.ticket__head .status-tag'), status);
  await expect(shown(page, '.ticket__head .status-tag').textContent()).resolves.toBe(status);
}

function ticketIdOf(page: Page): string {
  const id = /[?&]id=([^&]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`not on a ticket page: ${page.url()}`);
  return decodeURIComponent(id);
}

interface Filed {
  page: Page;
  id: string;
  number: string;
}

/** The owner files a repair with a photo from the 报事 tab and lands on the new request's page. */
async function fileRepair(description: string): Promise<Filed> {
  const page = await signIn('demo-owner-1');
  await shown(page, '#tab-file').click();
  await at(page, '/pages/file/index');

  await shown(page, '#category-repair').click();
  await expect(shown(page, '#category-repair').getAttribute('class')).resolves.toContain('chip--on');
  await shown(page, '#description textarea').fill(description);
  await expectText(shown(page, '.field__hint'), `${description.length}/500`);
  await shown(page, '#contact-phone input').fill('13800138000');

  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), shown(page, '#photo-add').click()]);
  await chooser.setFiles({ name: 'leak.png', mimeType: 'image/png', buffer: makePng() });
  const thumbnail = shown(page, '.photo-picker .photo-grid__cell img');
  await thumbnail.waitFor();
  await expect(thumbnail.getAttribute('src')).resolves.toContain('/storage/file/');
  await expectText(shown(page, '.photo-picker__hint'), '1/9');

  await shown(page, '#submit').click();
  await at(page, '/pages/ticket/index');
  await expectStatus(page, '待受理');
  await expectText(shown(page, '.ticket__description'), description);
  const numberText = (await shown(page, '.ticket__number').textContent()) ?? '';
  const number = /ED\d{8}-\d{4}/.exec(numberText)?.[0];
  expect(number).toBeDefined();
  return { page, id: ticketIdOf(page), number: number! };
}

/** The request's photo is on the page and its address serves the PNG that was uploaded. */
async function expectPhotoShown(page: Page): Promise<void> {
  const photo = shown(page, '.ticket > .card:nth-child(2) .photo-grid img');
  await photo.waitFor();
  const src = await photo.getAttribute('src');
  expect(src).toMatch(/\/storage\/file\//);
  const response = await page.request.get(new URL(src!, page.url()).href);
  expect(response.status()).toBe(200);
  expect((await response.body()).subarray(0, 8)).toEqual(makePng().subarray(0, 8));
  // and the browser drew it: a loaded image has a natural size
  await photo.evaluate((img: HTMLImageElement) =>
    img.complete ? undefined : new Promise((resolve, reject) => ((img.onload = resolve), (img.onerror = reject))),
  );
  await expect(photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).resolves.toBe(24);
}

/** Engineering signs in, finds the request in its 工作台 inbox and opens it. */
async function engineeringOpens(number: string, view: '待受理' | '处理中'): Promise<Page> {
  const page = await signIn('demo-engineering');
  await shown(page, '#tab-workbench').click();
  await at(page, '/pages/workbench/index');
  await shown(page, '.workbench__name').waitFor();
  if (view === '处理中') await shown(page, '#inbox-in_progress').click();
  await expect(
    shown(page, view === '待受理' ? '#inbox-new' : '#inbox-in_progress').getAttribute('class'),
  ).resolves.toContain('chip--on');
  const card = shown(page, `#ticket-${number}`);
  await card.waitFor();
  await shown(page, `#ticket-${number}`).click();
  await at(page, '/pages/ticket/index');
  await expectText(shown(page, '.ticket__number'), number);
  return page;
}

/** Staff choose a composer mode, write, send; the text then shows on the timeline. */
async function compose(page: Page, mode: 'reply' | 'resolve', text: string): Promise<void> {
  await shown(page, `#compose-${mode}`).click();
  await expect(shown(page, `#compose-${mode}`).getAttribute('class')).resolves.toContain('chip--on');
  await shown(page, '#composer-text textarea').fill(text);
  await shown(page, '#composer-send').click();
  await expectText(shown(page, '.timeline__text'), text);
}

async function timelineHeadlines(page: Page): Promise<string[]> {
  return shown(page, '.timeline__what').allTextContents();
}

// ---- the tests ----

test('an owner files a repair with a photo, engineering accepts and resolves it, the owner sees it resolved and rates it', async () => {
  const description = '厨房水龙头漏水，关闭总阀后仍在滴水';
  const reply = '您好，维修师傅今天下午3点上门，请家中留人';
  const result = '已更换水龙头阀芯并试水，不再漏水';

  // the owner files it
  const owner = await fileRepair(description);
  await expectPhotoShown(owner.page);
  await expectText(shown(owner.page, '.timeline__what'), '提交了诉求');

  // engineering accepts it, replies and resolves it
  const staff = await engineeringOpens(owner.number, '待受理');
  await expectStatus(staff, '待受理');
  await expectText(shown(staff, '.ticket__description'), description);
  await expectPhotoShown(staff);
  await expect(shown(staff, '#compose-resolve').count()).resolves.toBe(0); // not before it is accepted
  await shown(staff, '#action-accept').click();
  await expectStatus(staff, '处理中');
  await expect(shown(staff, '#action-accept').count()).resolves.toBe(0);
  await compose(staff, 'reply', reply);
  await expectStatus(staff, '处理中');
  await compose(staff, 'resolve', result);
  await expectStatus(staff, '待业主评价');
  await expectText(shown(staff, '.section__title'), '处理结果');
  await expect(shown(staff, '#compose-resolve').count()).resolves.toBe(0);
  await expect(shown(staff, '#compose-reply').count()).resolves.toBe(0);
  await expect(shown(staff, '#rate-submit').count()).resolves.toBe(0); // only the owner rates

  // the owner finds it waiting for a rating under 我的, with the reply and the result
  const page = await signIn('demo-owner-1');
  await shown(page, '#tab-mine').click();
  await at(page, '/pages/mine/index');
  const card = shown(page, `#ticket-${owner.number}`);
  await card.waitFor();
  await expectText(card.locator('.status-tag'), '待评价');
  await expectText(card, '待您评价');
  await card.click();
  await at(page, '/pages/ticket/index');
  expect(ticketIdOf(page)).toBe(owner.id);
  await expectStatus(page, '待评价');
  await expectText(shown(page, '.timeline__text'), reply);
  await expectText(shown(page, '.timeline__text'), result);
  await expectText(shown(page, '.ticket__description'), result); // the 处理结果 card
  expect(await timelineHeadlines(page)).toEqual(['处理完成', '回复', '受理了诉求', '我提交了诉求']);
  await expectPhotoShown(page);

  // and rates it five stars: done
  await shown(page, '#rating-5').click();
  await expectText(shown(page, '.rating__word'), '非常满意');
  await shown(page, '#rate-submit').click();
  await expectStatus(page, '已完成');
  await expect(shown(page, '#rate-submit').count()).resolves.toBe(0);
  await expectText(shown(page, '.rating__stars--readonly'), '★★★★★');
  expect((await timelineHeadlines(page))[0]).toMatch(/已完成|评价 5 星/);

  // it stays done after a reload, and 我的 shows it 已完成
  await page.reload();
  await at(page, '/pages/ticket/index');
  await expectStatus(page, '已完成');
  await page.goto(`${app.baseUrl}/#/pages/mine/index`);
  await at(page, '/pages/mine/index');
  await expectText(shown(page, `#ticket-${owner.number} .status-tag`), '已完成');
  expect(app.problems).toEqual([]);
});

test("a rating of 2 sends the repair back to be redone at once: 返工中, in engineering's work in progress", async () => {
  const owner = await fileRepair('楼道灯不亮，晚上看不清台阶');
  const staff = await engineeringOpens(owner.number, '待受理');
  await shown(staff, '#action-accept').click();
  await expectStatus(staff, '处理中');
  await compose(staff, 'resolve', '已更换灯泡');
  await expectStatus(staff, '待业主评价');

  // the owner is not satisfied
  await owner.page.reload();
  await at(owner.page, '/pages/ticket/index');
  await expectStatus(owner.page, '待评价');
  await shown(owner.page, '#rating-2').click();
  await expectText(shown(owner.page, '.rating__word'), '不满意');
  await expectText(shown(owner.page, '.rate-form .notice'), '退回');
  await shown(owner.page, '#rate-submit').click();
  await expectStatus(owner.page, '返工中');
  await expectText(shown(owner.page, '.notice--warn'), '已退回重新处理 1 次');
  await expect(shown(owner.page, '#rate-submit').count()).resolves.toBe(0);

  // engineering has it back among its work in progress, to redo with no new accept
  const again = await engineeringOpens(owner.number, '处理中');
  await expectStatus(again, '返工中');
  await expectText(shown(again, '.notice--warn'), '已退回重新处理 1 次');
  await expectText(shown(again, '.timeline__what'), '不满意，重新处理');
  await expect(shown(again, '#action-accept').count()).resolves.toBe(0);
  await compose(again, 'resolve', '更换了整个灯座');
  await expectStatus(again, '待业主评价');
  expect(app.problems).toEqual([]);
});
