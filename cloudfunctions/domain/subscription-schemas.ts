// Input schemas of the `subscription` function.
import { z } from 'zod';
import { SUBSCRIBE_CHOICES } from './subscription-ledger';
import { MAX_IDS_PER_REQUEST, templateById } from './subscription-templates';
import { ticketRef } from './schemas';

/**
 * What the person chose in WeChat's prompt, by template id: the prompt's own answer
 * (`{ [templateId]: 'accept' | 'reject' | 'ban' | 'filter' }`), known templates only, at most 3.
 */
export const recordChoicesInput = z
  .object({
    choices: z
      .record(
        z.string().refine((id) => templateById(id) !== undefined, '未知的订阅消息模板'),
        z.enum(SUBSCRIBE_CHOICES, {
          errorMap: () => ({ message: '订阅选择只能是 accept、reject、ban 或 filter' }),
        }),
        { required_error: '缺少订阅选择', invalid_type_error: '订阅选择格式不正确' },
      )
      .refine((choices) => Object.keys(choices).length > 0, '缺少订阅选择')
      .refine(
        (choices) => Object.keys(choices).length <= MAX_IDS_PER_REQUEST,
        `一次最多订阅${MAX_IDS_PER_REQUEST}个模板`,
      ),
  })
  .strict();
export type RecordChoicesInput = z.input<typeof recordChoicesInput>;

export const myQuotaInput = z.object({}).strict();

export const sendsOfTicketInput = ticketRef;
