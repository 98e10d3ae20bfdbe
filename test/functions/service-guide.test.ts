// The service guide and frequent questions: owners read their community's (with the numbers to
// call), admins edit them one entry at a time (roles, validation, versions, the audit log), and the
// taps on "这解决了我的问题" are counted against the consultations filed, as the deflection share.
import type { TicketView } from '../../cloudfunctions/domain/api';
import { DEMO_FAQS, DEMO_SERVICES } from '../../cloudfunctions/domain/demo-guide';
import type { DeflectionReport, GuideView } from '../../cloudfunctions/domain/guide';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { aRepairRequest } from '../support/requests';

let c: FunctionsCloud;
beforeAll(async () => {
  c = await startFunctionsCloud();
  c.setClock('2026-11-16T10:00:00+08:00'); // Monday
});
afterAll(() => c.close());

const ADMIN = 'demo-admin';
const OWNER = 'demo-owner-1';
const COMMUNITY = 'demo-cuihu';

const guideOf = (openid: string, communityId?: string) =>
  c.call<GuideView>('guide', { action: 'get', ...(communityId ? { communityId } : {}) }, openid);
const save = (entry: object, version: number, kind = 'faq', openid = ADMIN) =>
  c.call<GuideView>('guide', { action: 'saveEntry', kind, communityId: COMMUNITY, version, entry }, openid);
const record = (outcome: string, extra: object = {}, openid = OWNER) =>
  c.call('guide', { action: 'recordFaq', communityId: COMMUNITY, outcome, ...extra }, openid);
const report = (openid = ADMIN, month?: string) =>
  c.call<DeflectionReport>(
    'guide',
    { action: 'deflection', communityId: COMMUNITY, ...(month ? { month } : {}) },
    openid,
  );
const guideDocument = async () => JSON.stringify(await c.documents('service_guides'));

describe('reading the guide', () => {
  it('gives an owner their community’s services, questions and the numbers to call', async () => {
    const answer = await guideOf(OWNER);
    expect(answer).toMatchObject({
      ok: true,
      data: {
        community: { id: COMMUNITY, name: '翠湖花园', serviceDeskPhone: '0571-88886666', dutyPhone: '0571-88887777' },
        services: DEMO_SERVICES,
        faqs: DEMO_FAQS,
        version: 1,
      },
    });
  });

  it('gives staff the guide of the community they work for', async () => {
    expect(await guideOf('demo-receptionist')).toMatchObject({ ok: true, data: { community: { id: COMMUNITY } } });
  });

  it('answers NOT_FOUND for a community the owner has no home in, and refuses a new WeChat user', async () => {
    const other = await c.ok<{ id: string }>(
      'place',
      {
        action: 'createCommunity',
        name: '枫林苑',
        address: '杭州市滨江区枫林路1号',
        serviceDeskPhone: '0571-86660000',
        dutyPhone: '0571-86661111',
      },
      ADMIN,
    );
    expect(await guideOf(OWNER, other.id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await guideOf('demo-receptionist', other.id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await guideOf('someone-new')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // a community with no guide yet still gives its phones
    expect(await guideOf(ADMIN, other.id)).toMatchObject({
      ok: true,
      data: { community: { serviceDeskPhone: '0571-86660000' }, services: [], faqs: [], version: 0 },
    });
  });
});

describe('editing the guide', () => {
  const question = {
    question: '小区可以养狗吗？',
    answer: '可以，请办理犬证并文明牵绳，电梯内请抱起。',
    keywords: ['养狗', '犬证'],
  };

  it('adds a question an owner then reads, and records the edit in the audit log', async () => {
    const saved = await save(question, 1);
    expect(saved).toMatchObject({ ok: true, data: { version: 2, updatedByName: '蒋管理员' } });
    const added = (await c.ok<GuideView>('guide', { action: 'get' }, OWNER)).faqs.at(-1);
    expect(added).toMatchObject({ ...question, id: expect.stringMatching(/^faq-/) });

    const [entry] = (await c.documents('audit_log')).filter((e) => e.action === 'guide.faq.create');
    expect(entry).toMatchObject({
      actor: { openid: ADMIN },
      target: { kind: 'service_guide', id: COMMUNITY },
      after: { 问题: '小区可以养狗吗？', 关键词: '养狗、犬证' },
      summary: '新增常见问题：小区可以养狗吗？',
    });
  });

  it('changes a service and removes a question by id', async () => {
    const changed = await save({ ...DEMO_SERVICES[2], price: '90元/小时' }, 2, 'service');
    expect(changed).toMatchObject({ ok: true, data: { version: 3 } });
    expect(changed.ok ? changed.data.services.find((s) => s.id === 'svc-cleaning')?.price : undefined).toBe(
      '90元/小时',
    );

    const removed = await c.call<GuideView>(
      'guide',
      { action: 'removeEntry', kind: 'faq', communityId: COMMUNITY, version: 3, id: 'faq-parcel' },
      ADMIN,
    );
    expect(removed.ok && removed.data.faqs.map((f) => f.id)).not.toContain('faq-parcel');
    const actions = (await c.documents('audit_log')).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['guide.service.update', 'guide.faq.remove']));
  });

  it('refuses invalid entries with a clear message, and changes nothing', async () => {
    const before = await guideDocument();
    const refused = async (entry: object, kind: string, message: string) =>
      expect(await save(entry, 4, kind)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message } });
    await refused({ question: '狗？', answer: '可以养。请牵绳。' }, 'faq', '问题至少4个字');
    await refused({ question: '小区可以养猫吗？', answer: '   ' }, 'faq', '请填写答案');
    await refused({ ...question, keywords: ['养狗', '养狗'] }, 'faq', '关键词不能重复');
    await refused({ name: '洗车', phone: '打我电话' }, 'service', '电话格式不正确，如 0571-88886666');
    await refused({ name: '洗车', ownerOpenid: OWNER }, 'service', '不支持的参数：entry.ownerOpenid');
    await refused(question, 'menu', '请选择服务或常见问题');
    expect(await save({ ...question, id: 'faq-nowhere' }, 4)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await guideDocument()).toBe(before);
  });

  it('refuses a save over a newer version, and anyone but an admin', async () => {
    const before = await guideDocument();
    expect(await save(question, 1)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    for (const who of ['demo-manager', 'demo-receptionist', OWNER])
      expect(await save(question, 4, 'faq', who)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await guideDocument()).toBe(before);
  });
});

