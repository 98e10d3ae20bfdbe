import { dueInWords, formatSpan, nextStep } from '../../cloudfunctions/domain/next-step';
import { DEFAULT_POLICY, withCell } from '../../cloudfunctions/domain/promise-policy';
import { DEFAULT_SETTINGS } from '../../cloudfunctions/domain/settings';
import { startSla } from '../../cloudfunctions/domain/sla';
import { MONDAY_MORNING, NINE_MINUTES_LATER, aTicket } from './builders';

describe('nextStep', () => {
  describe('when the request waits for the department to accept', () => {
    it('promises a response within 15 minutes, due 15:16 on Sunday', () => {
      expect(nextStep(aTicket(), NINE_MINUTES_LATER)).toEqual({
        label: '工程部受理，承诺15分钟内响应',
        by: 'department',
        dueAt: '2026-11-22T15:16:00.000+08:00',
        dueText: '今天15:16前',
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

  it('asks the owner to rate a resolved request, with no clock; staff read that it waits on the owner', () => {
    expect(nextStep(aTicket({ status: 'resolved' }), MONDAY_MORNING, 'owner')).toEqual({
      label: '处理完成，请您评价',
      by: 'owner',
      overdue: false,
    });
    expect(nextStep(aTicket({ status: 'resolved' }), MONDAY_MORNING, 'staff').label).toBe('处理完成，待业主评价');
  });

  describe('for the owner, the due time in words', () => {
    it('says today and the time', () => {
      expect(nextStep(aTicket(), NINE_MINUTES_LATER, 'owner').label).toBe('工程部受理，承诺今天15:16前响应');
    });

    it('says tomorrow for a 24-hour promise', () => {
      expect(nextStep(aTicket({ status: 'accepted' }), NINE_MINUTES_LATER, 'owner').label).toBe(
        '工程部处理中，承诺明天15:01前处理完成',
      );
    });

    it('says working days, and the date they end, for a plan due days away', () => {
      const settings = {
        ...DEFAULT_SETTINGS,
        promises: withCell(DEFAULT_POLICY, 'repair', 'resolve', { unit: 'working_days', value: 3 }),
      };
      // Friday 2026-11-20 20:30: three working days end on Wednesday 18:00
      const friday = new Date('2026-11-20T20:30:00+08:00');
      const ticket = aTicket({
        status: 'accepted',
        sla: startSla('resolve', aTicket(), '2026-11-20T20:30:00.000+08:00', settings),
      });
      const owner = nextStep(ticket, friday, 'owner');
      expect(owner.dueText).toBe('3个工作日内（11月25日18:00前）');
      expect(owner.label).toBe('工程部处理中，承诺3个工作日内（11月25日18:00前）处理完成');
      expect(nextStep(ticket, friday, 'staff').label).toBe('工程部处理中，承诺3个工作日内处理完成');
      // on Tuesday it is tomorrow
      expect(nextStep(ticket, new Date('2026-11-24T09:00:00+08:00'), 'owner').dueText).toBe('明天18:00前');
    });

    it.each([
      ['2026-11-22T23:59:00.000+08:00', '今天23:59前'],
      ['2026-11-23T00:00:00.000+08:00', '明天00:00前'],
      ['2026-11-24T12:00:00.000+08:00', '后天12:00前'],
      ['2026-12-03T09:30:00.000+08:00', '12月3日09:30前'],
    ])('writes %s as %s, seen on Sunday afternoon', (due, words) => {
      expect(dueInWords(due, NINE_MINUTES_LATER)).toBe(words);
    });
  });

  it('stays overdue once a promise was missed, and shows staff the escalation', () => {
    const ticket = aTicket({
      status: 'accepted',
      missedAt: '2026-11-22T15:16:00.000+08:00',
      escalation: { level: 1, to: 'dept_head', at: '2026-11-22T15:16:00.000+08:00', reason: 'overdue', step: 'accept' },
    });
    expect(nextStep(ticket, NINE_MINUTES_LATER, 'staff')).toMatchObject({ overdue: true, escalated: 1 });
    expect(nextStep(ticket, NINE_MINUTES_LATER, 'owner')).not.toHaveProperty('escalated');
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
