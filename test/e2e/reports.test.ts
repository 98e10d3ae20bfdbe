// 报表 in the browser: a manager opens it from the 工作台, sees the month's figures and its charts
// drawn (F2 on a canvas), taps a figure and lands on the requests behind it.
import type { TicketView } from '../../cloudfunctions/domain/api';
import { at, expectText, shown, signIn, useAppUnderTest } from './support/app';
import { aRepairRequest } from '../support/requests';

const app = useAppUnderTest();

test('a manager opens 报表, sees charts for the month, taps a figure and lands on its requests', async () => {
  app.cloud.setClock('2026-11-24T10:00:00+08:00');
  const filed = await app.cloud.ok<TicketView>(
    'ticket',
    aRepairRequest({ description: '单元门禁失灵', photos: [] }),
    'demo-owner-1',
  );

  const manager = await signIn(app, 'demo-manager');
  await manager.goto(`${app.baseUrl}/#/pages/workbench/index`);
  await at(manager, '/pages/workbench/index');
  await shown(manager, '#go-reports').click();
  await at(manager, '/staff/pages/reports/index');
  await expectText(shown(manager, '#report-month'), '2026年11月');
  await expectText(shown(manager, '#figure-requests'), '受理量');
  await expectText(shown(manager, '#figure-requests'), '1');

  // each chart's canvas has been drawn on
  for (const chart of ['chart-trend', 'chart-department', 'chart-category']) {
    await shown(manager, `#${chart}`).waitFor();
    const painted = await manager.waitForFunction((id) => {
      const host = document.getElementById(id);
      const canvas = host instanceof HTMLCanvasElement ? host : host?.querySelector('canvas');
      if (!canvas || canvas.width === 0) return false;
      const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
      return !!pixels && pixels.some((value, i) => i % 4 === 3 && value > 0);
    }, chart);
    expect(await painted.jsonValue()).toBe(true);
  }

  await shown(manager, '#figure-requests').click();
  await at(manager, '/staff/pages/report-requests/index');
  await expectText(shown(manager, '#drill-title'), '本月受理');
  await shown(manager, `#ticket-${filed.number}`).waitFor();
  expect(app.problems).toEqual([]);
});

test('an empty month says so', async () => {
  app.cloud.setClock('2026-11-24T10:00:00+08:00');
  const manager = await signIn(app, 'demo-manager');
  await manager.goto(`${app.baseUrl}/#/staff/pages/reports/index?month=2026-01`);
  await at(manager, '/staff/pages/reports/index');
  await expectText(shown(manager, '.state__text'), '2026年1月暂无数据');
});