describe('counting the consultations the FAQ answered', () => {
  it('counts what owners did and reports the share against the consultations filed', async () => {
    // two owners typed consultations and saw answers; one was solved, the other filed
    await c.ok('guide', { action: 'recordFaq', communityId: COMMUNITY, outcome: 'shown' }, OWNER);
    await c.ok('guide', { action: 'recordFaq', communityId: COMMUNITY, outcome: 'solved', faqId: 'faq-fee' }, OWNER);
    await c.ok('guide', { action: 'recordFaq', communityId: COMMUNITY, outcome: 'shown' }, 'demo-owner-2');
    await c.ok<TicketView>(
      'ticket',
      aRepairRequest({
        category: 'consultation',
        description: '停车月卡的价格能不能再便宜些',
        photos: [],
        location: { kind: 'unit', unitId: 'demo-unit-2-1-202' },
        contactPhone: '13812340202',
      }),
      'demo-owner-2',
    );
    await c.ok('guide', { action: 'recordFaq', communityId: COMMUNITY, outcome: 'filed' }, 'demo-owner-2');
    // a repair is not a consultation
    await c.ok<TicketView>('ticket', aRepairRequest(), OWNER);

    expect(await report()).toMatchObject({
      ok: true,
      data: {
        month: '2026-11',
        shown: 2,
        solved: 1,
        filedAfterShown: 1,
        consultationsFiled: 1,
        share: 0.5,
        topFaqs: [{ id: 'faq-fee', question: '物业费怎么交？', solved: 1 }],
      },
    });
    // the manager and the service desk read it too
    expect(await report('demo-manager')).toMatchObject({ ok: true, data: { solved: 1 } });
    expect(await report('demo-receptionist')).toMatchObject({ ok: true, data: { solved: 1 } });
  });

  it('keeps each month apart', async () => {
    c.setClock('2026-12-01T00:10:00+08:00');
    await c.ok(
      'guide',
      { action: 'recordFaq', communityId: COMMUNITY, outcome: 'solved', faqId: 'faq-parking' },
      OWNER,
    );
    expect(await report()).toMatchObject({
      ok: true,
      data: { month: '2026-12', solved: 1, shown: 0, consultationsFiled: 0, share: 1 },
    });
    expect(await report(ADMIN, '2026-11')).toMatchObject({ ok: true, data: { solved: 1, share: 0.5 } });
    expect(await report(ADMIN, '2026-10')).toMatchObject({ ok: true, data: { solved: 0, share: null } });
  });

  it('refuses a solved tap without its question, a question the community does not have, and anyone but an owner of it', async () => {
    const before = JSON.stringify(await c.documents('faq_stats'));
    expect(await record('solved')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '请说明是哪个问题解决了您的咨询', field: 'faqId' },
    });
    expect(await record('solved', { faqId: 'faq-nowhere' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await record('ignored')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await record('shown', {}, 'demo-receptionist')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(
      await c.call('guide', { action: 'recordFaq', communityId: 'elsewhere', outcome: 'shown' }, OWNER),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(JSON.stringify(await c.documents('faq_stats'))).toBe(before);
  });

  it('shows the share to those who keep the community only', async () => {
    expect(await report(OWNER)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await report('demo-engineering')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await report(ADMIN, '2026-13')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
