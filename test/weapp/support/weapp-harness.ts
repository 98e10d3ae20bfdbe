// Loads the built WeChat mini-program (dist/weapp) in node, the way WeChat would: `wx`, `App`,
// `Page` and `getApp` are provided here, the genuine bundles are required, and every `setData`
// is applied to a plain data tree — the tree WeChat would render. Events go through the page's
// own handler (`eh`), so a test drives the page exactly as a tap or a keystroke would.
import path from 'node:path';
import { answer } from './wx-answer';
import type { Callbacks } from './wx-answer';

export interface RenderNode {
  sid?: string;
  uid?: string;
  nn?: string;
  cl?: string;
  v?: string;
  cn?: RenderNode[];
  [attribute: string]: unknown;
}

interface PageOptions {
  data?: Record<string, unknown>;
  onLoad?(query: Record<string, string>): void;
  onShow?(): void;
  onReady?(): void;
  onUnload?(): void;
  eh(event: unknown): void;
  [key: string]: unknown;
}

export interface WeappPage {
  readonly route: string;
  readonly data: { root: RenderNode };
  readonly setDataCalls: number;
  /** all visible text under a node, concatenated */
  text(node?: RenderNode): string;
  find(predicate: (node: RenderNode) => boolean): RenderNode | undefined;
  byId(id: string): RenderNode;
  byClass(className: string): RenderNode[];
  /** Each event is its own task, as in WeChat: it resolves once the page has handled and rendered it. */
  tap(node: RenderNode, detail?: Record<string, unknown>): Promise<void>;
  input(node: RenderNode, value: string): Promise<void>;
  fire(node: RenderNode, type: string, detail?: Record<string, unknown>): Promise<void>;
  unload(): void;
}

export type WxStubs = Record<string, unknown>;

export interface Weapp {
  wx: Record<string, unknown>;
  openPage(route: string, query?: Record<string, string>): WeappPage;
}

function setPath(target: Record<string, unknown>, keyPath: string, value: unknown) {
  const keys = keyPath
    .replace(/\[(\d+)\]/g, '$1')
    .split('.')
    .filter(Boolean);
  let node: Record<string, unknown> = target;
  keys.slice(0, -1).forEach((key, index) => {
    if (node[key] == null) node[key] = /^\d+$/.test(keys[index + 1]) ? [] : {};
    node = node[key] as Record<string, unknown>;
  });
  node[keys[keys.length - 1]] = value;
}

function walk(node: RenderNode, predicate: (node: RenderNode) => boolean): RenderNode | undefined {
  if (predicate(node)) return node;
  for (const child of node.cn ?? []) {
    const found = walk(child, predicate);
    if (found) return found;
  }
  return undefined;
}

function collect(node: RenderNode, predicate: (node: RenderNode) => boolean, into: RenderNode[] = []) {
  if (predicate(node)) into.push(node);
  for (const child of node.cn ?? []) collect(child, predicate, into);
  return into;
}

function textOf(node: RenderNode): string {
  return (node.v ?? '') + (node.cn ?? []).map(textOf).join('');
}

/**
 * Loads `dist/weapp/app.js` with the given `wx` API stubs (anything not given is a no-op
 * function that returns undefined) and launches the app.
 */
