// The frequent questions that answer what the owner is typing: matched in the app over the
// community's list (fetched once with the guide), so no request is made per keystroke. The text
// settles for a moment before it is matched.
import { useEffect, useMemo, useState } from 'react';
import type { FaqEntry } from '@domain/guide';
import { buildFaqIndex, matchFaqs } from '@domain/faq-match';

const SETTLE_MS = 300;
const SHOWN = 3;

export function useFaqMatches(faqs: readonly FaqEntry[] | undefined, text: string, enabled: boolean): FaqEntry[] {
  const index = useMemo(() => (faqs?.length ? buildFaqIndex(faqs) : null), [faqs]);
  const [matches, setMatches] = useState<FaqEntry[]>([]);
  useEffect(() => {
    if (!enabled || !index || !faqs) {
      setMatches([]);
      return undefined;
    }
    const timer = setTimeout(() => {
      const byId = new Map(faqs.map((faq) => [faq.id, faq]));
      setMatches(matchFaqs(index, text, SHOWN).flatMap((match) => byId.get(match.id) ?? []));
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [enabled, index, faqs, text]);
  return matches;
}
