// Matching what an owner types against the frequent questions, in Chinese. Chinese has no spaces
// to split words on, so a text becomes its overlapping character pairs (bigrams: 物业费 → 物业, 业费),
// which match whatever the word order (物业费怎么交 / 怎么交物业费), plus single characters at a
// low weight; near wording (如何 / 怎么, 缴纳 / 交) is folded to one spelling first. Questions are
// ranked by BM25 over their question and keywords, and a question is offered only when enough of
// it, or of what was typed, is matched — so unrelated text finds nothing.

export interface FaqText {
  id: string;
  question: string;
  keywords: readonly string[];
}

export interface FaqMatch {
  id: string;
  score: number;
}

/**
 * Spellings folded to one, canonical first. Property words owners say in several ways; an admin's
 * keywords cover the rest of a community's wording.
 */
const NEAR_WORDING: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['怎么', ['如何', '怎样', '怎麼', '咋样', '咋', '怎么样']],
  ['交', ['缴纳', '缴交', '交纳', '缴', '支付', '付款']],
  ['价格', ['多少钱', '收费标准', '收费', '费用', '价钱', '价位']],
  ['办', ['办理', '申请']],
  ['停车', ['车位', '停车场', '停车位', '车库']],
  ['物业费', ['物业管理费', '管理费', '物业费用']],
  ['快递', ['包裹', '快件']],
  ['修', ['修理', '维修', '报修', '坏了', '损坏']],
  ['门禁', ['门禁卡', '门卡', '出入卡']],
  ['电话', ['热线', '客服电话', '联系电话', '电话号码']],
  ['时间', ['几点', '时间段', '营业时间', '上班时间', '开放时间']],
  ['垃圾', ['垃圾分类', '扔垃圾', '倒垃圾']],
  ['装修', ['装修施工', '装饰', '装潢']],
];

