/**
 * FAQ matching over 1,000 questions, as the request form does it in the app: building the index
 * once when the community's list arrives, and matching a consultation as it is typed (a short
 * question, a long consultation, and unrelated text that must match nothing).
 *
 *   npx tsx bench/faq.ts
 */
import { performance } from 'node:perf_hooks';
import { DEMO_FAQS } from '../cloudfunctions/domain/demo-guide';
import { buildFaqIndex, matchFaqs } from '../cloudfunctions/domain/faq-match';
import type { FaqText } from '../cloudfunctions/domain/faq-match';
import { median } from './stats';

const FAQS = 1_000;

/** Questions built from property topics and ways of asking, so their words overlap as real lists do. */
const TOPICS = [
  '电梯',
  '门禁',
  '车位',
  '快递',
  '垃圾',
  '绿化',
  '水电',
  '燃气',
  '宽带',
  '装修',
  '宠物',
  '外墙',
  '消防',
  '监控',
  '充电桩',
  '儿童乐园',
  '游泳池',
  '会所',
  '租赁',
  '发票',
];
const ASKING = [
  '怎么办理',
  '收费标准是什么',
  '在哪里申请',
  '多久能处理',
  '需要什么材料',
  '有什么规定',
  '坏了找谁',
  '开放时间是几点',
  '可以预约吗',
  '怎么投诉',
];
const PLACES = ['一期', '二期', '南区', '北区', '地下室'];

function aFaq(i: number): FaqText {
  const topic = TOPICS[i % TOPICS.length];
  const asking = ASKING[Math.floor(i / TOPICS.length) % ASKING.length];
  const place = PLACES[Math.floor(i / (TOPICS.length * ASKING.length)) % PLACES.length];
  return { id: `faq-${i}`, question: `${place}${topic}${asking}？`, keywords: [`${topic}${i}`, `${place}${topic}`] };
}

const faqs: FaqText[] = [...DEMO_FAQS, ...Array.from({ length: FAQS - DEMO_FAQS.length }, (_, i) => aFaq(i))];

const QUERIES = {
  short: '物业费如何缴纳',
  long: '您好，我是三栋的业主，最近想给家里装个充电桩，想问一下南区充电桩需要什么材料，在哪里申请，大概多久能处理好，谢谢',
  unrelated: '今天小区里的桂花开得真香，保安师傅也很热情',
};

/** Runs `work` for about `ms`, five times; answers the median time of one run in microseconds. */
function microseconds(work: () => void, ms = 300): number {
  const times: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    let n = 0;
    const started = performance.now();
    let elapsed = 0;
    while (elapsed < ms) {
      work();
      n += 1;
      elapsed = performance.now() - started;
    }
    times.push((elapsed / n) * 1000);
  }
  return median(times);
}

export function benchFaq(): void {
  const index = buildFaqIndex(faqs);
  if (matchFaqs(index, QUERIES.short)[0]?.id !== 'faq-fee')
    throw new Error('the bench list does not match as intended');
  if (matchFaqs(index, QUERIES.unrelated).length !== 0) throw new Error('unrelated text matched a bench question');
  const fmt = (us: number) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(1)} µs`);
  console.log(`\nFAQ matching: ${FAQS.toLocaleString('en-US')} questions, in the app as the owner types`);
  console.log(`  build the index (once per list)   ${fmt(microseconds(() => buildFaqIndex(faqs)))}`);
  for (const [name, text] of Object.entries(QUERIES)) {
    const found = matchFaqs(index, text).length;
    console.log(
      `  match a ${name.padEnd(9)} (${String([...text].length).padStart(3)} chars, ${found} shown)  ${fmt(microseconds(() => matchFaqs(index, text)))}`,
    );
  }
}

if (require.main === module) benchFaq();
