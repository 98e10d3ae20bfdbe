// The registers through the local runtime: major incidents and found property are kept by the
// community's staff with validated input, versions and closing; owners browse only the unclaimed
// items of their community, without the finder's or holder's personal data; a claim records the
// claimant's checked identity.
import type { Page, TicketView } from '../../cloudfunctions/domain/api';
import type { Incident, LostItem, UnclaimedItemView } from '../../cloudfunctions/domain/logbook';
import type { User } from '../../cloudfunctions/domain/model';
import { wxCloud } from '../../cloudfunctions/server/cloud';
import { createRepositories } from '../../cloudfunctions/server/repositories';
import { aRepairRequest } from '../support/requests';
import { startFunctionsCloud } from '../support/functions-cloud';
import type { FunctionsCloud } from '../support/functions-cloud';
import { aSecondCommunity } from './support/places';

const COMMUNITY = 'demo-cuihu';
const OWNER = 'demo-owner-1';
const SECURITY = 'demo-security';
const DESK = 'demo-receptionist';
const MANAGER = 'demo-manager';
const OTHER_DESK = 'test-desk-elsewhere';

let c: FunctionsCloud;
let other = '';

beforeAll(async () => {
  c = await startFunctionsCloud();
  other = await aSecondCommunity(c);
  const elsewhere: User = {
    openid: OTHER_DESK,
    name: '林客服',
    roles: ['receptionist', 'staff'],
    department: 'service',
    communityIds: [other],
    units: [],
    active: true,
  };
  await createRepositories(wxCloud().database()).staff.putUser(elsewhere);
});
afterAll(() => c.close());

const logbook = <T>(action: string, payload: object, openid: string) =>
  c.ok<T>('logbook', { action, ...payload }, openid);
const refused = (action: string, payload: object, openid: string) => c.call('logbook', { action, ...payload }, openid);

describe('major incidents (重大突发事件)', () => {
  let request: TicketView;
  let incident: Incident;
  const anIncident = (overrides: object = {}) => ({
    communityId: COMMUNITY,
    kind: 'equipment',
    title: '2栋电梯困人',
    description: '2栋1单元电梯停在7楼与8楼之间，两名住户被困约20分钟',
    occurredAt: '2026-11-23T19:40:00+08:00',
    place: '2栋1单元电梯',
    handledBy: '赵师傅（工程部）、孙队长（秩序部）',
    ...overrides,
  });

  beforeAll(async () => {
    request = await c.ok<TicketView>('ticket', aRepairRequest({ description: '2栋电梯困人，请尽快处理' }), OWNER);
  });

  it('are recorded by the community’s staff, with the requests they link by number', async () => {
    incident = await logbook<Incident>('createIncident', anIncident({ linkedNumbers: [request.number] }), SECURITY);
    expect(incident).toMatchObject({
      state: 'open',
      version: 1,
      linkedRequests: [{ id: request.id, number: request.number }],
      recordedBy: { openid: SECURITY, name: '孙队长' },
      occurredAt: '2026-11-23T19:40:00.000+08:00',
    });
    const listed = await logbook<Page<Incident>>('listIncidents', { communityId: COMMUNITY }, DESK);
    expect(listed.items.map((i) => i.id)).toEqual([incident.id]);
  });

  it('refuses bad input with its field, and writes nothing', async () => {
    const cases: Array<[object, string]> = [
      [anIncident({ title: '  ' }), 'title'],
      [anIncident({ kind: 'fire_drill' }), 'kind'],
      [anIncident({ occurredAt: '昨天晚上' }), 'occurredAt'],
      [anIncident({ linkedNumbers: ['ED20990101-0001'] }), 'linkedNumbers'],
      [anIncident({ linkedNumbers: [request.number, request.number] }), 'linkedNumbers'],
      [anIncident({ ownerOpenid: OWNER }), 'ownerOpenid'],
    ];
    for (const [payload, field] of cases)
      expect(await refused('createIncident', payload, SECURITY)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', field },
      });
    expect(await c.documents('incidents')).toHaveLength(1);
  });

  it('are kept out of owners’ and other communities’ hands', async () => {
    expect(await refused('createIncident', anIncident(), OWNER)).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(await refused('listIncidents', { communityId: COMMUNITY }, OWNER)).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(await refused('createIncident', anIncident(), OTHER_DESK)).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(await refused('getIncident', { id: incident.id }, OTHER_DESK)).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    // a request of another community is not linked
    expect(
      await refused(
        'createIncident',
        anIncident({ communityId: other, linkedNumbers: [request.number] }),
        'demo-admin',
      ),
    ).toMatchObject({
      error: { code: 'INVALID_INPUT', field: 'linkedNumbers' },
    });
  });

  it('are updated against their version, then closed with their follow-up, and change no more', async () => {
    const updated = await logbook<Incident>(
      'updateIncident',
      { id: incident.id, version: 1, followUp: '已联系电梯维保单位到场检修' },
      MANAGER,
    );
    expect(updated).toMatchObject({ version: 2, followUp: '已联系电梯维保单位到场检修', title: '2栋电梯困人' });
    expect(await refused('updateIncident', { id: incident.id, version: 1, place: '2栋2单元电梯' }, DESK)).toMatchObject(
      {
        error: { code: 'CONFLICT' },
      },
    );
    expect(await refused('updateIncident', { id: incident.id, version: 2 }, DESK)).toMatchObject({
      error: { code: 'INVALID_INPUT' },
    });
    const closed = await logbook<Incident>(
      'closeIncident',
      { id: incident.id, version: 2, followUp: '维保单位更换了平层感应器，全楼电梯已安全检查' },
      MANAGER,
    );
    expect(closed).toMatchObject({ state: 'closed', version: 3, closedBy: { openid: MANAGER } });
    expect(closed.closedAt).toEqual(expect.any(String));
    expect(await refused('updateIncident', { id: incident.id, version: 3, place: '2栋电梯' }, DESK)).toMatchObject({
      error: { code: 'ILLEGAL_TRANSITION' },
    });
    const open = await logbook<Page<Incident>>('listIncidents', { communityId: COMMUNITY, state: 'open' }, DESK);
    expect(open.items).toEqual([]);
  });
});