const CANONICAL = new Map(NEAR_WORDING.flatMap(([canonical, variants]) => variants.map((v) => [v, canonical])));
/** One pass over the text: at each place the longest variant wins (停车位 before 车位). */
const VARIANTS = new RegExp([...CANONICAL.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');

/** Particles: a pair with one of them spans two words (停车的月卡 → 车的, 的月) and is dropped. */
const PARTICLES = new Set('的了吗呢啊吧呀个'.split(''));
/** Characters and pairs that carry no meaning of their own in a question. */
const STOP_CHARACTERS = new Set('的了吗呢啊吧呀么我你他她它是在有和与及或就都也还要想请问一下个这那哪些'.split(''));
const STOP_PAIRS = new Set([
  '怎么',
  '什么',
  '可以',
  '能否',
  '是否',
  '请问',
  '一下',
  '我们',
  '你们',
  '我家',
  '我想',
  '想问',
  '为什',
  '么办',
  '需要',
  '哪里',
  '如果',
  '应该',
  '现在',
  '没有',
]);

/** A single character counts this much of a pair. */
const CHARACTER_WEIGHT = 0.25;
// BM25's usual constants
const K1 = 1.2;
const B = 0.75;
/** A question is offered when the matched pairs carry this share of its pairs' weight, or of the typed text's. */
const MIN_COVERAGE = 0.3;
/** …and at least this many distinct pairs match (one is enough when it is most of a short question). */
const MIN_PAIRS = 2;
const SOLE_PAIR_COVERAGE = 0.5;

// CJK ideographs (the unified block, extension A, the compatibility block): ranges match much
// faster than a Unicode property class, and a rarer ideograph outside them is simply not matched
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const WORD = /[\u3400-\u9fff\uf900-\ufaff]+|[a-z0-9]+/g;

export function foldWording(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(VARIANTS, (variant) => CANONICAL.get(variant) ?? variant);
}

interface Terms {
  /** term → how often it occurs */
  counts: Map<string, number>;
  /** weighted length, for BM25's length normalisation */
  length: number;
}

/** A term is `p:` + a pair, `c:` + a character, or `w:` + a latin word or number. */
function termsOf(text: string): Terms {
  const counts = new Map<string, number>();
  let length = 0;
  const add = (term: string, weight: number) => {
    counts.set(term, (counts.get(term) ?? 0) + 1);
    length += weight;
  };
  for (const run of foldWording(text).match(WORD) ?? []) {
    if (!HAN.test(run[0])) {
      add(`w:${run}`, 1);
      continue;
    }
    const characters = [...run];
    characters.forEach((character, i) => {
      if (!STOP_CHARACTERS.has(character)) add(`c:${character}`, CHARACTER_WEIGHT);
      const pair = character + (characters[i + 1] ?? '');
      const spansWords = PARTICLES.has(character) || PARTICLES.has(characters[i + 1] ?? '');
      if (i + 1 < characters.length && !STOP_PAIRS.has(pair) && !spansWords) add(`p:${pair}`, 1);
    });
  }
  return { counts, length };
}

const weightOf = (term: string) => (term.startsWith('c:') ? CHARACTER_WEIGHT : 1);
const isPair = (term: string) => !term.startsWith('c:');

export interface FaqIndex {
  size: number;
  ids: string[];
  /** term → [document number, count] */
  postings: Map<string, Array<[number, number]>>;
  lengths: number[];
  averageLength: number;
  /**
   * Each document's fields (its question, each keyword) as their distinct pairs (and words) with
   * their summed IDF: a document is covered as well as its best-covered field.
   */
  fields: Array<Array<{ pairs: Set<string>; weight: number }>>;
}

/** Builds the index once per list; matching then reads only the typed text's terms. */
export function buildFaqIndex(faqs: readonly FaqText[]): FaqIndex {
  const postings = new Map<string, Array<[number, number]>>();
  const lengths: number[] = [];
  const fieldPairs: string[][][] = [];
  faqs.forEach((faq, doc) => {
    // the question once and each keyword once: a keyword is as good a way in as the question
    const fields = [faq.question, ...faq.keywords].map(termsOf);
    const counts = new Map<string, number>();
    for (const field of fields) for (const [term, n] of field.counts) counts.set(term, (counts.get(term) ?? 0) + n);
    lengths.push(fields.reduce((sum, field) => sum + field.length, 0));
    fieldPairs.push(fields.map((field) => [...field.counts.keys()].filter(isPair)));
    for (const [term, count] of counts) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push([doc, count]);
    }
  });
  const total = lengths.reduce((sum, n) => sum + n, 0);
  const index: FaqIndex = {
    size: faqs.length,
    ids: faqs.map((faq) => faq.id),
    postings,
    lengths,
    averageLength: faqs.length ? total / faqs.length : 0,
    fields: [],
  };
  index.fields = fieldPairs.map((fields) =>
    fields.map((terms) => ({ pairs: new Set(terms), weight: terms.reduce((sum, term) => sum + idf(index, term), 0) })),
  );
  return index;
}

function idf(index: Pick<FaqIndex, 'size' | 'postings'>, term: string): number {
  const n = index.postings.get(term)?.length ?? 0;
  return Math.log(1 + (index.size - n + 0.5) / (n + 0.5));
}

/**
 * The questions that answer `text`, best first (at most `limit`). Empty when nothing matches well
 * enough — a question that shares only a character or a common word with the text is not offered.
 */
export function matchFaqs(index: FaqIndex, text: string, limit = 3): FaqMatch[] {
  if (index.size === 0) return [];
  const query = termsOf(text);
  const scores = new Map<number, number>();
  const matchedPairs = new Map<number, string[]>();
  let queryPairWeight = 0;
  for (const term of query.counts.keys()) {
    const termIdf = idf(index, term);
    if (isPair(term)) queryPairWeight += termIdf;
    for (const [doc, count] of index.postings.get(term) ?? []) {
      const norm = count + K1 * (1 - B + (B * index.lengths[doc]) / (index.averageLength || 1));
      scores.set(doc, (scores.get(doc) ?? 0) + weightOf(term) * termIdf * ((count * (K1 + 1)) / norm));
      if (isPair(term)) {
        const list = matchedPairs.get(doc) ?? [];
        list.push(term);
        matchedPairs.set(doc, list);
      }
    }
  }
  const matches: FaqMatch[] = [];
  for (const [doc, pairs] of matchedPairs) {
    const matchedWeight = pairs.reduce((sum, term) => sum + idf(index, term), 0);
    const docCoverage = Math.max(
      ...index.fields[doc].map(({ pairs: fieldPairs, weight }) =>
        weight ? pairs.reduce((sum, term) => sum + (fieldPairs.has(term) ? idf(index, term) : 0), 0) / weight : 0,
      ),
    );
    const queryCoverage = queryPairWeight ? matchedWeight / queryPairWeight : 0;
    const enough =
      pairs.length >= MIN_PAIRS
        ? Math.max(docCoverage, queryCoverage) >= MIN_COVERAGE
        : docCoverage >= SOLE_PAIR_COVERAGE;
    if (enough) matches.push({ id: index.ids[doc], score: scores.get(doc) ?? 0 });
  }
  return matches.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
}
