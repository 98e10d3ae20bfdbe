// The demo community's service guide and frequent questions, seeded with the demo data.
import type { FaqEntry, GuideService } from './guide';

export const DEMO_SERVICES: GuideService[] = [
  {
    id: 'svc-desk',
    name: '客服中心',
    description: '报事报修、咨询投诉、物业费缴纳、门禁卡办理',
    hours: '每天 08:30–20:00',
    phone: '0571-88886666',
  },
  {
    id: 'svc-duty',
    name: '夜间与节假日值班',
    description: '紧急维修、安全事件，24小时有人接听',
    hours: '全天 24 小时',
    phone: '0571-88887777',
  },
  {
    id: 'svc-cleaning',
    name: '有偿保洁',
    description: '入户深度保洁，含厨房、卫生间、门窗',
    hours: '每天 09:00–17:00，提前一天预约',
    price: '80元/小时',
  },
  {
    id: 'svc-repair',
    name: '入户维修（有偿）',
    description: '户内水电、门锁、灯具等维修，材料另计',
    hours: '每天 09:00–18:00',
    price: '上门费30元',
  },
];

export const DEMO_FAQS: FaqEntry[] = [
  {
    id: 'faq-fee',
    question: '物业费怎么交？',
    answer: '可在客服中心现场缴纳（支持微信、支付宝、银行卡），也可在每月1–10日通过银行代扣。',
    keywords: ['缴费', '交钱', '物业管理费'],
  },
  {
    id: 'faq-parking',
    question: '停车月卡怎么办理？',
    answer: '带上行驶证和房产证（或租赁合同）到客服中心办理，月卡300元/月，当天生效。',
    keywords: ['月租车位', '停车收费', '车辆登记'],
  },
  {
    id: 'faq-access-card',
    question: '门禁卡丢了怎么补办？',
    answer: '本人带身份证到客服中心补办，工本费20元，旧卡当场注销。',
    keywords: ['门卡', '补卡', '钥匙卡'],
  },
  {
    id: 'faq-renovation',
    question: '装修需要办理什么手续？',
    answer: '开工前带装修图纸和施工队资质到客服中心登记，交装修押金2000元，施工时间为工作日 08:00–12:00、14:00–18:00。',
    keywords: ['装修登记', '装修押金', '施工时间'],
  },
  {
    id: 'faq-parcel',
    question: '快递放在哪里领取？',
    answer: '快递统一放在南门的快递柜和驿站，驿站营业时间 08:00–21:00。',
    keywords: ['取快递', '驿站', '快递柜'],
  },
  {
    id: 'faq-water-outage',
    question: '停水停电会提前通知吗？',
    answer: '计划停水停电至少提前一天在公告和单元门口张贴通知；突发停水停电请拨打值班电话。',
    keywords: ['停电', '停水', '断水'],
  },
];
