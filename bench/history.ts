/**
 * Two years of a community's requests, built through the product's own domain (openTicket,
 * transition) — so every stored request is one the product could have written — in varied
 * states, categories, departments and owners. Deterministic for a given size and end time.
 */
import { DEMO_COMMUNITY, DEMO_USERS } from '../cloudfunctions/domain/demo-data';
import type { Command } from '../cloudfunctions/domain/commands';
import { isDomainError } from '../cloudfunctions/domain/errors';
import { transition } from '../cloudfunctions/domain/lifecycle';
import type { Category, Department, Ticket, Unit, User } from '../cloudfunctions/domain/model';
import { openTicket, ticketNumber } from '../cloudfunctions/domain/open-ticket';
import { unitSummary } from '../cloudfunctions/domain/places';
import { chinaDayKey } from '../cloudfunctions/domain/time';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
export const HISTORY_SPAN_MS = 730 * DAY;
/** Requests younger than this are still in the departments' hands, in every state. */
const RECENT_MS = 3 * DAY;
/** About how many requests an owner files in two years. */
const TICKETS_PER_OWNER = 50;

const CATEGORY_WEIGHTS: Array<[Category, number]> = [
  ['repair', 40],
  ['complaint', 12],
  ['consultation', 15],
  ['suggestion', 5],
  ['praise', 5],
  ['after_sales', 8],
  ['paid_service', 8],
  ['emergency', 2],
  ['other', 5],
];

const DESCRIPTIONS: Record<Category, string[]> = {
  repair: ['厨房水龙头一直滴水，关不紧', '卫生间地漏堵了，水排不下去', '客厅灯不亮，开关没反应', '入户门锁芯卡住'],
  complaint: ['楼上装修噪音太大，中午也不停', '小区门口车辆乱停，出入困难', '垃圾清运不及时，有异味'],
  consultation: ['物业费可以按季度缴纳吗', '装修需要办理哪些手续', '车位租赁怎么申请'],
  suggestion: ['建议在儿童游乐区加装遮阳棚', '建议增加电动车充电桩'],
  praise: ['保洁阿姨每天打扫很认真，表扬一下', '维修师傅上门及时，态度很好'],
  after_sales: ['阳台墙面渗水，交房不到一年', '卧室窗户密封条脱落'],
  paid_service: ['想预约家庭深度保洁', '需要上门疏通油烟管道'],
  emergency: ['地下车库进水，请尽快处理', '电梯困人，请立即派人'],
  other: ['在小区花园捡到一串钥匙', '邻居的狗在楼道便溺'],
};

/** Who handles each department's requests in the demo community. */
const HANDLER_OF: Record<Department, string> = {
  engineering: 'demo-engineering',
  security: 'demo-security',
  environment: 'demo-environment',
  after_sales: 'demo-after-sales',
  quality: 'demo-quality',
  service: 'demo-receptionist',
  finance: 'demo-receptionist',
};

/** A small deterministic generator (mulberry32), so two runs of one size build the same history. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)],
    chance: (p: number) => next() < p,
    between: (from: number, to: number) => from + Math.floor(next() * (to - from)),
  };
}

export interface HistoryPeople {
  units: Unit[];
  owners: User[];
}

/** Owners of the community beyond the demo ones, one unit each: about one per 50 requests. */
export function historyPeople(tickets: number): HistoryPeople {
  const count = Math.max(20, Math.round(tickets / TICKETS_PER_OWNER));
  const units: Unit[] = Array.from({ length: count }, (_, i) => ({
    id: `hist-unit-${i + 1}`,
    communityId: DEMO_COMMUNITY.id,
    building: `${10 + Math.floor(i / 96)}栋`,
    entrance: `${1 + (Math.floor(i / 24) % 4)}单元`,
    room: `${1 + (Math.floor(i / 4) % 6)}0${1 + (i % 4)}`,
  }));
  const owners: User[] = units.map((unit, i) => ({
    openid: `hist-owner-${i + 1}`,
    name: `业主${i + 1}`,
    roles: ['owner'],
    communityId: DEMO_COMMUNITY.id,
    communityName: DEMO_COMMUNITY.name,
    units: [unitSummary(unit)],
  }));
  return { units, owners };
}

/**
 * `count` requests filed between two years before `end` and `end`, oldest first, one at a time
 * (100,000 at once would only strain memory). Those older than three days are closed (a few still
 * wait for a rating, some went back once after a low rating, some were passed on); younger ones
 * are in every state, some past their promise. `counters` receives the last number of each day,
 * e.g. { "ticket-20261122": 37 }.
 */
