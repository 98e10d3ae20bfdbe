// The month's KPIs on hand-checked requests: the aggregate pipeline (run by mingo, the engine of the
// local database) counts them, the formulas compute each KPI from the counts alone.
import { Aggregator } from 'mingo';
import type { FigureSet } from '../../../cloudfunctions/domain/figures/counts';
import { NO_VISITS } from '../../../cloudfunctions/domain/figures/counts';
import { figureFactsOf } from '../../../cloudfunctions/domain/figures/facts';
import { monthKpis } from '../../../cloudfunctions/domain/figures/kpis';
import { monthRange } from '../../../cloudfunctions/domain/figures/month';
import type { AnsweredRow } from '../../../cloudfunctions/domain/figures/pipeline';
import { requestFiguresPipeline, rowsOf } from '../../../cloudfunctions/domain/figures/pipeline';
import { transition } from '../../../cloudfunctions/domain/lifecycle';
import type { ClosedPromise, Ticket } from '../../../cloudfunctions/domain/model';
import { DEFAULT_SETTINGS } from '../../../cloudfunctions/domain/settings';
import { MONDAY_MORNING, aTicket, owner, person } from '../builders';

const NOVEMBER = monthRange('2026-11');
const AS_OF = '2026-12-01T00:10:00.000+08:00';
const guard = person('demo-security');

function figureSet(tickets: Ticket[], asOf = AS_OF): FigureSet {
  const pipeline = requestFiguresPipeline('demo-cuihu', NOVEMBER, asOf, DEFAULT_SETTINGS.unsatisfiedAtOrBelow);
  // stored as the repository stores them: with the facts each request adds to the figures
  const docs = tickets.map(({ id, ...rest }) => ({ _id: id, ...rest, figureFacts: figureFactsOf({ id, ...rest }) }));
  const answered = new Aggregator(pipeline).run(docs) as AnsweredRow[];
  return {
    communityId: 'demo-cuihu',
    month: '2026-11',
    asOf,
    rows: rowsOf(answered),
    visits: NO_VISITS,
    surveys: null,
  };
}

const promise = (outcome: ClosedPromise['outcome'], department: ClosedPromise['department'] = 'engineering') => ({
  step: 'accept' as const,
  department,
  startedAt: '2026-11-22T15:01:00.000+08:00',
  dueAt: '2026-11-22T15:16:00.000+08:00',
  endedAt: '2026-11-22T15:10:00.000+08:00',
  outcome,
});

const rated = (score: number, n: number) => ({
  id: `r${n}`,
  kind: 'rated' as const,
  at: '2026-11-23T10:00:00.000+08:00',
  actor: { openid: 'demo-owner-1', name: '张业主', role: 'owner' as const },
  internal: false,
  rating: score,
});

/** A request resolved and closed with these ratings, one per round, and these promises. */
function aClosedRequest(
  id: string,
  scores: number[],
  promises: ClosedPromise[],
  overrides: Partial<Ticket> = {},
): Ticket {
  const base = aTicket({ id, status: 'closed' });
  const { sla: _running, ...closed } = base;
  return {
    ...closed,
    resolution: { text: '已修好', photos: [], at: '2026-11-23T09:00:00.000+08:00' },
    rating: { score: scores[scores.length - 1], tags: [], at: '2026-11-23T10:00:00.000+08:00' },
    reprocessCount: scores.length - 1,
    promises,
    timeline: [...base.timeline, ...scores.map(rated)],
    ...overrides,
  };
}

