// 报表 through the local runtime: the month's figures from one aggregate per figure set, kept as a
// snapshot once the month is closed (and never changed after), the 12-month trend, the requests
// behind a figure, who may read what; and the monthly complaint summary made by the timer, kept in
// storage, opened again with exceljs, and announced to the manager once.
import ExcelJS from 'exceljs';
import type { Page, TicketSummaryView } from '../../cloudfunctions/domain/api';
import type { MonthKpis } from '../../cloudfunctions/domain/figures/kpis';
import type { ClosedPromise, Ticket } from '../../cloudfunctions/domain/model';
import { wxCloud } from '../../cloudfunctions/server/cloud';
import { createRepositories } from '../../cloudfunctions/server/repositories';
import type { Repositories } from '../../cloudfunctions/server/repositories/types';
import { aTicket } from '../domain/builders';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';

let c: FunctionsCloud;
let repos: Repositories;

const MANAGER = 'demo-manager';
const HEAD = 'demo-engineering-head';

interface FiguresAnswer {
  communityId: string;
  department?: string;
  month: string;
  kept: boolean;
  empty: boolean;
  kpis: MonthKpis;
}

const at = (day: string, time = '10:00') => `${day}T${time}:00.000+08:00`;

const promise = (outcome: ClosedPromise['outcome'], department: ClosedPromise['department']): ClosedPromise => ({
  step: 'accept',
  department,
  startedAt: at('2026-11-05'),
  dueAt: at('2026-11-05', '10:15'),
  endedAt: at('2026-11-05', '10:10'),
  outcome,
});

/** A request of November 2026, filed on `day`, in whatever state the overrides give it. */
function aRequest(n: number, day: string, overrides: Partial<Ticket> = {}): Ticket {
  const { sla: _sla, ...base } = aTicket();
  return {
    ...base,
    id: `fig-${n}`,
    number: `ED${day.replace(/-/g, '')}-${String(n).padStart(4, '0')}`,
    clientRequestId: `fig-${n}`,
    createdAt: at(day),
    updatedAt: at(day),
    status: 'closed',
    promises: [],
    ...overrides,
  };
}

const rated = (score: number) => ({
  id: `r${score}`,
  kind: 'rated' as const,
  at: at('2026-11-06'),
  actor: { openid: 'demo-owner-1', name: '张业主', role: 'owner' as const },
  internal: false,
  rating: score,
});

function closedWith(score: number, promises: ClosedPromise[]): Partial<Ticket> {
  return {
    resolution: { text: '已处理', photos: [], at: at('2026-11-06') },
    rating: { score, tags: [], at: at('2026-11-06') },
    promises,
    timeline: [...aTicket().timeline, rated(score)],
  };
}

const NOVEMBER = [
  // engineering: two on-time steps, rated 5
  aRequest(1, '2026-11-03', closedWith(5, [promise('hit', 'engineering'), promise('hit', 'engineering')])),
  // passed from engineering (missed) to security (on time), rated 4, by hotline
  aRequest(2, '2026-11-04', {
    ...closedWith(4, [promise('missed', 'engineering'), promise('hit', 'security')]),
    department: 'security',
    channel: 'hotline',
  }),
  // a complaint rated 2 and sent back: still open at engineering
  aRequest(3, '2026-11-10', {
    category: 'complaint',
    status: 'reopened',
    reprocessCount: 1,
    promises: [promise('hit', 'engineering')],
    timeline: [...aTicket().timeline, rated(2)],
  }),
];

async function figures(openid: string, payload: object = {}) {
  return c.ok<FiguresAnswer>('report', { action: 'figures', month: '2026-11', ...payload }, openid);
}

beforeAll(async () => {
  c = await startFunctionsCloud();
  // the workbook's temporary link is served by the gateway
  await c.cloud.listen(0);
  repos = createRepositories(wxCloud().database());
  c.setClock('2026-11-25T09:00:00+08:00');
  await repos.tickets.importHistory([
    ...NOVEMBER,
    aRequest(9, '2026-10-30', closedWith(1, [promise('missed', 'engineering')])), // October: not counted
  ]);
});
afterAll(() => c.close());

