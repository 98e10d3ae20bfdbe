import { DEMO_FAQS } from '../../cloudfunctions/domain/demo-guide';
import { buildFaqIndex, foldWording, matchFaqs } from '../../cloudfunctions/domain/faq-match';

const index = buildFaqIndex(DEMO_FAQS);
const best = (text: string) => matchFaqs(index, text)[0]?.id;

describe('matchFaqs', () => {
  describe('when the owner types the question in another word order', () => {
    it('finds it', () => {
      expect(best('怎么交物业费')).toBe('faq-fee');
      expect(best('补办丢了的门禁卡')).toBe('faq-access-card');
      expect(best('领取快递在哪里')).toBe('faq-parcel');
    });
  });

  describe('when the owner uses near wording', () => {
    it('folds 如何 / 缴纳 / 停车位 / 包裹 to the words of the question', () => {
      expect(best('请问物业管理费如何缴纳')).toBe('faq-fee');
      expect(best('我想办个停车位的月卡，多少钱')).toBe('faq-parking');
      expect(best('我的包裹在哪拿')).toBe('faq-parcel');
    });

    it('finds a question through its keywords', () => {
      expect(best('钥匙卡坏了能补卡吗')).toBe('faq-access-card');
      expect(best('装修押金交多少')).toBe('faq-renovation');
    });

    it('matches within a longer consultation', () => {
      expect(best('您好，我家下周要开始装修了，想问一下要去哪里办手续，施工时间有没有限制')).toBe('faq-renovation');
    });
  });

  describe('when the text is unrelated to every question', () => {
    it.each(['今天天气真好', '楼上邻居晚上太吵了', '小区绿化很漂亮，表扬一下保安', '你好', ''])(
      'offers nothing for “%s”',
      (text) => {
        expect(matchFaqs(index, text)).toEqual([]);
      },
    );

    it('does not offer a question for a shared character or a common word alone', () => {
      expect(matchFaqs(index, '怎么办')).toEqual([]);
      expect(matchFaqs(index, '卡住了')).toEqual([]);
    });
  });

  it('ranks the best match first and keeps to the limit', () => {
    const matches = matchFaqs(index, '停水停电物业费快递', 2);
    expect(matches).toHaveLength(2);
    expect(matches[0].score).toBeGreaterThanOrEqual(matches[1].score);
  });

  it('offers nothing from an empty list', () => {
    expect(matchFaqs(buildFaqIndex([]), '物业费怎么交')).toEqual([]);
  });

  it('matches latin words and numbers whole, whatever their case', () => {
    const wifi = buildFaqIndex([{ id: 'wifi', question: '公共区域WiFi密码是多少', keywords: [] }]);
    expect(matchFaqs(wifi, 'wifi密码')).toEqual([expect.objectContaining({ id: 'wifi' })]);
  });
});

describe('foldWording', () => {
  it('writes near wording one way, in full-width and half-width alike', () => {
    expect(foldWording('如何缴纳物业管理费')).toBe('怎么交物业费');
    expect(foldWording('ＷｉＦｉ')).toBe('wifi');
  });
});
