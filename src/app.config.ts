import { ADMIN_ROOT } from './admin/sections';
import { TABS } from './tabs';

// The browser build has no WeChat identity: its sign-in page lists the demo people. The WeChat
// build must not ship it (Taro replaces TARO_ENV when it reads this file).
const devOnlyPages = process.env.TARO_ENV === 'h5' ? ['pages/dev-login/index'] : [];

export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/file/index',
    'pages/mine/index',
    'pages/workbench/index',
    'pages/ticket/index',
    'pages/join/index',
    'pages/groups/index',
    'pages/bind/index',
    'pages/invite/index',
    'pages/bind-requests/index',
    'pages/visits/index',
    'pages/messages/index',
    'pages/desk-intake/index',
    ...devOnlyPages,
  ],
  // the admin console: a subpackage, downloaded only by those who open it
  subPackages: [
    {
      root: ADMIN_ROOT,
      pages: [
        'pages/index/index',
        // places: communities, units, the owner register
        'pages/communities/index',
        'pages/units/index',
        'pages/register/index',
        // console: the first administrator, the audit log
        'pages/setup/index',
        'pages/audit-log/index',
        'pages/parked-effects/index',
        'pages/routing/index',
        // promises: the working calendar, each community's promise table
        'pages/calendar/index',
        'pages/promises/index',
        // staff
        'pages/staff/index',
        'pages/staff-member/index',
        'pages/staff-invite/index',
      ],
    },
    // staff pages for managers, department heads and leadership: 报表 and its charts stay out of the main package
    {
      root: 'staff',
      pages: ['pages/reports/index', 'pages/report-requests/index'],
    },
  ],
  window: {
    navigationBarTitleText: '物业服务台',
    navigationBarBackgroundColor: '#0e9f6e',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f4f6f8',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    // custom: WeChat draws src/custom-tab-bar, so 工作台 can be shown to staff only
    custom: true,
    color: '#8a9099',
    selectedColor: '#0e9f6e',
    backgroundColor: '#ffffff',
    list: TABS.map(({ pagePath, text }) => ({ pagePath, text })),
  },
});
