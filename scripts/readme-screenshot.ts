// Renders docs/screenshot.png for the README: three phone screens of the H5 build over a fresh
// local cloud with the demo data. `npx tsx scripts/readme-screenshot.ts` (after `npm run build:h5`).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startFunctionsCloud } from '../test/support/functions-cloud';
import { launchBrowser } from '../test/e2e/support/browser';
import { signIn, type AppUnderTest } from '../test/e2e/support/app';
import { aRepairRequest } from '../test/support/requests';

const root = path.resolve(__dirname, '..');
const PHONE = { width: 390, height: 780 };

/** `route` as `openid` sees it, once its data has loaded and settled. */
async function phone(app: AppUnderTest, openid: string, route: string): Promise<Page> {
  const page = await signIn(app, openid);
  await page.setViewportSize(PHONE);
  await page.goto(`${app.baseUrl}/#${route}`);
  await page.waitForTimeout(1200);
  return page;
}

async function main() {
  const cloud = await startFunctionsCloud({ staticRoot: path.join(root, 'dist/h5') });
  const { url } = await cloud.cloud.listen(0);
  const open = await launchBrowser();
  try {
    const me = await cloud.ok<{ units: Array<{ id: string }> }>('user', { action: 'me' }, 'demo-owner-1');
    const filed = await cloud.ok<{ id: string }>(
      'ticket',
      aRepairRequest({
        description: '厨房水龙头漏水，关闭总阀后仍在滴水，麻烦尽快安排师傅上门查看',
        location: { kind: 'unit', unitId: me.units[0].id },
        urgency: 'urgent',
        contactPhone: '13800138000',
        preferredVisitTime: '今天下午',
        photos: [],
      }),
      'demo-owner-1',
    );
    await cloud.ok('ticket', { action: 'accept', ticketId: filed.id }, 'demo-engineering');
    await cloud.ok(
      'ticket',
      { action: 'reply', ticketId: filed.id, text: '您好，维修师傅今天下午3点上门，请家中留人' },
      'demo-engineering',
    );
    await cloud.ok(
      'ticket',
      aRepairRequest({
        description: '3栋2单元电梯按钮失灵，按了没有反应',
        location: { kind: 'common_area', text: '3栋2单元电梯' },
        contactPhone: '13900139000',
        preferredVisitTime: undefined,
        photos: [],
      }),
      'demo-owner-2',
    );
    await cloud.ok(
      'ticket',
      aRepairRequest({
        category: 'complaint',
        description: '夜间地库出入口噪音较大',
        location: { kind: 'common_area', text: '2号地库出入口' },
        preferredVisitTime: undefined,
        photos: [],
      }),
      'demo-owner-1',
    );

    const app: AppUnderTest = { cloud, browser: open.browser, baseUrl: url, problems: [] };
    const shots = [
      await phone(app, 'demo-owner-1', '/pages/file/index'),
      await phone(app, 'demo-owner-1', `/pages/ticket/index?id=${encodeURIComponent(filed.id)}`),
      await phone(app, 'demo-engineering', '/pages/workbench/index'),
    ];
    const images = await Promise.all(shots.map(async (page) => (await page.screenshot()).toString('base64')));

    const board = await (
      await open.browser.newContext({ viewport: { width: PHONE.width * 3 + 80, height: PHONE.height + 40 } })
    ).newPage();
    await board.setContent(
      `<body style="margin:0;background:#e8ecf1;display:flex;gap:20px;padding:20px;">${images
        .map(
          (b64) =>
            `<img style="border-radius:14px;box-shadow:0 2px 10px rgba(0,0,0,.15)" src="data:image/png;base64,${b64}">`,
        )
        .join('')}</body>`,
    );
    const target = path.join(root, 'docs/screenshot.png');
    writeFileSync(target, await board.screenshot());
    console.log(`wrote ${path.relative(root, target)}`);
  } finally {
    await open.close();
    await cloud.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
