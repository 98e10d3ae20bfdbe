import type { TicketView } from '../../domain/api';
import { assertAtDesk } from '../../domain/desk-intake';
import { invalidInput, notFound } from '../../domain/errors';
import { AUDIENCES } from '../../domain/roles';
import { answerRequestId } from '../../domain/surveys/ids';
import { toRequestInput } from '../../domain/surveys/schemas';
import { assertSurveyScope } from '../../domain/surveys/access';
import { toIso } from '../../domain/time';
import { defineAction } from '../../server/action';
import { createOnBehalf } from '../../ticket/actions/create-on-behalf';

const DESCRIPTION_CHARS = 480;

/**
 * 转为工单: the service desk turns an answer that raised a problem into a request on the owner's
 * behalf, with the answer's words, through ticket.createOnBehalf (its clientRequestId derived from
 * the answer, so a second tap, even at the same moment, finds the same request). The answer
 * remembers the request. Requests: the answer, then createOnBehalf's, then the answer's mark.
 */
export const toRequest = defineAction({
  schema: toRequestInput,
  roles: AUDIENCES.handlers,
  async run(input, context): Promise<TicketView> {
    const { caller, now, repos } = context;
    assertAtDesk(caller);
    const answer = await repos.surveys.answer(input.answerId);
    if (!answer) throw notFound('答卷不存在');
    assertSurveyScope(caller, answer.communityId);
    if (!answer.problem) throw invalidInput('这份答卷没有反映问题', 'answerId');
    const contactPhone = input.contactPhone ?? answer.contactPhone;
    if (!contactPhone) throw invalidInput('该业主未留手机号，请填写联系电话', 'contactPhone');
    const text = `【问卷反映】${answer.problem.text}`;
    const ticket = (await createOnBehalf.run(
      {
        clientRequestId: answerRequestId(answer.id),
        category: input.category ?? (answer.problem.lowRated ? 'complaint' : 'suggestion'),
        description: text.length > DESCRIPTION_CHARS ? `${text.slice(0, DESCRIPTION_CHARS)}…` : text,
        photos: [],
        location: { kind: 'unit', unitId: answer.unitId },
        urgency: 'normal',
        contactPhone,
        channel: 'suggestion_box',
        person: { kind: 'owner', openid: answer.openid },
      },
      context,
    )) as TicketView;
    if (!answer.ticket)
      await repos.surveys.markRequest(answer.id, {
        id: ticket.id,
        number: ticket.number,
        at: toIso(now),
        by: caller.openid,
      });
    return ticket;
  },
});