describe('lost property (失物招领)', () => {
  let wallet: LostItem;
  const aFoundItem = (overrides: object = {}) => ({
    communityId: COMMUNITY,
    item: '黑色钱包一个，内有银行卡两张',
    foundPlace: '3栋大堂休息区',
    foundAt: '2026-11-22T08:30:00+08:00',
    finderName: '周保洁',
    finderPhone: '13700001234',
    holder: '客服中心前台王客服',
    photos: ['cloud://local/found/wallet.jpg'],
    ...overrides,
  });

  it('is registered by staff with the finder, the holder and photos', async () => {
    wallet = await logbook<LostItem>('recordFound', aFoundItem(), DESK);
    expect(wallet).toMatchObject({
      state: 'unclaimed',
      finder: { name: '周保洁', phone: '13700001234' },
      holder: '客服中心前台王客服',
      version: 1,
    });
    await logbook<LostItem>('recordFound', aFoundItem({ item: '儿童蓝色水壶', photos: [] }), DESK);
    expect(await refused('recordFound', aFoundItem({ finderPhone: '12345' }), DESK)).toMatchObject({
      error: { code: 'INVALID_INPUT', field: 'finderPhone' },
    });
    expect(await refused('recordFound', aFoundItem({ photos: ['https://example.com/a.jpg'] }), DESK)).toMatchObject({
      error: { code: 'INVALID_INPUT', field: 'photos.0' },
    });
    expect(await refused('recordFound', aFoundItem(), OWNER)).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('shows owners the unclaimed items of their community, and nothing of who found or holds them', async () => {
    const page = await logbook<Page<UnclaimedItemView>>('listUnclaimed', {}, OWNER);
    expect(page.items.map((i) => i.item)).toEqual(['儿童蓝色水壶', '黑色钱包一个，内有银行卡两张']);
    for (const item of page.items)
      expect(Object.keys(item).sort()).toEqual(['foundAt', 'foundPlace', 'id', 'item', 'photos']);
    const text = JSON.stringify(page);
    for (const secret of ['周保洁', '13700001234', '王客服']) expect(text).not.toContain(secret);
    expect(await refused('listFound', { communityId: COMMUNITY }, OWNER)).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(await refused('getFound', { id: wallet.id }, OWNER)).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('is claimed only with the claimant’s identity checked, which the record keeps', async () => {
    const claim = {
      id: wallet.id,
      version: 1,
      name: '李业主',
      phone: '13811112222',
      idLast4: '123x',
      proof: '说出卡包内银行卡的开户行与钱包内侧划痕',
      identityChecked: true,
    };
    expect(await refused('claimFound', { ...claim, identityChecked: false }, DESK)).toMatchObject({
      error: { code: 'INVALID_INPUT', field: 'identityChecked' },
    });
    expect(await refused('claimFound', { ...claim, idLast4: '12' }, DESK)).toMatchObject({
      error: { code: 'INVALID_INPUT', field: 'idLast4' },
    });
    expect(await refused('claimFound', { ...claim, phone: '' }, DESK)).toMatchObject({
      error: { code: 'INVALID_INPUT', field: 'phone' },
    });
    expect(await refused('claimFound', claim, OTHER_DESK)).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect((await c.documents('lost_items')).find((d) => d._id === wallet.id)).toMatchObject({ state: 'unclaimed' });

    const claimed = await logbook<LostItem>('claimFound', claim, DESK);
    expect(claimed).toMatchObject({
      state: 'claimed',
      version: 2,
      claim: {
        name: '李业主',
        phone: '13811112222',
        idLast4: '123X',
        proof: '说出卡包内银行卡的开户行与钱包内侧划痕',
        checkedBy: { openid: DESK, name: '王客服' },
      },
    });
    expect(claimed.closedAt).toEqual(claimed.claim?.at);
    expect(await refused('claimFound', { ...claim, version: 2 }, DESK)).toMatchObject({
      error: { code: 'ILLEGAL_TRANSITION' },
    });
  });

  it('leaves the owners’ list once claimed; staff still find it among the claimed', async () => {
    const page = await logbook<Page<UnclaimedItemView>>('listUnclaimed', {}, OWNER);
    expect(page.items.map((i) => i.item)).toEqual(['儿童蓝色水壶']);
    const claimed = await logbook<Page<LostItem>>('listFound', { communityId: COMMUNITY, state: 'claimed' }, SECURITY);
    expect(claimed.items.map((i) => i.id)).toEqual([wallet.id]);
  });

  it('an unclaimed item is disposed of with a reason', async () => {
    const [bottle] = (await logbook<Page<LostItem>>('listFound', { communityId: COMMUNITY }, DESK)).items;
    const disposed = await logbook<LostItem>(
      'disposeFound',
      { id: bottle?.id, version: 1, reason: '招领期满无人认领，交派出所' },
      DESK,
    );
    expect(disposed).toMatchObject({ state: 'disposed', disposal: { reason: '招领期满无人认领，交派出所' } });
    expect((await logbook<Page<UnclaimedItemView>>('listUnclaimed', {}, OWNER)).items).toEqual([]);
  });
});
