// The two surveys the company's policies name: the half-yearly satisfaction survey (June and
// November, to all owners) and the yearly opinion survey on the management's work (a sample of at
// least 15% of units). Admins start from one and may change its title and questions.
import type { Question, SurveyKind } from './definition';

const rating = (id: string, title: string): Question => ({ id, kind: 'rating', title, required: true });

const SATISFACTION: Question[] = [
  rating('overall', '您对物业服务的总体满意程度'),
  rating('desk', '客服中心的接待与答复'),
  rating('repair', '报修的响应速度与维修质量'),
  rating('security', '秩序维护与小区安全'),
  rating('cleaning', '公共区域的保洁'),
  rating('greening', '绿化养护'),
  {
    id: 'focus',
    kind: 'multiple',
    title: '您最希望我们改进的方面（最多选三项）',
    required: false,
    options: [
      { id: 'desk', label: '客服接待' },
      { id: 'repair', label: '维修服务' },
      { id: 'security', label: '安全秩序' },
      { id: 'cleaning', label: '环境卫生' },
      { id: 'greening', label: '绿化养护' },
      { id: 'parking', label: '停车管理' },
    ],
    min: 0,
    max: 3,
  },
  { id: 'comments', kind: 'text', title: '您的意见和建议', required: false, maxLength: 300 },
];

const OPINION: Question[] = [
  rating('overall', '您对管理处本年度工作的总体评价'),
  {
    id: 'fees',
    kind: 'single',
    title: '您认为物业服务收费与服务质量是否相符',
    required: true,
    options: [
      { id: 'fair', label: '相符' },
      { id: 'mostly', label: '基本相符' },
      { id: 'not', label: '不相符' },
    ],
  },
  {
    id: 'channels',
    kind: 'multiple',
    title: '您希望通过哪些方式与管理处沟通',
    required: true,
    options: [
      { id: 'app', label: '小程序' },
      { id: 'hotline', label: '客服热线' },
      { id: 'visit', label: '到服务中心' },
      { id: 'group', label: '业主群' },
      { id: 'meeting', label: '业主大会' },
    ],
    min: 1,
    max: 5,
  },
  rating('notices', '公告与信息公开'),
  rating('activities', '社区文化活动'),
  { id: 'opinions', kind: 'text', title: '您对管理工作的意见', required: false, maxLength: 500 },
];

export interface SurveyTemplate {
  kind: SurveyKind;
  title: string;
  questions: Question[];
}

export const SURVEY_TEMPLATES: Record<SurveyKind, SurveyTemplate> = {
  satisfaction: { kind: 'satisfaction', title: '业主满意度调查', questions: SATISFACTION },
  opinion: { kind: 'opinion', title: '管理工作意见征询表', questions: OPINION },
};