describe('the month’s figures', () => {
  it('counts the community’s requests of the month for its manager', async () => {
    const answer = await figures(MANAGER);
    expect(answer).toMatchObject({ communityId: 'demo-cuihu', month: '2026-11', kept: false, empty: false });
    const k = answer.kpis;
    expect(k.requests).toBe(3);
    expect(k.timeliness).toEqual({ numerator: 4, denominator: 5, value: 0.8 });
    expect(k.resolution).toEqual({ numerator: 2, denominator: 2, value: 1 });
    expect(k.satisfaction.average).toBeCloseTo(11 / 3);
    expect(k.satisfaction.reprocessRate).toEqual({ numerator: 1, denominator: 3, value: 1 / 3 });
    expect(k.byChannel).toEqual([
      { channel: 'miniprogram', requests: 2 },
      { channel: 'hotline', requests: 1 },
    ]);
    expect(k.byCategory.map((x) => [x.category, x.requests])).toEqual([
      ['repair', 2],
      ['complaint', 1],
    ]);
  });

  it('gives a department head their department’s figures only, the steps it owed included', async () => {
    const answer = await figures(HEAD);
    expect(answer.department).toBe('engineering');
    expect(answer.kpis.requests).toBe(2);
    // engineering owed 4 steps: 3 on time, 1 missed before it passed request 2 on
    expect(answer.kpis.timeliness).toEqual({ numerator: 3, denominator: 4, value: 0.75 });
    expect(await c.call('report', { action: 'figures', department: 'security' }, HEAD)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('refuses owners and staff, another community, and a bad month', async () => {
    for (const openid of ['demo-owner-1', 'demo-engineering', 'demo-receptionist'])
      expect(await c.call('report', { action: 'figures' }, openid)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    expect(await c.call('report', { action: 'figures', communityId: 'elsewhere' }, MANAGER)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await c.call('report', { action: 'figures', month: '2026-13' }, MANAGER)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'month' },
    });
  });

  it('reads the survey response of the month: units that answered over units the surveys reached', async () => {
    expect((await figures(MANAGER)).kpis.surveyResponse).toBeNull();
    const draft = await c.ok<{ id: string }>(
      'survey',
      { action: 'create', communityId: 'demo-cuihu', template: 'satisfaction' },
      'demo-admin',
    );
    const opened = await c.ok<{ reached: number }>('survey', { action: 'open', surveyId: draft.id }, 'demo-admin');
    expect(opened.reached).toBeGreaterThan(1);
    const ratings = ['overall', 'desk', 'repair', 'security', 'cleaning', 'greening'].map((q) => ({
      q,
      picks: ['4'],
    }));
    await c.ok('survey', { action: 'answer', surveyId: draft.id, answers: ratings }, 'demo-owner-1');
    expect((await figures(MANAGER)).kpis.surveyResponse).toEqual({
      numerator: 1,
      denominator: opened.reached,
      value: 1 / opened.reached,
    });
  });

  it('says an empty month is empty', async () => {
    const answer = await figures(MANAGER, { month: '2026-12' });
    expect(answer.empty).toBe(true);
    expect(answer.kpis.timeliness.value).toBeNull();
  });

  it('lists the requests behind a figure, a page at a time', async () => {
    const missed = await c.ok<Page<TicketSummaryView> & { title: string }>(
      'report',
      { action: 'requestsBehind', month: '2026-11', figure: 'missed' },
      MANAGER,
    );
    expect(missed.items.map((t) => t.id)).toEqual(['fig-2']);
    const first = await c.ok<Page<TicketSummaryView>>(
      'report',
      { action: 'requestsBehind', month: '2026-11', figure: 'requests', limit: 2 },
      MANAGER,
    );
    expect(first.items.map((t) => t.id)).toEqual(['fig-3', 'fig-2']);
    const second = await c.ok<Page<TicketSummaryView>>(
      'report',
      { action: 'requestsBehind', month: '2026-11', figure: 'requests', limit: 2, cursor: first.nextCursor },
      MANAGER,
    );
    expect(second.items.map((t) => t.id)).toEqual(['fig-1']);
    expect(second.nextCursor).toBeUndefined();
    const hotline = await c.ok<Page<TicketSummaryView>>(
      'report',
      { action: 'requestsBehind', month: '2026-11', figure: 'channel:hotline' },
      MANAGER,
    );
    expect(hotline.items.map((t) => t.id)).toEqual(['fig-2']);
    expect(
      await c.call('report', { action: 'requestsBehind', month: '2026-11', figure: 'channel:fax' }, MANAGER),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'figure' } });
  });
});

