export default definePageConfig({ navigationBarTitleText: '登记簿' });
