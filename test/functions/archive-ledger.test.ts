// The archive's pages and files through the local runtime: an owner's and a unit's history,
// closing the ledger (refused while a step is open, with the code naming it), the Excel export
// opened again with exceljs, the printed request read back as text, credits, and the migration.
import ExcelJS from 'exceljs';
import type { ApiResult, Page, TicketView, InboxPage } from '../../cloudfunctions/domain/api';
import type {
  ArchiveFileView,
  ArchiveItemView,
  OwnerHistoryView,
  StaffCreditsView,
  UnitHistoryView,
} from '../../cloudfunctions/domain/archive-views';
import type { AccessLogEntry } from '../../cloudfunctions/domain/access-log';
import type { VisitTaskView } from '../../cloudfunctions/domain/visits';
import { wxCloud } from '../../cloudfunctions/server/cloud';
import { startFunctionsCloud } from '../support/functions-cloud';
import { pdfText } from '../support/pdf-text';
import type { FunctionsCloud } from '../support/functions-cloud';
import { aRepairRequest, newClientRequestId } from '../support/requests';
import { aClosedComplaint } from './support/flows';

let c: FunctionsCloud;
const DESK = 'demo-receptionist';
const OWNER = 'demo-owner-1';
const ENGINEER = 'demo-engineering';

const act = (action: string, ticketId: string, openid: string, payload: object = {}) =>
  c.ok<TicketView>('ticket', { action, ticketId, ...payload }, openid);
const archive = <T>(action: string, payload: object, openid = DESK) =>
  c.call<T>('archive', { action, ...payload }, openid);
const refusal = async (answer: Promise<ApiResult<unknown>>) => {
  const result = await answer;
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
};

/** The exports of personal data in the access log, newest first, as an administrator reads them. */
const exportsLogged = () =>
  c.ok<Page<AccessLogEntry>>('records', { action: 'listAccess', kind: 'export', limit: 5 }, 'demo-admin');

/** A repair filed, accepted, resolved by `resolver` and rated `score`. */
async function aRatedRepair(description: string, score: number, resolver = ENGINEER): Promise<TicketView> {
  const { id } = await c.ok<TicketView>('ticket', aRepairRequest({ description, photos: [] }), OWNER);
  await act('accept', id, resolver);
  await act('resolve', id, resolver, { text: '已更换阀芯，试水正常' });
  return act('rate', id, OWNER, { score, tags: [] });
}

beforeAll(async () => {
  c = await startFunctionsCloud();
  await c.cloud.listen(0); // files are fetched through their temporary links
  c.setClock('2026-11-16T09:00:00+08:00'); // Monday
});
afterAll(() => c.close());

