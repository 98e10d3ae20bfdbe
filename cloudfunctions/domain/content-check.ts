// WeChat's content security check (msgSecCheck v2, mediaCheckAsync v2), as the rules see it.
import { DomainError } from './errors';

/** WeChat's verdict; `review` (the model is unsure) counts as pass: see docs/announcements.md. */
export type Suggest = 'pass' | 'risky' | 'review';

/** A check that WeChat could not answer (outage, an openid it no longer knows) is `unavailable`. */
export type TextVerdict = { verdict: 'pass' } | { verdict: 'risky'; label: number } | { verdict: 'unavailable' };

/** msgSecCheck's scenes: 1 资料, 2 评论, 3 论坛, 4 社交日志. */
export const SCENES = { profile: 1, comment: 2, forum: 3, social: 4 } as const;
export type Scene = (typeof SCENES)[keyof typeof SCENES];

export const CONTENT_RISKY_MESSAGE = '内容未通过微信内容安全检查，请修改后重新提交';

export const contentRisky = (field?: string) => new DomainError('CONTENT_RISKY', CONTENT_RISKY_MESSAGE, field);

export const isRisky = (suggest: unknown): boolean => suggest === 'risky';

/** WeChat's risk labels, in words the writer can act on. */
const LABELS: Record<number, string> = {
  10001: '广告',
  20001: '时政',
  20002: '色情',
  20003: '辱骂',
  20006: '违法犯罪',
  20008: '欺诈',
  20012: '低俗',
  20013: '版权',
  21000: '其他违规',
};

export const riskLabel = (label: number | undefined): string => (label && LABELS[label]) || '其他违规';

/** The words a person wrote in a command on a request: what the content check reads. */
export function commandTexts(command: object): string[] {
  const fields = ['text', 'reason', 'comment', 'plan', 'note', 'items', 'defect', 'place'];
  const record = command as Record<string, unknown>;
  return fields.map((f) => record[f]).filter((v): v is string => typeof v === 'string' && v !== '');
}
