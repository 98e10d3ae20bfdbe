export default definePageConfig({ navigationBarTitleText: '服务指南', enablePullDownRefresh: true });