describe('the month’s KPIs', () => {
  describe('when nothing was filed in the month', () => {
    const kpis = monthKpis(figureSet([aTicket({ createdAt: '2026-10-31T23:59:59.000+08:00' })]));

    it('counts no request and leaves every share empty rather than zero', () => {
      expect(kpis.requests).toBe(0);
      expect(kpis.timeliness).toEqual({ numerator: 0, denominator: 0, value: null });
      expect(kpis.resolution.value).toBeNull();
      expect(kpis.satisfaction.average).toBeNull();
      expect(kpis.satisfaction.highShare.value).toBeNull();
      expect(kpis.visitCoverage.value).toBeNull();
      expect(kpis.surveyResponse).toBeNull();
      expect(kpis.byChannel).toEqual([]);
      expect(kpis.byDepartment).toEqual([]);
      expect(kpis.byCategory).toEqual([]);
    });
  });

  describe('on four hand-checked requests', () => {
    // a: closed at 5 at once, both steps on time
    // b: sent back once (2), then closed at 4; one step on time, one missed
    // c: a hotline complaint still open, its running promise past due at AS_OF, escalated once
    // d: praise closed by the quality department (no resolution: not in the resolution rate)
    const a = aClosedRequest('a', [5], [promise('hit'), promise('hit')]);
    const b = aClosedRequest('b', [2, 4], [promise('hit'), promise('missed')]);
    const c = aTicket({
      id: 'c',
      category: 'complaint',
      channel: 'hotline',
      status: 'apologised',
      department: 'service',
      timeline: [
        ...aTicket().timeline,
        { ...rated(0, 9), kind: 'escalated', rating: undefined, internal: true, level: 1, escalatedTo: 'dept_head' },
      ],
    });
    const d = aTicket({ id: 'd', category: 'praise', status: 'closed', department: 'quality', sla: undefined });
    const kpis = monthKpis(figureSet([a, b, c, d]));

    it('counts every request filed, by channel', () => {
      expect(kpis.requests).toBe(4);
      expect(kpis.byChannel).toEqual([
        { channel: 'miniprogram', requests: 3 },
        { channel: 'hotline', requests: 1 },
      ]);
    });

    it('counts response timeliness over the steps done, a running step past due as missed', () => {
      // on time: a's 2, b's 1; done: a 2 + b 2 + c's running one = 5
      expect((c.sla?.dueAt ?? '') < AS_OF).toBe(true);
      expect(kpis.timeliness).toEqual({ numerator: 3, denominator: 5, value: 0.6 });
      expect(kpis.promisesMissed).toBe(2);
    });

    it('counts a resolved request closed with a satisfied rating as resolved, praise aside', () => {
      expect(kpis.resolution).toEqual({ numerator: 2, denominator: 2, value: 1 });
    });

    it('averages every round’s rating and counts the share of 4–5 and the requests sent back', () => {
      expect(kpis.satisfaction.average).toBeCloseTo((5 + 2 + 4) / 3);
      expect(kpis.satisfaction.highShare).toEqual({ numerator: 2, denominator: 3, value: 2 / 3 });
      expect(kpis.satisfaction.reprocessRate).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    });

    it('counts each escalation', () => {
      expect(kpis.escalations).toBe(1);
    });

    it('splits the figures by department and category', () => {
      expect(kpis.byDepartment.map((x) => [x.department, x.requests, x.timeliness.value])).toEqual([
        ['engineering', 2, 3 / 4],
        ['quality', 1, null],
        ['service', 1, 0],
      ]);
      expect(kpis.byCategory.map((x) => [x.category, x.requests, x.resolution.value])).toEqual([
        ['repair', 2, 1],
        ['complaint', 1, null],
        ['praise', 1, null],
      ]);
    });

    it('does not count a step still running before its due time', () => {
      const early = monthKpis(figureSet([c], c.createdAt));
      expect(early.timeliness.denominator).toBe(0);
    });
  });

  describe('a request passed on after its promise was missed, then sent back by its owner', () => {
    // Sunday 15:01 filed to engineering (accept within 15 min); Monday 09:00 the service desk passes
    // it to security: engineering's accept was missed and stays missed; security accepts at once and
    // resolves, the owner rates 2; security accepts and resolves it again, the owner rates 5. Each
    // round's accept and resolve are steps: security did 4, all on time.
    const desk = person('demo-receptionist');
    const at = (minutes: number) => new Date(MONDAY_MORNING.getTime() + minutes * 60_000);
    const filed = aTicket({ category: 'other' });
    let t = aTicket({ id: 'moved', category: 'other', sla: filed.sla && { ...filed.sla, department: 'engineering' } });
    const step = (command: Parameters<typeof transition>[1], actor = guard, minutes = 0) => {
      t = transition(t, command, actor, at(minutes)).ticket;
    };
    step({ type: 'transfer', toDepartment: 'security', reason: '属秩序部' }, desk);
    step({ type: 'accept' }, guard, 5);
    step({ type: 'resolve', text: '已处理', photos: [] }, guard, 60);
    step({ type: 'rate', score: 2, tags: [] }, owner(), 70);
    step({ type: 'accept' }, guard, 75);
    step({ type: 'resolve', text: '重新处理', photos: [] }, guard, 90);
    step({ type: 'rate', score: 5, tags: [] }, owner(), 100);
    const kpis = monthKpis(figureSet([t]));

    it('keeps the step missed before the hand-over against the department that owed it', () => {
      expect(t.status).toBe('closed');
      const engineering = kpis.byDepartment.find((x) => x.department === 'engineering');
      expect(engineering?.timeliness).toEqual({ numerator: 0, denominator: 1, value: 0 });
      expect(engineering?.requests).toBe(0);
    });

    it('counts each round’s steps of the department that holds it', () => {
      const security = kpis.byDepartment.find((x) => x.department === 'security');
      expect(security?.timeliness).toEqual({ numerator: 4, denominator: 4, value: 1 });
      expect(security?.requests).toBe(1);
      expect(monthKpis(figureSet([t]), 'security').timeliness.value).toBe(1);
      expect(monthKpis(figureSet([t]), 'engineering').requests).toBe(0);
    });

    it('counts both ratings and the request as reprocessed, and resolved in the end', () => {
      expect(kpis.satisfaction.ratings).toBe(2);
      expect(kpis.satisfaction.average).toBe(3.5);
      expect(kpis.satisfaction.reprocessRate.value).toBe(1);
      expect(kpis.resolution.value).toBe(1);
    });
  });
});
