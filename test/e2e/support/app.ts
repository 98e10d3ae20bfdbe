// Driving the H5 build in Chromium over a fresh local cloud: one per test file, a fresh browser
// context per identity, and everything that went wrong inside the pages collected in `problems`.
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { SUBSCRIPTION_TEMPLATES } from '../../../cloudfunctions/domain/subscription-templates';
import { KEPT_CHOICES_KEY } from '../../../src/services/subscribe-kept';
import { startFunctionsCloud, type FunctionsCloud } from '../../support/functions-cloud';
import { launchBrowser, type OpenBrowser } from './browser';

const root = path.resolve(__dirname, '../../..');

export interface AppUnderTest {
  cloud: FunctionsCloud;
  browser: Browser;
  baseUrl: string;
  /** script errors, errors logged to the console, failed requests — since the test began */
  problems: string[];
}

/** Registers the hooks that start the cloud and the browser for this file, and answers them. */
export function useAppUnderTest(): AppUnderTest {
  const app = { problems: [] as string[] } as AppUnderTest;
  let open: OpenBrowser | undefined;
  beforeAll(async () => {
    app.cloud = await startFunctionsCloud({ staticRoot: path.join(root, 'dist/h5') });
    ({ url: app.baseUrl } = await app.cloud.cloud.listen(0));
    open = await launchBrowser();
    app.browser = open.browser;
  });
  beforeEach(() => {
    app.problems.length = 0;
  });
  afterEach(async () => {
    for (const context of app.browser.contexts()) await context.close();
  });
  afterAll(async () => {
    await open?.close();
    await app.cloud?.close();
  });
  return app;
}

/** Taro keeps earlier pages (tab pages, the stack) in the DOM, hidden: look only at what is shown. */
export function shown(page: Page, selector: string): Locator {
  return page.locator(selector).filter({ visible: true });
}

/**
 * Waits until `route` is the page on screen: the address says so and its page is the only one shown
 * (a tab or stack change hides the previous page, which keeps its elements and their ids).
 */
export async function at(page: Page, route: string): Promise<void> {
  await page.waitForURL((url) => url.hash.startsWith(`#${route}`));
  await page.waitForFunction((r) => {
    const onScreen = [...document.querySelectorAll('.taro_page')].filter(
      (el) => getComputedStyle(el).display !== 'none',
    );
    return onScreen.length === 1 && onScreen[0].id.startsWith(r);
  }, route);
}

export async function expectText(locator: Locator, text: string | RegExp): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor();
}

/** Every template declined once and for all ("总是保持以上选择"), so the subscription prompt stays silent. */
const DECLINED_FOR_GOOD = JSON.stringify(
  Object.fromEntries(Object.values(SUBSCRIPTION_TEMPLATES).map((t) => [t.id, 'reject'])),
);

/**
 * A fresh browser context (its own localStorage) signed in as `openid` on the dev sign-in page.
 * The subscription prompt (the stand-in for WeChat's) is answered silently with "decline" unless
 * `subscriptionPrompt` is set, so only the tests about subscriptions meet it.
 */
export async function signIn(
  app: AppUnderTest,
  openid: string,
  { subscriptionPrompt = false }: { subscriptionPrompt?: boolean } = {},
): Promise<Page> {
  const { problems } = app;
  const context = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
  context.setDefaultTimeout(10_000);
  if (!subscriptionPrompt)
    await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
      KEPT_CHOICES_KEY,
      DECLINED_FOR_GOOD,
    ] as const);
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`${openid}: ${error.message}`));
  page.on('console', (message) => {
    // the browser asks for /favicon.ico, which the app does not have
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(`${openid}: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${openid}: HTTP ${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => problems.push(`${openid}: ${request.failure()?.errorText} ${request.url()}`));
  await page.goto(`${app.baseUrl}/#/pages/dev-login/index`);
  await at(page, '/pages/dev-login/index');
  if (openid.startsWith('demo-')) {
    await shown(page, `#login-${openid}`).click();
  } else {
    // anyone else is typed in, as a new WeChat user would arrive
    await shown(page, '#login-custom input').fill(openid);
    await shown(page, '#login-custom-submit').click();
  }
  await at(page, '/pages/home/index');
  await shown(page, '.hero__hello').waitFor();
  return page;
}
