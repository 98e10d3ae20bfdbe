// The WeChat build itself (dist/weapp), not the h5 one: the 报事 page is loaded as WeChat would
// load it, driven through its own event handlers, and its wx.cloud calls reach the cloud
// functions on the local runtime as the signed-in owner.
import path from 'node:path';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import {
  SUBSCRIBE_ON,
  SUBSCRIPTION_TEMPLATES,
  templateIdsOf,
} from '../../cloudfunctions/domain/subscription-templates';
import type { QuotaView } from '../../cloudfunctions/domain/subscription-views';
import { loadWeapp, waitFor } from './support/weapp-harness';
import { answer } from './support/wx-answer';
import type { Callbacks } from './support/wx-answer';
import type { Weapp, WeappPage } from './support/weapp-harness';

const WEAPP = path.resolve(__dirname, '../../dist/weapp');
const OWNER = 'demo-owner-1';

describe('the 报事 page of the WeChat build', () => {
  let t: FunctionsCloud;
  let app: Weapp;
  // what this test's page asked WeChat for; emptied before each test
  const navigations: string[] = [];
  const toasts: string[] = [];
  const scrolls: string[] = [];
  const createCalls: string[] = [];
  let cloudCalls = 0;
  /** the template ids of each subscription prompt, and what the owner answers in it */
  const prompts: string[][] = [];
  let promptChoice = 'reject';
  /** While set, a create waits here: the request is on its way until the test lets it through. */
  let createGate: Promise<void> | undefined;

  beforeAll(() => {
    app = loadWeapp(WEAPP, {
      cloud: {
        init: () => undefined,
        callFunction: async ({ name, data }: { name: string; data: object }) => {
          cloudCalls += 1;
          if ((data as { action?: string }).action === 'create') {
            createCalls.push((data as { clientRequestId: string }).clientRequestId);
            await createGate;
          }
          return { result: await t.cloud.invoke(name, data, { openid: OWNER }), errMsg: 'cloud.callFunction:ok' };
        },
      },
      navigateTo: (options: { url: string; success?: () => void }) => {
        navigations.push(options.url);
        options.success?.();
      },
      showToast: (options: { title: string }) => void toasts.push(options.title),
      requestSubscribeMessage: (options: { tmplIds: string[] } & Callbacks<Record<string, string>>) => {
        prompts.push(options.tmplIds);
        return answer(options, {
          errMsg: 'requestSubscribeMessage:ok',
          ...Object.fromEntries(options.tmplIds.map((id) => [id, promptChoice])),
        });
      },
      pageScrollTo: (options: { selector?: string; success?: () => void }) => {
        scrolls.push(options.selector ?? '');
        options.success?.();
      },
    });
  });

  // each test has a cloud of its own, freshly seeded: no test sees another's requests
  beforeEach(async () => {
    t = await startFunctionsCloud();
    for (const list of [navigations, toasts, scrolls, createCalls, prompts]) list.length = 0;
    promptChoice = 'reject';
    cloudCalls = 0;
    createGate = undefined;
  });

  // 报事 is a tab page: WeChat keeps one instance, so each test unloads the one it opened.
  let open: WeappPage | undefined;
  afterEach(async () => {
    open?.unload();
    open = undefined;
    await t.close();
  });

  async function openForm(): Promise<WeappPage> {
    const page = (open = app.openPage('pages/file/index'));
    await waitFor(() => page.find((node) => node.uid === 'submit'), 5000, 'the form after user.me');
    return page;
  }

  const ticketPages = () => navigations.filter((u) => u.startsWith('/pages/ticket/index?id='));

  it("shows the owner's unit and every category, as WeChat would render them", async () => {
    const page = await openForm();
    const text = page.text();
    expect(text).toContain('1栋1单元101');
    for (const label of ['报修', '投诉', '咨询', '建议', '表扬', '售后', '特约服务', '紧急', '其它'])
      expect(text).toContain(label);
  });

  it("shows the server's own messages next to the fields and files nothing when the form is incomplete", async () => {
    const page = await openForm();
    const callsBefore = cloudCalls; // user.me
    await page.input(page.byId('description'), '漏水');
    await page.tap(page.byId('submit'));
    await waitFor(() => page.text().includes('请选择类别'), 2000, 'the category message');
    expect(page.text()).toContain('问题描述至少5个字');
    expect(page.text()).toContain('请填写联系电话'); // empty, not wrong
    await waitFor(() => scrolls.length > 0, 2000, 'a scroll to the first message');
    expect(scrolls).toEqual(['.field--invalid']);
    expect(cloudCalls).toBe(callsBefore);
    expect(await t.documents('tickets')).toHaveLength(0);
  });

  it('files a repair through wx.cloud and opens the new request', async () => {
    const page = await openForm();
    await page.tap(page.byId('category-repair'));
    await page.input(page.byId('description'), '厨房水龙头一直滴水，关不紧');
    await page.input(page.byId('contact-phone'), '13800138000');
    await page.tap(page.byId('urgency-urgent'));
    await page.tap(page.byId('visit-明天上午'));
    await page.tap(page.byId('submit'));

    const [url] = await waitFor(() => ticketPages().length > 0 && ticketPages(), 5000, 'navigation to the request');
    const tickets = await t.documents('tickets');
    expect(tickets).toHaveLength(1);
    expect(tickets[0]).toMatchObject({
      _id: url.split('id=')[1],
      ownerOpenid: OWNER,
      category: 'repair',
      department: 'engineering',
      urgency: 'urgent',
      status: 'submitted',
      description: '厨房水龙头一直滴水，关不紧',
      preferredVisitTime: '明天上午',
    });
    expect(toasts).toContain('已提交');
    // the form is empty again, ready for the next request
    await waitFor(() => !page.text().includes('厨房水龙头一直滴水'), 2000, 'the form to reset');
  });

  it('asks WeChat for the subscription inside the submit tap, before anything is sent, and records the accept', async () => {
    const page = await openForm();
    await page.tap(page.byId('category-repair'));
    await page.input(page.byId('description'), '厨房水龙头一直滴水，关不紧');
    await page.input(page.byId('contact-phone'), '13800138000');
    promptChoice = 'accept';
    const callsBefore = cloudCalls;
    const tapped = page.tap(page.byId('submit'));
    // WeChat shows its prompt only when asked synchronously in the tap's handler
    expect(prompts).toEqual([templateIdsOf(SUBSCRIBE_ON.file)]);
    expect(cloudCalls).toBe(callsBefore);
    await tapped;
    await waitFor(() => ticketPages().length > 0, 5000, 'navigation to the request');
    const mine = async () =>
      (await t.ok<{ quota: QuotaView[] }>('subscription', { action: 'mine' }, OWNER)).quota.find(
        (q) => q.key === 'ticket_accepted',
      )?.remaining;
    // recorded in the background of the submit
    for (let tries = 0; (await mine()) !== 1 && tries < 100; tries += 1) await new Promise((r) => setTimeout(r, 20));
    expect(await mine()).toBe(1);
    expect(SUBSCRIPTION_TEMPLATES.ticket_accepted.id).toBe(prompts[0][0]);
  });

  it('a second tap while the first is on its way files one request, not two', async () => {
    const page = await openForm();
    await page.tap(page.byId('category-complaint'));
    await page.input(page.byId('description'), '楼上深夜装修噪音很大');
    await page.input(page.byId('contact-phone'), '13800138000');
    let letThrough = () => undefined as void;
    createGate = new Promise((resolve) => (letThrough = resolve));

    await page.tap(page.byId('submit'));
    await waitFor(() => createCalls.length === 1, 2000, 'the first create to be on its way');
    await page.tap(page.byId('submit')); // the first is still held at the gate
    letThrough();

    await waitFor(() => ticketPages().length === 1, 5000, 'navigation to the request');
    await waitFor(() => !page.text().includes('楼上深夜装修噪音很大'), 2000, 'the form to reset');
    // a create from the second tap would have reached wx.cloud before the gate opened
    expect(createCalls).toHaveLength(1);
    expect(ticketPages()).toHaveLength(1);
    expect(await t.documents('tickets')).toHaveLength(1);
  });
});
