// The in-app message that tells a person a survey reached their home; it links to the survey.
import type { Message } from '../messages';
import { audienceKey } from '../messages';
import { SURVEY_KIND_LABELS } from './definition';
import type { Survey } from './survey';

const day = (iso: string) => {
  const [, month, date] = iso.slice(0, 10).split('-');
  return `${Number(month)}月${Number(date)}日`;
};

export function surveyMessage(survey: Survey, openid: string, id: string, createdAt: string): Message {
  return {
    id,
    audience: audienceKey.owner(openid),
    kind: 'SURVEY_OPENED',
    ticketId: '',
    ticketNumber: '',
    surveyId: survey.id,
    title: `请填写${SURVEY_KIND_LABELS[survey.kind]}：${survey.title}`,
    body: `${survey.communityName}诚邀您参与${survey.closesAt ? `，${day(survey.closesAt)}前提交` : ''}，每户一份，感谢您的意见`,
    createdAt,
    readBy: [],
  };
}
