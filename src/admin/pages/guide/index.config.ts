export default definePageConfig({ navigationBarTitleText: '服务指南与常见问题' });
