// What the WeChat build ships, read from dist/weapp: no browser sign-in page, none of the demo
// people, no direct database access, no browser-only library; the tabs are the app's one list.
import fs from 'node:fs';
import path from 'node:path';
import { DEMO_COMMUNITY, DEMO_USERS } from '../../cloudfunctions/domain/demo-data';
import { TABS } from '../../src/tabs';

const WEAPP = path.resolve(__dirname, '../../dist/weapp');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** A string as it may appear in a bundle: as written, or with its non-ASCII letters \u-escaped. */
function spellings(text: string): string[] {
  const escaped = text.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return [...new Set([text, escaped])];
}

const files = filesUnder(WEAPP);
// lower-cased, so an escape written \u5F20 matches \u5f20
const contents = files.map((file) => ({
  file: path.relative(WEAPP, file),
  text: fs.readFileSync(file, 'utf8').toLowerCase(),
}));

function filesContaining(needles: string[]): string[] {
  const lowered = needles.flatMap(spellings).map((n) => n.toLowerCase());
  return contents.filter(({ text }) => lowered.some((n) => text.includes(n))).map(({ file }) => file);
}

const appJson = JSON.parse(fs.readFileSync(path.join(WEAPP, 'app.json'), 'utf8')) as {
  pages: string[];
  tabBar: { list: Array<{ pagePath: string; text: string }> };
};

test('the build was read (an empty folder would pass every check below)', () => {
  expect(files.some((file) => file.endsWith('app.js'))).toBe(true);
  expect(appJson.pages).toContain('pages/file/index');
});

test('the browser sign-in page is not a page of the WeChat build', () => {
  expect(appJson.pages.filter((page) => page.includes('dev-login'))).toEqual([]);
  expect(files.filter((file) => file.includes('dev-login'))).toEqual([]);
});

test('none of the demo people, nor the demo community, is in any file', () => {
  const needles = [...DEMO_USERS.flatMap((user) => [user.openid, user.name]), DEMO_COMMUNITY.name];
  expect(filesContaining(needles)).toEqual([]);
});

test('the search for escaped text finds what the bundles hold', () => {
  // the 报事 form's 问题描述 label is in the bundle, which terser writes \u-escaped
  expect(filesContaining(['问题描述']).length).toBeGreaterThan(0);
});

test('the app never opens the database itself: every read and write goes through the functions', () => {
  expect(filesContaining(['cloud.database', '.database('])).toEqual([]);
});

test('the browser-only image compression library stays out', () => {
  expect(filesContaining(['imageCompressionLibUrl', 'browser-image-compression'])).toEqual([]);
});

test("the tab bar WeChat reads is the app's one list of tabs", () => {
  expect(appJson.tabBar.list).toEqual(TABS.map(({ pagePath, text }) => ({ pagePath, text })));
});

test('the chart library (F2) ships in the staff subpackage only, never in the owners’ main package', () => {
  // F2 measures its labels on the canvas; nothing else in the app does
  const withCharts = filesContaining(['measureText']);
  expect(withCharts.length).toBeGreaterThan(0);
  expect(withCharts.filter((file) => !file.startsWith('staff/'))).toEqual([]);
  expect(appJson.pages.filter((page) => page.startsWith('staff/'))).toEqual([]);
});
