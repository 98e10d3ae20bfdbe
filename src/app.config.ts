import { ADMIN_ROOT } from './admin/sections';
import { TABS } from './tabs';

// The browser build has no WeChat identity: its sign-in page lists the demo people. The WeChat
// build must not ship it (Taro replaces TARO_ENV when it reads this file).
const devOnlyPages = process.env.TARO_ENV === 'h5' ? ['pages/dev-login/index', 'pages/dev-outbox/index'] : [];

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
    'pages/guide/index',
    'pages/announcement/index',
    ...devOnlyPages,
  ],
  // the admin console: a subpackage, downloaded only by those who open it
  subPackages: [
    // writing announcements (group admins, the service desk)
    { root: 'announce', pages: ['pages/list/index', 'pages/edit/index', 'pages/detail/index'] },
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
        // what owners read: the service guide and frequent questions
        'pages/guide/index',
        // keeping and forgetting
        'pages/retention/index',
        'pages/access-log/index',
      ],
    },
    // surveys: owners answering, staff publishing and reading results
    {
      root: 'surveys',
      pages: ['pages/answer/index', 'pages/manage/index', 'pages/results/index'],
    },
    // staff tools beyond the 工作台: the archive (档案查询, 业主档案, 房屋档案), the registers, and 报表
    // with its charts (managers, department heads, leadership), out of the owners' main package
    {
      root: 'staff',
      pages: [
        'pages/archive/index',
        'pages/owner-history/index',
        'pages/unit-history/index',
        'pages/logbook/index',
        'pages/reports/index',
        'pages/report-requests/index',
      ],
    },
    // owners: the unclaimed found items of their community
    { root: 'found', pages: ['pages/unclaimed/index'] },
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