describe('history', () => {
  let byPhone = '';
  let callers = '';

  beforeAll(async () => {
    await c.ok('ticket', aRepairRequest({ photos: [] }), OWNER);
    // the desk records owner 1's call, and a stranger's visit about 1栋1单元102
    byPhone = (
      await c.ok<TicketView>(
        'ticket',
        {
          ...aRepairRequest({ photos: [], description: '客厅插座没电' }),
          action: 'createOnBehalf',
          channel: 'hotline',
          person: { kind: 'owner', openid: OWNER },
        },
        DESK,
      )
    ).number;
    callers = (
      await c.ok<TicketView>(
        'ticket',
        {
          action: 'createOnBehalf',
          clientRequestId: newClientRequestId(),
          category: 'consultation',
          channel: 'visit',
          urgency: 'normal',
          description: '想问这套房子的物业费怎么交',
          photos: [],
          location: { kind: 'unit', unitId: 'demo-unit-1-1-102' },
          contactPhone: '13700000102',
          person: { kind: 'caller', name: '看房人', communityId: 'demo-cuihu' },
        },
        DESK,
      )
    ).number;
  });

  it('shows an owner, their homes and their requests from every channel', async () => {
    const answer = await archive<OwnerHistoryView>('ownerHistory', { openid: OWNER });
    if (!answer.ok) throw new Error(JSON.stringify(answer.error));
    expect(answer.data.owner).toMatchObject({ name: '张业主', homes: [{ label: '1栋1单元101' }] });
    expect(answer.data.requests.items[0]).toMatchObject({ number: byPhone, channel: 'hotline' });
    expect(answer.data.requests.items.map((i) => i.channel)).toEqual(['hotline', 'miniprogram']);
  });

  it('shows a unit and every request about it, whoever filed it', async () => {
    const answer = await archive<UnitHistoryView>('unitHistory', { unitId: 'demo-unit-1-1-102' });
    if (!answer.ok) throw new Error(JSON.stringify(answer.error));
    expect(answer.data.unit).toEqual({
      id: 'demo-unit-1-1-102',
      label: '1栋1单元102',
      communityId: 'demo-cuihu',
      communityName: '翠湖花园',
    });
    expect(answer.data.requests.items.map((i) => [i.number, i.ownerName])).toEqual([[callers, '看房人']]);
  });

  it('keeps the history pages from owners, department staff and unknown people', async () => {
    expect(await refusal(archive('ownerHistory', { openid: OWNER }, 'demo-owner-2'))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await refusal(archive('unitHistory', { unitId: 'demo-unit-1-1-102' }, ENGINEER))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await refusal(archive('ownerHistory', { openid: 'nobody-at-all' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refusal(archive('unitHistory', { unitId: 'no-such-unit' }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('closing the ledger', () => {
  let complaint: TicketView;

  beforeAll(async () => {
    complaint = await aClosedComplaint(c, OWNER, '地下车库积水没人处理');
  });

  it('is refused for a request still open, naming it', async () => {
    const { id } = await c.ok<TicketView>('ticket', aRepairRequest({ photos: [] }), OWNER);
    expect(await refusal(archive('closeLedger', { ticketId: id }))).toMatchObject({ code: 'LEDGER_NOT_FINISHED' });
  });

  it('is refused while the closed complaint’s return visit is open', async () => {
    expect(await refusal(archive('closeLedger', { ticketId: complaint.id }))).toMatchObject({
      code: 'LEDGER_VISIT_OPEN',
      message: expect.stringContaining('回访尚未完成'),
    });
  });

  it('is refused to staff who are not the service desk or the manager', async () => {
    expect(await refusal(archive('closeLedger', { ticketId: complaint.id }, 'demo-engineering-head'))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await refusal(archive('closeLedger', { ticketId: complaint.id }, OWNER))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('archives it once the visit is done: out of the done list, still in the archive', async () => {
    const visits = await c.ok<Page<VisitTaskView>>('ticket', { action: 'listVisits', view: 'open' }, DESK);
    const visit = visits.items.find((v) => v.ticketId === complaint.id);
    if (!visit) throw new Error('no return visit planned');
    await c.ok('ticket', { action: 'recordVisit', visitId: visit.id, reached: true, satisfied: true }, DESK);

    const archived = await c.ok<TicketView>('archive', { action: 'closeLedger', ticketId: complaint.id }, DESK);
    expect(archived.timeline.at(-1)).toMatchObject({ kind: 'archived', actorName: '王客服' });
    const done = await c.ok<InboxPage>('ticket', { action: 'listInbox', view: 'done', limit: 50 }, DESK);
    expect(done.items.map((i) => i.id)).not.toContain(complaint.id);
    const found = await c.ok<Page<ArchiveItemView>>('archive', { action: 'search', number: complaint.number }, DESK);
    expect(found.items).toEqual([expect.objectContaining({ id: complaint.id, archived: true })]);
    expect(await refusal(archive('closeLedger', { ticketId: complaint.id }))).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
    });
  });

  it('is refused while an effect of the request waits in its outbox', async () => {
    const withdrawn = await c.ok<TicketView>('ticket', aRepairRequest({ photos: [] }), OWNER);
    await act('withdraw', withdrawn.id, OWNER, { reason: '自己修好了' });
    await wxCloud()
      .database()
      .collection('tickets')
      .doc(withdrawn.id)
      .update({ data: { pendingEffectsAt: '2026-11-16T09:00:00.000+08:00' } });
    expect(await refusal(archive('closeLedger', { ticketId: withdrawn.id }, 'demo-manager'))).toMatchObject({
      code: 'LEDGER_EFFECTS_PENDING',
    });
  });
});

describe('the export', () => {
  it('writes one row per request with its full text, under Chinese headings', async () => {
    const long = `${'电梯按钮失灵，'.repeat(12)}请尽快维修`;
    const { number } = await c.ok<TicketView>('ticket', aRepairRequest({ photos: [], description: long }), OWNER);
    const answer = await c.ok<ArchiveFileView>(
      'archive',
      { action: 'exportSearch', ownerOpenid: OWNER, from: '2026-11-16', to: '2026-11-16' },
      DESK,
    );
    const all = await c.ok<Page<ArchiveItemView>>(
      'archive',
      { action: 'search', ownerOpenid: OWNER, from: '2026-11-16', to: '2026-11-16', limit: 50 },
      DESK,
    );
    expect(answer.rows).toBe(all.items.length);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await fetch(answer.url)).arrayBuffer());
    const sheet = workbook.getWorksheet('诉求台账');
    if (!sheet) throw new Error('no sheet');
    const headings = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headings).toEqual(
      expect.arrayContaining(['编号', '登记时间', '渠道', '类别', '状态', '诉求内容', '处理经过']),
    );
    expect(sheet.rowCount).toBe(all.items.length + 1);
    const column = (heading: string) => headings.indexOf(heading) + 1;
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2));
    expect(rows.map((r) => r.getCell(column('编号')).value)).toEqual(all.items.map((i) => i.number));
    const row = rows.find((r) => r.getCell(column('编号')).value === number);
    expect(row?.getCell(column('诉求内容')).value).toBe(long);
    expect(row?.getCell(column('联系电话')).value).toBe('138****5678');
    const [logged] = (await exportsLogged()).items;
    expect(logged).toMatchObject({ kind: 'export', actor: { openid: DESK }, subject: answer.fileName });
    expect([...logged.ticketNumbers].sort()).toEqual(all.items.map((i) => i.number).sort());
  });

  it('refuses an export without a community for company-wide roles', async () => {
    expect(await refusal(archive('exportSearch', {}, 'demo-leadership'))).toMatchObject({ field: 'communityId' });
  });
});

describe('the printed request', () => {
  it('is a PDF with its details and timeline in Chinese', async () => {
    const rated = await aRatedRepair('卫生间地漏返味严重', 5);
    const answer = await c.ok<ArchiveFileView>('archive', { action: 'printTicket', ticketId: rated.id }, DESK);
    expect(answer.fileName).toBe(`诉求记录-${rated.number}.pdf`);
    const bytes = new Uint8Array(await (await fetch(answer.url)).arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const flat = pdfText(bytes).replace(/\s+/g, '');
    for (const expected of [
      rated.number,
      '卫生间地漏返味严重',
      '处理经过',
      '受理了诉求',
      '已更换阀芯，试水正常',
      '5星',
    ])
      expect(flat).toContain(expected.replace(/\s+/g, ''));
    expect(await refusal(archive('printTicket', { ticketId: rated.id }, OWNER))).toMatchObject({ code: 'FORBIDDEN' });
    const [logged] = (await exportsLogged()).items;
    expect(logged).toMatchObject({ kind: 'export', ticketNumbers: [rated.number], subject: answer.fileName });
  });
});

describe('credits', () => {
  it('credits each rating to whoever resolved the round it rated, and praise to the person named', async () => {
    // round 1 resolved by the engineer, rated 1 (redo); round 2 resolved by the head, rated 5
    const { id } = await c.ok<TicketView>(
      'ticket',
      aRepairRequest({ photos: [], description: '阳台一下雨就漏水' }),
      OWNER,
    );
    await act('accept', id, ENGINEER);
    await act('resolve', id, ENGINEER, { text: '已打胶' });
    await act('rate', id, OWNER, { score: 1, tags: [] });
    await act('resolve', id, 'demo-engineering-head', { text: '重新做了防水' });
    await act('rate', id, OWNER, { score: 5, tags: [] });
    const praise = await c.ok<TicketView>(
      'ticket',
      aRepairRequest({ category: 'praise', photos: [], description: '赵师傅修水管又快又好' }),
      OWNER,
    );
    await act('credit', praise.id, 'demo-quality', { staffOpenid: ENGINEER });

    const engineer = await c.ok<StaffCreditsView>('archive', { action: 'staffCredits' }, ENGINEER);
    const mine = engineer.credits.items.filter((i) => i.ticketId === id || i.ticketId === praise.id);
    expect(mine.map((i) => [i.kind, i.score, i.round])).toEqual([
      ['praise', undefined, 1],
      ['rating', 1, 1],
    ]);
    const head = await c.ok<StaffCreditsView>(
      'archive',
      { action: 'staffCredits', openid: 'demo-engineering-head' },
      'demo-manager',
    );
    expect(head.credits.items.map((i) => [i.ticketId, i.score, i.round])).toEqual([[id, 5, 2]]);
    expect(head.summary).toEqual({ ratings: 1, average: 5, satisfiedPercent: 100, praise: 0 });
    expect(await refusal(archive('staffCredits', { openid: ENGINEER }, 'demo-security'))).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('the migration', () => {
  it('fills the search fields and alarms of requests stored before them and writes their credits, idempotently', async () => {
    const rated = await aRatedRepair('窗户关不严，漏风', 4);
    const open = await c.ok<TicketView>('ticket', aRepairRequest({ description: '楼道灯不亮', photos: [] }), OWNER);
    const db = wxCloud().database();
    await db
      .collection('tickets')
      .doc(rated.id)
      .update({ data: { searchPhone: db.command.remove(), searchText: db.command.remove() } });
    const [before] = (await c.documents('tickets')).filter((t) => t._id === open.id);
    expect(before.alarmAt).toEqual(expect.any(String));
    await db
      .collection('tickets')
      .doc(open.id)
      .update({ data: { alarmAt: db.command.remove() } });
    for (const credit of (await c.documents('credits')).filter((d) => d.ticketId === rated.id))
      await db.collection('credits').doc(String(credit._id)).remove();

    const runAll = async () => {
      const totals = { updated: 0, credits: 0 };
      let after: string | undefined;
      for (;;) {
        const batch = await c.ok<{ read: number; updated: number; credits: number; last?: string }>(
          'archive',
          { action: 'migrate', limit: 7, ...(after ? { after } : {}) },
          'demo-admin',
        );
        if (batch.read === 0) return totals;
        totals.updated += batch.updated;
        totals.credits += batch.credits;
        after = batch.last;
      }
    };
    expect((await runAll()).updated).toBe(2);
    const [alarmed] = (await c.documents('tickets')).filter((t) => t._id === open.id);
    expect(alarmed.alarmAt).toBe(before.alarmAt);
    const [stored] = (await c.documents('tickets')).filter((t) => t._id === rated.id);
    expect(stored).toMatchObject({ searchPhone: '13812345678', searchText: expect.stringContaining('窗户关不严') });
    expect((await c.documents('credits')).filter((d) => d.ticketId === rated.id)).toHaveLength(1);
    expect((await runAll()).updated).toBe(0);
    expect(await refusal(archive('migrate', {}, DESK))).toMatchObject({ code: 'FORBIDDEN' });
  });
});