export function* historyTickets(
  count: number,
  end: Date,
  people: HistoryPeople,
  counters: Record<string, number>,
): Generator<Ticket> {
  const random = randomSource(count);
  const person = (openid: string) => {
    const user = DEMO_USERS.find((u) => u.openid === openid);
    if (!user) throw new Error(`no demo user ${openid}`);
    return user;
  };
  const demoOwner = person('demo-owner-1');
  const totalWeight = CATEGORY_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  const category = (): Category => {
    let roll = random.next() * totalWeight;
    for (const [name, weight] of CATEGORY_WEIGHTS) if ((roll -= weight) < 0) return name;
    return 'other';
  };
  const start = end.getTime() - HISTORY_SPAN_MS;
  const hex32 = () =>
    Math.floor(random.next() * 2 ** 32)
      .toString(16)
      .padStart(8, '0');

  for (let i = 0; i < count; i += 1) {
    const filedAt = start + Math.floor(((i + random.next()) * HISTORY_SPAN_MS) / count);
    const owner = i % 2000 === 7 ? demoOwner : random.pick(people.owners);
    const kind = category();
    const day = chinaDayKey(new Date(filedAt));
    counters[`ticket-${day}`] = (counters[`ticket-${day}`] ?? 0) + 1;
    const onUnit = kind !== 'emergency' && random.chance(0.8);
    let { ticket } = openTicket(
      {
        clientRequestId: `history-${i + 1}`,
        category: kind,
        description: random.pick(DESCRIPTIONS[kind]),
        photos: random.chance(0.3) ? [`cloud://local/history/${i + 1}.jpg`] : [],
        location: onUnit
          ? { kind: 'unit', unitId: owner.units[0].id }
          : { kind: 'common_area', text: `${random.between(1, 12)}栋大堂` },
        urgency: random.chance(0.1) ? 'urgent' : 'normal',
        contactPhone: `13${random.between(100000000, 999999999)}`,
      },
      {
        id: hex32() + hex32() + hex32() + hex32(),
        number: ticketNumber(day, counters[`ticket-${day}`]),
        owner,
      },
      new Date(filedAt),
    );

    let at = filedAt;
    const act = (command: Command, by: User, after: number): boolean => {
      if (at + after > end.getTime()) return false;
      // each category has its own flow: a step its flow does not take is skipped
      try {
        ticket = transition(ticket, command, by, new Date(at + after)).ticket;
      } catch (error) {
        if (isDomainError(error)) return false;
        throw error;
      }
      at += after;
      return true;
    };
    const handler = () => person(HANDLER_OF[ticket.department]);
    const recent = end.getTime() - filedAt < RECENT_MS;
    // how far along a request of the last days got: 0 new … 4 closed
    const reach = recent ? random.pick([0, 0, 1, 1, 1, 2, 2, 2, 3, 4]) : 4;

    if (ticket.department !== 'security' && random.chance(0.05))
      act(
        { type: 'transfer', toDepartment: 'security', reason: '需秩序部配合' },
        handler(),
        random.between(2, 20) * MINUTE,
      );
    if (reach >= 1 && act({ type: 'accept' }, handler(), random.between(3, 40) * MINUTE)) {
      if (random.chance(0.5))
        act({ type: 'reply', text: '师傅已安排，稍后上门' }, handler(), random.between(5, 60) * MINUTE);
      if (
        reach >= 2 &&
        act({ type: 'resolve', text: '已处理完毕', photos: [] }, handler(), random.between(1, 30) * HOUR)
      ) {
        const unhappy = random.chance(0.07);
        const neverRated = random.chance(0.03);
        if (reach === 3 && unhappy)
          act({ type: 'rate', score: 2, tags: ['问题未解决'] }, owner, random.between(1, 20) * HOUR);
        else if (reach >= 4 && !neverRated) {
          if (unhappy && act({ type: 'rate', score: 1, tags: ['问题未解决'] }, owner, random.between(1, 20) * HOUR)) {
            act({ type: 'accept' }, handler(), random.between(3, 40) * MINUTE);
            act({ type: 'resolve', text: '已重新处理', photos: [] }, handler(), random.between(1, 10) * HOUR);
          }
          if (ticket.status === 'resolved')
            act({ type: 'rate', score: random.pick([4, 5, 5]), tags: [] }, owner, random.between(1, 48) * HOUR);
        }
      }
    }
    yield ticket;
  }
}
