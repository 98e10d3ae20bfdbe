import { searchFieldsOf, searchableText, wordsPattern } from '../../cloudfunctions/domain/archive-search';
import { creditsOf } from '../../cloudfunctions/domain/credits';
import { closeLedger, ledgerBlockers } from '../../cloudfunctions/domain/ledger';
import type { Actor, TimelineEntry } from '../../cloudfunctions/domain/model';
import { aTicket } from './builders';
import { errorCodeOf } from './expect-error';

const engineer = { openid: 'eng-1', name: '赵师傅', role: 'staff', department: 'engineering' } as const;
const head = { openid: 'head-1', name: '钱主管', role: 'dept_head', department: 'engineering' } as const;
const owner = { openid: 'owner-1', name: '张业主', role: 'owner' } as const;
const entry = (id: number, kind: TimelineEntry['kind'], actor: TimelineEntry['actor'], extra = {}): TimelineEntry => ({
  id: `e${id}`,
  kind,
  at: `2026-11-2${id % 10}T10:00:00.000+08:00`,
  actor,
  internal: false,
  ...extra,
});

describe('searchFieldsOf', () => {
  it('keeps the phone’s digits and the text folded for comparing', () => {
    const fields = searchFieldsOf({
      contactPhone: '0571-88886666',
      description: 'Ａ座 电梯  停了',
      location: { kind: 'common_area', text: '东门' },
    });
    expect(fields).toEqual({ searchPhone: '057188886666', searchText: 'a座电梯停了东门' });
  });

  it('makes words a literal pattern', () => {
    expect(new RegExp(wordsPattern('a.b (c)')).test(searchableText('xa.b(c)y'))).toBe(true);
    expect(new RegExp(wordsPattern('a.b')).test('axb')).toBe(false);
  });
});

describe('creditsOf', () => {
  describe('when a repair went back once and a transfer followed the second resolve', () => {
    const ticket = aTicket({
      timeline: [
        entry(1, 'created', owner),
        entry(2, 'resolved', engineer),
        entry(3, 'rated', owner, { rating: 2 }),
        entry(4, 'reopened', owner),
        entry(5, 'resolved', head),
        entry(6, 'transferred', head, { toDepartment: 'quality' }),
        entry(7, 'rated', owner, { rating: 5 }),
      ],
    });

    it('credits each rating to whoever resolved the round it rated', () => {
      expect(creditsOf(ticket).map((c) => [c.staffOpenid, c.score, c.round, c.id])).toEqual([
        ['eng-1', 2, 1, `${ticket.id}_e3`],
        ['head-1', 5, 2, `${ticket.id}_e7`],
      ]);
    });
  });

  it('credits praise to the staff member it was credited to', () => {
    const ticket = aTicket({
      category: 'praise',
      creditedTo: { openid: 'eng-1', name: '赵师傅' },
      timeline: [entry(1, 'created', owner), entry(2, 'credited', { ...head, role: 'staff' })],
    });
    expect(creditsOf(ticket)).toEqual([expect.objectContaining({ kind: 'praise', staffOpenid: 'eng-1' })]);
  });
});

describe('closing the ledger', () => {
  const desk: Actor = { openid: 'desk-1', name: '王客服', roles: ['receptionist'], communityIds: ['c1'] };
  const done = { openVisits: 0, pendingEffects: false };

  it('names every step still open, in order', () => {
    const open = aTicket({
      status: 'accepted',
      supervision: { note: '尽快', by: '陈经理', byRole: 'manager', at: '2026-11-20T10:00:00.000+08:00' },
    });
    expect(ledgerBlockers(open, { openVisits: 1, pendingEffects: true }).map((b) => b.code)).toEqual([
      'LEDGER_NOT_FINISHED',
      'LEDGER_VISIT_OPEN',
      'LEDGER_SUPERVISION_OPEN',
      'LEDGER_EFFECTS_PENDING',
    ]);
  });

  it('refuses with the first one’s code', () => {
    expect(errorCodeOf(() => closeLedger(aTicket({ status: 'closed' }), { ...done, openVisits: 1 }, desk, 'x'))).toBe(
      'LEDGER_VISIT_OPEN',
    );
  });

  it('archives a finished request once, with an internal timeline entry', () => {
    const closed = aTicket({ status: 'closed' });
    const archived = closeLedger(closed, done, desk, '2026-11-22T10:00:00.000+08:00');
    expect(archived).toMatchObject({ archivedAt: '2026-11-22T10:00:00.000+08:00', version: closed.version + 1 });
    expect(archived.timeline.at(-1)).toMatchObject({ kind: 'archived', internal: true });
    expect(errorCodeOf(() => closeLedger(archived, done, desk, 'y'))).toBe('ILLEGAL_TRANSITION');
  });
});
