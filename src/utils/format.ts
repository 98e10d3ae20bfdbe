import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { CHINA_UTC_OFFSET_MINUTES } from '@domain/time';

dayjs.extend(utc);

/** "11月22日 15:01" this year, "2025年11月22日 15:01" before — in China Standard Time, whatever zone the phone is set to. */
export function formatTime(iso: string, now = new Date()): string {
  const time = dayjs(iso).utcOffset(CHINA_UTC_OFFSET_MINUTES);
  const thisYear = dayjs(now).utcOffset(CHINA_UTC_OFFSET_MINUTES).year();
  return time.year() === thisYear ? time.format('M月D日 HH:mm') : time.format('YYYY年M月D日 HH:mm');
}

/** "剩余 12 分钟", "剩余 3 小时", "已超时 5 分钟" */
export function formatDue(dueAt: string, now = new Date()): string {
  const minutes = Math.round((new Date(dueAt).getTime() - now.getTime()) / 60000);
  const span = Math.abs(minutes);
  const text =
    span < 60 ? `${span} 分钟` : span < 48 * 60 ? `${Math.round(span / 60)} 小时` : `${Math.round(span / 1440)} 天`;
  return minutes >= 0 ? `剩余 ${text}` : `已超时 ${text}`;
}

export function newClientRequestId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
