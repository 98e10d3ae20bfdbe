export default definePageConfig({ navigationBarTitleText: '失败任务' });
