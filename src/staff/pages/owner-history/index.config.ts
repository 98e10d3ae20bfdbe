export default definePageConfig({ navigationBarTitleText: '业主档案', enablePullDownRefresh: true });
