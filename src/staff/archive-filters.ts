// The 档案查询 form: what was typed, turned into the filters the archive takes.
import type { ArchiveFilters } from '@domain/archive-schemas';
import type { Category, Channel } from '@domain/model';

export interface ArchiveDraft {
  number: string;
  phone: string;
  words: string;
  from: string;
  to: string;
  category: Category | 'all';
  channel: Channel | 'all';
}

const CHINA_OFFSET_MS = 8 * 3_600_000;
const chinaDay = (ms: number) => new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);

/** The last 90 days, China time: a words search needs a range of at most 92. */
export function freshDraft(now = Date.now()): ArchiveDraft {
  return {
    number: '',
    phone: '',
    words: '',
    from: chinaDay(now - 89 * 86_400_000),
    to: chinaDay(now),
    category: 'all',
    channel: 'all',
  };
}

export function filtersOf(draft: ArchiveDraft): ArchiveFilters {
  const filters: ArchiveFilters = {};
  if (draft.number.trim()) filters.number = draft.number.trim();
  if (draft.phone.trim()) filters.phone = draft.phone.trim();
  if (draft.words.trim()) filters.words = draft.words.trim();
  if (draft.from.trim()) filters.from = draft.from.trim();
  if (draft.to.trim()) filters.to = draft.to.trim();
  if (draft.category !== 'all') filters.category = draft.category;
  if (draft.channel !== 'all') filters.channel = draft.channel;
  return filters;
}