export function loadWeapp(weappRoot: string, stubs: WxStubs): Weapp {
  const storage = new Map<string, unknown>();
  // Taro renders on wx.nextTick: while one is pending, the page has not finished handling an event
  let pendingTicks = 0;
  const settled = async () => {
    do await new Promise((resolve) => setImmediate(resolve));
    while (pendingTicks > 0);
  };
  const base: Record<string, unknown> = {
    getSystemInfoSync: () => ({
      platform: 'devtools',
      windowWidth: 375,
      windowHeight: 667,
      screenWidth: 375,
      pixelRatio: 2,
      SDKVersion: '3.6.0',
    }),
    getWindowInfo: () => ({ windowWidth: 375, windowHeight: 667, screenWidth: 375, pixelRatio: 2 }),
    getStorageSync: (key: string) => storage.get(key) ?? '',
    setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
    removeStorageSync: (key: string) => void storage.delete(key),
    // WeChat's subscription prompt, answered as by a person who declines (a test may pass its own)
    requestSubscribeMessage: (options: { tmplIds: string[] } & Callbacks<Record<string, string>>) =>
      answer(options, {
        errMsg: 'requestSubscribeMessage:ok',
        ...Object.fromEntries(options.tmplIds.map((id) => [id, 'reject'])),
      }),
    nextTick: (callback: () => void) => {
      pendingTicks += 1;
      setTimeout(() => {
        pendingTicks -= 1;
        callback();
      }, 0);
    },
    ...stubs,
  };
  const wx = new Proxy(base, {
    get(target, key: string) {
      if (key in target || key === 'webpackJsonp') return target[key];
      return () => undefined;
    },
  });
  let appOptions: Record<string, unknown> | undefined;
  let pageOptions: PageOptions | undefined;
  let current: WeappPage | undefined;
  const registered = new Map<string, PageOptions>();
  const globals = globalThis as Record<string, unknown>;
  globals.wx = wx;
  globals.App = (options: Record<string, unknown>) => void (appOptions = options);
  globals.Page = (options: PageOptions) => void (pageOptions = options);
  globals.Component = () => undefined;
  globals.getApp = () => appOptions;
  globals.getCurrentPages = () => (current ? [current] : []);

  // the built bundles register themselves through App() and Page() when loaded
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(weappRoot, 'app.js'));
  if (!appOptions) throw new Error('app.js did not call App()');
  const launch = appOptions.onLaunch as ((options: unknown) => void) | undefined;
  launch?.call(appOptions, { path: '', query: {}, scene: 1001 });

  function openPage(route: string, query: Record<string, string> = {}): WeappPage {
    // A page's bundle registers its options once; WeChat makes every instance from them.
    if (!registered.has(route)) {
      pageOptions = undefined;
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require(path.join(weappRoot, `${route}.js`));
      if (!pageOptions) throw new Error(`${route}.js did not call Page()`);
      registered.set(route, pageOptions);
    }
    const options = registered.get(route) as PageOptions;
    let setDataCalls = 0;
    const instance: Record<string, unknown> = {
      ...options,
      route,
      options: query,
      data: JSON.parse(JSON.stringify(options.data ?? {})),
      setData(update: Record<string, unknown>, callback?: () => void) {
        setDataCalls += 1;
        for (const [key, value] of Object.entries(update))
          setPath(instance.data as Record<string, unknown>, key, value);
        callback?.();
      },
    };
    const call = (name: string, ...args: unknown[]) =>
      (instance[name] as ((...a: unknown[]) => void) | undefined)?.apply(instance, args);
    const root = () => (instance.data as { root: RenderNode }).root;
    const fire = async (node: RenderNode, type: string, detail: Record<string, unknown> = {}) => {
      // as base.wxml binds it: id="{{i.uid||i.sid}}" data-sid="{{i.sid}}"
      const target = { id: node.uid ?? node.sid, dataset: { sid: node.sid } };
      call('eh', { type, timeStamp: Date.now(), detail, target, currentTarget: target });
      // as in WeChat, the next event comes after the page has rendered this one
      await settled();
    };
    const page: WeappPage = {
      route,
      get data() {
        return instance.data as { root: RenderNode };
      },
      get setDataCalls() {
        return setDataCalls;
      },
      text: (node) => textOf(node ?? root()),
      find: (predicate) => walk(root(), predicate),
      byId(id) {
        const node = walk(root(), (candidate) => candidate.uid === id);
        if (!node) throw new Error(`no node with id "${id}" on ${route}`);
        return node;
      },
      byClass: (className) =>
        collect(root(), (node) => typeof node.cl === 'string' && node.cl.split(/\s+/).includes(className)),
      tap: (node, detail) => fire(node, 'tap', detail),
      input: (node, value) => fire(node, 'input', { value, cursor: value.length }),
      fire,
      unload: () => call('onUnload'),
    };
    current = page;
    call('onLoad', query);
    call('onShow');
    call('onReady');
    return page;
  }

  return { wx, openPage };
}

/** Waits until the page's rendered tree satisfies `check`, or fails after `timeoutMs`. */
export async function waitFor<T>(check: () => T | undefined | false, timeoutMs = 5000, what = 'condition'): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
