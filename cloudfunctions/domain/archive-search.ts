// What a request carries so the archive finds it (kept on the stored request, indexed where a
// filter is an equality), and how a search's words are matched. The cloud database has no
// full-text index: words are matched on the candidates an indexed filter gives (docs/archive.md).
import type { Ticket } from './model';

/** A search for words alone reads at most this many days of one community's requests. */
export const MAX_WORDS_SPAN_DAYS = 92;

/** The fields search filters on, beside the request's own. */
export interface SearchFields {
  /** the contact phone's digits: "0571-8888 6666" and "057188886666" are one number */
  searchPhone: string;
  /** the description and place, lower-cased, in compatibility form, with every blank removed */
  searchText: string;
}

export const phoneDigits = (phone: string): string => phone.replace(/\D/g, '');

/** Text as the archive compares it: full-width letters and digits folded, case and blanks ignored. */
export const searchableText = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u200b-\u200d\u2060\ufeff]/g, '');

export function searchFieldsOf(ticket: Pick<Ticket, 'contactPhone' | 'description' | 'location'>): SearchFields {
  return {
    searchPhone: phoneDigits(ticket.contactPhone),
    searchText: searchableText(`${ticket.description}\n${ticket.location.text}`),
  };
}

/** A regular expression source that matches `words` literally inside `searchText`. */
export const wordsPattern = (words: string): string => searchableText(words).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The first instant of a China day ("2026-11-22" → "2026-11-22T00:00:00.000+08:00"). */
export const dayStart = (day: string): string => `${day}T00:00:00.000+08:00`;

/** The first instant after a China day. */
export function dayEnd(day: string): string {
  const next = new Date(Date.parse(`${day}T00:00:00+08:00`) + 24 * 3_600_000 + 8 * 3_600_000);
  return `${next.toISOString().slice(0, 10)}T00:00:00.000+08:00`;
}

/** Days from `from` to `to`, both counted. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
