// A receptionist finds requests in 档案查询 (from 工作台): a hotline caller's by the phone they rang
// from, an owner's by words of its text.
import type { TicketView } from '../../cloudfunctions/domain/api';
import { newClientRequestId, aRepairRequest } from '../support/requests';
import { at, shown, signIn as signInAs, useAppUnderTest } from './support/app';

const app = useAppUnderTest();

test('a receptionist finds a request by phone and by words in its text', async () => {
  const tap = await app.cloud.ok<TicketView>(
    'ticket',
    aRepairRequest({ photos: [], description: '厨房水龙头一直滴水，关不紧' }),
    'demo-owner-1',
  );
  const lamp = await app.cloud.ok<TicketView>(
    'ticket',
    {
      action: 'createOnBehalf',
      clientRequestId: newClientRequestId(),
      category: 'repair',
      channel: 'hotline',
      urgency: 'normal',
      description: '东门岗亭旁的路灯不亮了，晚上很黑',
      photos: [],
      location: { kind: 'common_area', text: '东门岗亭旁' },
      contactPhone: '0571-88886666',
      person: { kind: 'caller', name: '路人甲', communityId: 'demo-cuihu' },
    },
    'demo-receptionist',
  );

  const desk = await signInAs(app, 'demo-receptionist');
  await shown(desk, '#tab-workbench').click();
  await at(desk, '/pages/workbench/index');
  await shown(desk, '#go-archive').click();
  await at(desk, '/staff/pages/archive/index');

  // by the phone the caller rang from
  await shown(desk, '#archive-phone input').fill('057188886666');
  await shown(desk, '#archive-search').click();
  await shown(desk, `.archive-row #ticket-${lamp.number}`).waitFor();
  await expect(desk.locator(`.archive-row #ticket-${tap.number}`).count()).resolves.toBe(0);
  await expect(shown(desk, '.archive-row__meta').first().textContent()).resolves.toContain('路人甲 · 客服热线');

  // by words of the text, within the last 90 days the form proposes
  await shown(desk, '#archive-phone input').fill('');
  await shown(desk, '#archive-words input').fill('水龙头');
  await shown(desk, '#archive-search').click();
  await shown(desk, `.archive-row #ticket-${tap.number}`).waitFor();
  await expect(desk.locator(`.archive-row #ticket-${lamp.number}`).count()).resolves.toBe(0);

  // the row opens the request
  await shown(desk, `.archive-row #ticket-${tap.number}`).click();
  await at(desk, '/pages/ticket/index');
  await shown(desk, '#print-ticket').waitFor();
  expect(app.problems).toEqual([]);
});
