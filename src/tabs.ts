// The bottom tabs, listed once: app.config.ts (evaluated by Taro at build time, so nothing here may
// import Taro's runtime) declares them to WeChat, and TabBar draws them.

export type TabKey = 'home' | 'file' | 'mine' | 'workbench';

export interface Tab {
  key: TabKey;
  text: string;
  /** a Tabler icon of src/components/icons (named as the tab) */
  icon: TabKey;
  /** as app.json spells it: no leading slash */
  pagePath: string;
  staffOnly?: boolean;
}

export const TABS: readonly Tab[] = [
  { key: 'home', text: '首页', icon: 'home', pagePath: 'pages/home/index' },
  { key: 'file', text: '报事', icon: 'file', pagePath: 'pages/file/index' },
  { key: 'mine', text: '我的', icon: 'mine', pagePath: 'pages/mine/index' },
  { key: 'workbench', text: '工作台', icon: 'workbench', pagePath: 'pages/workbench/index', staffOnly: true },
];

export function tabOfRoute(route: string): TabKey | undefined {
  const path = route.replace(/^\//, '').split('?')[0];
  return TABS.find((tab) => tab.pagePath === path)?.key;
}
