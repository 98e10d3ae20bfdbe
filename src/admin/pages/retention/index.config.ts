export default definePageConfig({ navigationBarTitleText: '保存年限与保全' });
