// The commands whose form is one text, in the order a flow reaches them.
import type { ApiResult, TicketCommand, TicketView } from '@domain/api';
import {
  answerInput,
  apologiseInput,
  correctiveReportInput,
  declineInput,
  recordContactInput,
  submitPlanInput,
} from '@domain/schemas';
import type { z } from 'zod';
import { ticketApi } from '../../services/api/ticket';

export interface TextCommand {
  name: TicketCommand;
  title: string;
  placeholder: string;
  maxlength: number;
  /** the payload field the text goes in */
  field: 'text' | 'reason';
  schema: z.ZodTypeAny;
  call(input: never): Promise<ApiResult<TicketView>>;
  done: string;
}

export const TEXT_COMMANDS: TextCommand[] = [
  {
    name: 'apologise',
    title: '致歉并登记',
    placeholder: '代表被投诉部门向业主致歉，业主可见',
    maxlength: 500,
    field: 'text',
    schema: apologiseInput,
    call: (input: z.output<typeof apologiseInput>) => ticketApi.apologise(input),
    done: '已致歉并登记',
  },
  {
    name: 'record_contact',
    title: '记录联系业主',
    placeholder: '何时、以何种方式联系了业主，约定了什么',
    maxlength: 500,
    field: 'text',
    schema: recordContactInput,
    call: (input: z.output<typeof recordContactInput>) => ticketApi.recordContact(input),
    done: '已记录联系',
  },
  {
    name: 'submit_plan',
    title: '提交处理方案',
    placeholder: '处理方案与完成时间，主管审批后告知业主',
    maxlength: 1000,
    field: 'text',
    schema: submitPlanInput,
    call: (input: z.output<typeof submitPlanInput>) => ticketApi.submitPlan(input),
    done: '方案已提交审批',
  },
  {
    name: 'corrective_report',
    title: '纠正措施报告',
    placeholder: '原因分析与预防措施（仅内部可见）',
    maxlength: 2000,
    field: 'text',
    schema: correctiveReportInput,
    call: (input: z.output<typeof correctiveReportInput>) => ticketApi.correctiveReport(input),
    done: '报告已提交',
  },
  {
    name: 'answer',
    title: '答复咨询',
    placeholder: '答复内容，业主可见',
    maxlength: 1000,
    field: 'text',
    schema: answerInput,
    call: (input: z.output<typeof answerInput>) => ticketApi.answer(input),
    done: '已答复',
  },
  {
    name: 'decline',
    title: '答复暂不采纳',
    placeholder: '原因，并感谢业主，业主可见',
    maxlength: 500,
    field: 'reason',
    schema: declineInput,
    call: (input: z.output<typeof declineInput>) => ticketApi.decline(input),
    done: '已答复业主',
  },
];
