import { formatSpan, nextStep } from '../../cloudfunctions/domain/next-step';
import { MONDAY_MORNING, NINE_MINUTES_LATER, aTicket } from './builders';

describe('nextStep', () => {
  describe('when the request waits for the department to accept', () => {
    it('promises a response within 15 minutes, due 15:16 on Sunday', () => {
      expect(nextStep(aTicket(), NINE_MINUTES_LATER)).toEqual({
        label: '工程部受理，承诺15分钟内响应',
        by: 'department',
        dueAt: '2026-11-22T15:16:00.000+08:00',
        overdue: false,
      });
    });

    it('is not overdue at the very due time, and is a millisecond after it', () => {
      const due = new Date('2026-11-22T15:16:00+08:00');
      expect(nextStep(aTicket(), due).overdue).toBe(false);
      expect(nextStep(aTicket(), new Date(due.getTime() + 1)).overdue).toBe(true);
    });

    it('is overdue on Monday morning', () => {
      expect(nextStep(aTicket(), MONDAY_MORNING).overdue).toBe(true);
    });
  });

  it('promises a result within 24 hours once accepted', () => {
    expect(nextStep(aTicket({ status: 'accepted' }), NINE_MINUTES_LATER).label).toBe(
      '工程部处理中，承诺24小时内处理完成',
    );
  });

  it('says the department reprocesses a request sent back', () => {
    expect(nextStep(aTicket({ status: 'reopened' }), NINE_MINUTES_LATER).label).toBe(
      '工程部重新处理，承诺15分钟内响应',
    );
  });

  it('asks the owner to rate a resolved request, with no clock', () => {
    expect(nextStep(aTicket({ status: 'resolved' }), MONDAY_MORNING)).toEqual({
      label: '处理完成，请您评价',
      by: 'owner',
      overdue: false,
    });
  });

  it('has nothing next for a closed request', () => {
    expect(nextStep(aTicket({ status: 'closed' }), MONDAY_MORNING)).toEqual({
      label: '已完成',
      by: 'none',
      overdue: false,
    });
  });
});

describe('formatSpan', () => {
  it.each([
    [5, '5分钟'],
    [60, '1小时'],
    [90, '1小时30分钟'],
    [1440, '24小时'],
  ])('writes %i minutes as %s', (minutes, text) => {
    expect(formatSpan(minutes)).toBe(text);
  });
});
