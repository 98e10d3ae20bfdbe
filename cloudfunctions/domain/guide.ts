// The service guide (服务指南) and frequent questions (常见问题) of a community: what owners read
// before they call or file, kept by administrators. One document per community holds both, so an
// owner's page reads it in one request and an edit is one conditional write on its version.
import { toIso } from './time';

export interface GuideService {
  id: string;
  /** 服务名称, e.g. 客服中心, 有偿保洁 */
  name: string;
  /** what it covers */
  description?: string;
  /** 服务时间, e.g. 每天 08:30–20:00 */
  hours?: string;
  /** tap to call */
  phone?: string;
  /** a paid service's price, as the company states it, e.g. 80元/次 */
  price?: string;
}

export interface FaqEntry {
  id: string;
  question: string;
  answer: string;
  /** other words owners use for it; matched like the question */
  keywords: string[];
}

export interface ServiceGuide {
  communityId: string;
  services: GuideService[];
  faqs: FaqEntry[];
  /** 0 while nothing is stored */
  version: number;
  updatedAt?: string;
  updatedBy?: { openid: string; name: string };
}

/** The community's numbers owners call: 客服电话 and 值班电话 (kept on the community). */
export interface CommunityPhones {
  id: string;
  name: string;
  serviceDeskPhone: string;
  dutyPhone: string;
}

/** What an owner (or staff, or an admin editing it) reads. */
export interface GuideView {
  community: CommunityPhones;
  services: GuideService[];
  faqs: FaqEntry[];
  version: number;
  updatedAt?: string;
  updatedByName?: string;
}

export const emptyGuide = (communityId: string): ServiceGuide => ({ communityId, services: [], faqs: [], version: 0 });

export function toGuideView(community: CommunityPhones, guide: ServiceGuide): GuideView {
  return {
    community,
    services: guide.services,
    faqs: guide.faqs,
    version: guide.version,
    ...(guide.updatedAt ? { updatedAt: guide.updatedAt } : {}),
    ...(guide.updatedBy ? { updatedByName: guide.updatedBy.name } : {}),
  };
}

/** What happened to a consultation an owner typed on the request form. */
export const FAQ_OUTCOMES = ['shown', 'solved', 'filed'] as const;
export type FaqOutcome = (typeof FAQ_OUTCOMES)[number];

/** A community's counts for one month (China time), kept as the owners' taps come in. */
export interface FaqStats {
  communityId: string;
  /** YYYY-MM */
  month: string;
  /** consultations typed for which at least one answer was shown */
  shown: number;
  /** "这解决了我的问题": left without filing */
  solved: number;
  /** filed after answers were shown */
  filed: number;
  /** faq id → times it solved a consultation */
  solvedBy: Record<string, number>;
}

export interface DeflectionReport {
  communityId: string;
  month: string;
  shown: number;
  solved: number;
  /** filed after answers were shown */
  filedAfterShown: number;
  /** every consultation filed that month, by any channel */
  consultationsFiled: number;
  /** solved / (solved + consultationsFiled): the share of consultations answered by the FAQ; null with none */
  share: number | null;
  /** the questions that solved most, most first */
  topFaqs: Array<{ id: string; question: string; solved: number }>;
}

const TOP_FAQS = 5;

export function deflectionReport(
  communityId: string,
  month: string,
  stats: FaqStats | null,
  consultationsFiled: number,
  faqs: readonly FaqEntry[],
): DeflectionReport {
  const solved = stats?.solved ?? 0;
  const all = solved + consultationsFiled;
  const questions = new Map(faqs.map((faq) => [faq.id, faq.question]));
  return {
    communityId,
    month,
    shown: stats?.shown ?? 0,
    solved,
    filedAfterShown: stats?.filed ?? 0,
    consultationsFiled,
    share: all ? solved / all : null,
    topFaqs: Object.entries(stats?.solvedBy ?? {})
      .map(([id, count]) => ({ id, question: questions.get(id) ?? '（已删除的问题）', solved: count }))
      .sort((a, b) => b.solved - a.solved || a.id.localeCompare(b.id))
      .slice(0, TOP_FAQS),
  };
}

/** "2026-11" for an instant, in China. */
export const chinaMonth = (instant: Date): string => toIso(instant).slice(0, 7);

/** The month's bounds in the stored time format (time.ts), for a range over stored times: [from, to). */
export function monthBounds(month: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number);
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
  const start = (ym: string) => toIso(new Date(`${ym}-01T00:00:00+08:00`));
  return { from: start(month), to: start(next) };
}
