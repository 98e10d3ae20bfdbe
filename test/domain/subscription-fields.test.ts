import { fieldTypeOf, shapeField } from '../../cloudfunctions/domain/subscription-fields';
import type { FieldType } from '../../cloudfunctions/domain/subscription-fields';
import { checkSubscribeMessage } from '../../local/runtime/openapi/subscribe-message';

const value = (type: FieldType, raw: string) => {
  const shaped = shapeField(type, raw);
  if (!shaped.ok) throw new Error(`${type} refused ${raw}: ${shaped.reason}`);
  return shaped.value;
};

/** What WeChat (the local stand-in, written from its rules on its own) answers a field with this value. */
const wechatAnswers = (type: FieldType, shaped: string) =>
  checkSubscribeMessage({ touser: 'owner-1', template_id: 'TEMPLATE-0001', data: { [`${type}1`]: { value: shaped } } })
    .errCode;

const LONG = '楼道灯坏了一周没人修，晚上回家很不方便，老人孩子上下楼都摔过跤，希望尽快处理';

describe('fieldTypeOf', () => {
  it('reads the type from a key with its number', () => {
    expect(fieldTypeOf('thing2')).toBe('thing');
    expect(fieldTypeOf('character_string13')).toBe('character_string');
    expect(fieldTypeOf('phone_number1')).toBe('phone_number');
    expect(fieldTypeOf('thing')).toBeNull();
    expect(fieldTypeOf('colour1')).toBeNull();
  });
});

describe('shapeField', () => {
  describe('thing (at most 20 characters)', () => {
    it('keeps short Chinese, Latin and digits as they are', () => {
      expect(value('thing', '厨房水龙头漏水')).toBe('厨房水龙头漏水');
      expect(value('thing', 'Tap leaks in room 30')).toBe('Tap leaks in room 30');
      expect(value('thing', 'Tap leaks in room 302')).toBe('Tap leaks in room 3…');
      expect(value('thing', '302室 tap 漏水')).toBe('302室 tap 漏水');
    });

    it('cuts over-long text to 20 characters ending with …', () => {
      const shaped = value('thing', LONG);
      expect(Array.from(shaped)).toHaveLength(20);
      expect(shaped.endsWith('…')).toBe(true);
      expect(value('thing', '一二三四五六七八九十一二三四五六七八九十')).toBe(
        '一二三四五六七八九十一二三四五六七八九十',
      );
    });

    it('drops emoji and line breaks, never leaving half a character', () => {
      expect(value('thing', '水管漏了👍\n快来🙏🏻')).toBe('水管漏了 快来');
      expect(value('thing', '👨‍👩‍👧 一家人')).toBe('一家人');
      expect(shapeField('thing', '🎉🎉')).toEqual({ ok: false, reason: 'empty' });
    });
  });

  describe('phrase (at most 5 Chinese characters)', () => {
    it('keeps Chinese only and cuts to 5', () => {
      expect(value('phrase', '已受理')).toBe('已受理');
      expect(value('phrase', '处理中abc123😀')).toBe('处理中');
      expect(value('phrase', '已经处理完成了')).toBe('已经处理完');
      expect(shapeField('phrase', 'done 1')).toMatchObject({ ok: false });
    });
  });

  describe('character_string (at most 32, no Chinese)', () => {
    it('keeps letters, digits and symbols, drops Chinese and emoji, cuts to 32', () => {
      expect(value('character_string', 'ED20261122-0007')).toBe('ED20261122-0007');
      expect(value('character_string', '工单ED-7😀')).toBe('ED-7');
      expect(value('character_string', 'A'.repeat(40))).toBe('A'.repeat(32));
      expect(shapeField('character_string', '工单')).toMatchObject({ ok: false });
    });
  });

  describe('time and date (China time)', () => {
    it('writes an instant as 2026年11月22日 15:01', () => {
      expect(value('time', '2026-11-22T15:01:30+08:00')).toBe('2026年11月22日 15:01');
      expect(value('time', '2026-11-22T07:01:00Z')).toBe('2026年11月22日 15:01');
      expect(value('date', '2026-11-22T23:30:00Z')).toBe('2026年11月23日');
    });

    it('refuses what is no time: Chinese, Latin, emoji', () => {
      for (const raw of ['明天下午', 'tomorrow', '⏰', '1234567890123'])
        expect(shapeField('time', raw)).toMatchObject({ ok: false });
    });
  });

  describe('name (10 Chinese characters, or 20 letters)', () => {
    it('keeps Chinese names to 10 and Latin names to 20, without digits or emoji', () => {
      expect(value('name', '张业主')).toBe('张业主');
      expect(value('name', '欧阳一二三四五六七八九十')).toBe('欧阳一二三四五六七八');
      expect(value('name', 'Alexander Montgomery-Smith')).toBe('Alexander Montgomery');
      expect(value('name', '王师傅007😀')).toBe('王师傅');
      expect(shapeField('name', '12345')).toMatchObject({ ok: false });
    });
  });

  describe('number, phone_number, car_number, amount', () => {
    it('keeps the number, to 32 digits', () => {
      expect(value('number', '共 3 件')).toBe('3');
      expect(value('number', '12.50')).toBe('12.50');
      expect(value('number', '9'.repeat(40))).toBe('9'.repeat(32));
      expect(shapeField('number', '三件😀')).toMatchObject({ ok: false });
    });

    it('keeps a phone number to 17 characters', () => {
      expect(value('phone_number', '电话：0571-12345678')).toBe('0571-12345678');
      expect(value('phone_number', '+86 138 1234 5678 ext 99')).toBe('+86 138 1234 5678');
      expect(shapeField('phone_number', '没有电话')).toMatchObject({ ok: false });
    });

    it('keeps a plate to 8 characters, upper case', () => {
      expect(value('car_number', '浙a·12345')).toBe('浙A12345');
      expect(value('car_number', '浙A12345D6789')).toBe('浙A12345D');
    });

    it('writes an amount with its symbol, and refuses more than 10 digits', () => {
      expect(value('amount', '120')).toBe('¥120.00');
      expect(value('amount', '约 1,280.5 元')).toBe('¥1280.50');
      expect(shapeField('amount', '123456789012')).toMatchObject({ ok: false });
      expect(shapeField('amount', '面议')).toMatchObject({ ok: false });
    });
  });

  it('always shapes a value WeChat accepts', () => {
    const inputs = [LONG, 'Tap leaks in room 302 since Monday', '302室😀', '2026-11-22T15:01:00+08:00', '张三 Tom 007'];
    for (const type of [
      'thing',
      'phrase',
      'character_string',
      'time',
      'date',
      'name',
      'number',
      'phone_number',
      'car_number',
      'amount',
    ] as const) {
      for (const raw of inputs) {
        const shaped = shapeField(type, raw);
        if (shaped.ok) expect([type, raw, wechatAnswers(type, shaped.value)]).toEqual([type, raw, 0]);
      }
    }
  });
});