describe('a closed month', () => {
  it('is kept once and never changes behind the manager’s back', async () => {
    c.setClock('2026-12-02T09:00:00+08:00');
    const first = await figures(MANAGER);
    expect(first.kept).toBe(false);
    expect((await c.documents('figure_snapshots')).map((d) => d._id)).toContain('demo-cuihu:2026-11');
    // a request written into November afterwards (an import) does not move the kept figures
    await repos.tickets.importHistory([aRequest(4, '2026-11-20', closedWith(1, [promise('missed', 'engineering')]))]);
    const again = await figures(MANAGER);
    expect(again.kept).toBe(true);
    expect(again.kpis).toEqual(first.kpis);
  });

  it('feeds the 12-month trend, the running month counted now', async () => {
    const trend = await c.ok<{ months: Array<{ month: string; requests: number; timeliness: number | null }> }>(
      'report',
      { action: 'trend', month: '2026-12' },
      MANAGER,
    );
    expect(trend.months.map((m) => m.month)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(trend.months[10]).toMatchObject({ requests: 3, timeliness: 0.8 });
    expect(trend.months[9]).toMatchObject({ requests: 1, timeliness: 0 });
    const kept = (await c.documents('figure_snapshots')).map((d) => d._id);
    expect(kept).toContain('demo-cuihu:2026-01');
    expect(kept).not.toContain('demo-cuihu:2026-12');
  });
});

describe('the monthly complaint summary', () => {
  const complaint = (n: number, day: string, overrides: Partial<Ticket>) =>
    aRequest(n, day, { category: 'complaint', channel: 'visit', ...overrides });

  beforeAll(async () => {
    // the period of December 2026 closes on the 20th: 2026-11-21 … 2026-12-20
    await repos.tickets.importHistory([
      complaint(21, '2026-11-21', { ...closedWith(5, [promise('hit', 'engineering')]), description: '电梯噪音大' }),
      complaint(22, '2026-11-28', {
        ...closedWith(2, [promise('missed', 'environment')]),
        department: 'environment',
        description: '电梯 噪音大！',
        correctiveReport: { text: '更换电梯导轨并加强巡检', at: at('2026-11-30'), by: '钱主管' },
        flags: { major: true },
      }),
      complaint(23, '2026-12-15', {
        status: 'plan_review',
        description: '楼下装修太吵',
        location: { kind: 'unit', text: '1栋1单元101' },
      }),
      complaint(24, '2026-12-21', { description: '下一期的投诉' }),
    ]);
  });

  it('is made by the timer after the closing day, kept in storage and announced to the manager once', async () => {
    // before the 20th has ended, the latest closed period is November's (10-21 … 11-20)
    c.setClock('2026-12-20T23:00:00+08:00');
    await c.cloud.runTimer('timer');
    expect((await c.documents('complaint_summaries')).map((d) => d._id)).toEqual(['demo-cuihu:2026-11']);

    c.setClock('2026-12-21T00:05:00+08:00');
    const run = (await c.cloud.runTimer('timer')) as { data: { figures: Record<string, number> } };
    expect(run.data.figures).toMatchObject({ summaries: 1 });
    await c.cloud.runTimer('timer');
    const messages = (await c.documents('messages')).filter((m) => m.kind === 'COMPLAINT_SUMMARY');
    expect(messages.map((m) => m._id)).toEqual(['summary-demo-cuihu-2026-11', 'summary-demo-cuihu-2026-12']);
    expect(messages[1]).toMatchObject({
      audience: 'role:demo-cuihu:manager',
      title: expect.stringContaining('投诉情况月汇总表'),
    });
    const inbox = await c.ok<Page<{ title: string; link?: string }>>('message', { action: 'list' }, MANAGER);
    expect(inbox.items[0].link).toContain('summary=2026-12');
  });

  it('opens again as a workbook with a sheet per section and the right counts', async () => {
    const answer = await c.ok<{ record: { url: string; totals: Record<string, number> } }>(
      'report',
      { action: 'summary', period: '2026-12' },
      MANAGER,
    );
    expect(answer.record.totals).toEqual({
      complaints: 3,
      onTime: 2,
      satisfied: 1,
      open: 1,
      repeated: 3,
      corrective: 1,
    });
    const response = await fetch(answer.record.url);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '汇总',
      '按类别',
      '按部门',
      '按渠道',
      '投诉明细',
      '重复投诉',
      '未结投诉',
      '纠正措施',
    ]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).font).toMatchObject({ bold: true });
    }
    const overview = workbook.getWorksheet('汇总')!;
    expect(overview.getCell('A2').value).toBe('小区');
    expect(overview.getCell('B3').value).toBe('2026年11月21日至2026年12月20日');
    expect(overview.getCell('B4').value).toBe(3);
    const byDepartment = workbook.getWorksheet('按部门')!;
    expect(byDepartment.getRow(1).values).toEqual([
      undefined,
      '部门',
      '投诉数',
      '按时处理',
      '未按时处理',
      '满意',
      '满意率',
    ]);
    expect(byDepartment.getRow(2).values).toEqual([undefined, '工程部', 2, 2, 0, 1, 0.5]);
    expect(byDepartment.getRow(3).values).toEqual([undefined, '环境部', 1, 0, 1, 0, 0]);
    const lines = workbook.getWorksheet('投诉明细')!;
    expect(lines.rowCount).toBe(4);
    const repeats = workbook.getWorksheet('重复投诉')!;
    expect(repeats.getRow(2).getCell(1).value).toBe('同一房屋');
    expect(repeats.getRow(3).values).toEqual([
      undefined,
      '同一问题',
      '电梯噪音大',
      2,
      'ED20261121-0021、ED20261128-0022',
    ]);
    expect(workbook.getWorksheet('未结投诉')!.getCell('A2').value).toBe('ED20261215-0023');
    expect(workbook.getWorksheet('纠正措施')!.getCell('C2').value).toBe('更换电梯导轨并加强巡检');
    expect(workbook.getWorksheet('按类别')!.getColumn(1).values).toEqual([undefined, '类别', '一般投诉', '重大投诉']);
  });

  it('is made on demand for any period, by the manager only', async () => {
    const made = await c.ok<{ period: { key: string }; totals: { complaints: number } }>(
      'report',
      { action: 'makeSummary', period: '2026-11' },
      MANAGER,
    );
    expect(made.period.key).toBe('2026-11');
    expect(made.totals.complaints).toBe(1);
    expect(await c.call('report', { action: 'makeSummary' }, HEAD)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
