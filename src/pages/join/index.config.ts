export default definePageConfig({ navigationBarTitleText: '加入物业服务台' });
