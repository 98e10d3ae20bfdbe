export default definePageConfig({ navigationBarTitleText: '档案查询' });
