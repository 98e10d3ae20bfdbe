export default definePageConfig({ navigationBarTitleText: '我管理的业主群' });
