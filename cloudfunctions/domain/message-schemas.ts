// Input schemas of the `message` function.
import { z } from 'zod';
import { pageInput } from './schemas';

/** A message's id, or a parked effect's key (`<ticketId>:<version>:<n>`). */
const messageId = z
  .string({ required_error: '缺少消息', invalid_type_error: '消息编号格式不正确' })
  .regex(/^[\w-]{1,80}$/, '消息编号格式不正确');
const effectKey = z
  .string({ required_error: '缺少任务', invalid_type_error: '任务编号格式不正确' })
  .regex(/^[\w-]{1,64}:\d{1,9}:\d{1,3}$/, '任务编号格式不正确');

export const listMessagesInput = pageInput;

export const unreadInput = z.object({}).strict();

export const markReadInput = z
  .object({
    ids: z
      .array(messageId, { required_error: '缺少消息', invalid_type_error: '消息列表格式不正确' })
      .min(1, '缺少消息')
      .max(50, '一次最多标记50条消息'),
  })
  .strict();
export type MarkReadInput = z.input<typeof markReadInput>;

export const listParkedInput = pageInput;

export const retryParkedInput = z.object({ key: effectKey }).strict();
export type RetryParkedInput = z.input<typeof retryParkedInput>;
