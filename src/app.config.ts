export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/file/index',
    'pages/mine/index',
    'pages/workbench/index',
    'pages/ticket/index',
    'pages/dev-login/index',
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
    list: [
      { pagePath: 'pages/home/index', text: '首页' },
      { pagePath: 'pages/file/index', text: '报事' },
      { pagePath: 'pages/mine/index', text: '我的' },
      { pagePath: 'pages/workbench/index', text: '工作台' },
    ],
  },
});
