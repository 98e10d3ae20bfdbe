import { normaliseText, visibleLength } from '../../cloudfunctions/domain/text';

describe('normaliseText', () => {
  it('keeps line breaks as \\n, whatever the device sent', () => {
    expect(normaliseText('第一行\r\n第二行\r第三行\u2028第四行')).toBe('第一行\n第二行\n第三行\n第四行');
  });

  it('removes control characters other than the newline, and turns a tab into a space', () => {
    expect(normaliseText('水管\u0000漏\u0007水\u001b了\u007f\u0085')).toBe('水管漏水了');
    expect(normaliseText('水管\t漏水')).toBe('水管 漏水');
  });

  it('removes bidi controls, which would show the text in another order than it was written', () => {
    expect(normaliseText('付款\u202e001\u202c元\u2066\u2069\u200e\u200f\u061c')).toBe('付款001元');
  });

  it('drops the broken half of a character, and keeps whole characters that need two halves', () => {
    expect(normaliseText('水管漏了\ud83d')).toBe('水管漏了');
    expect(normaliseText('\udc4d水管漏了')).toBe('水管漏了');
    expect(normaliseText('水管漏了👍')).toBe('水管漏了👍');
  });

  it('composes characters (NFC), so the same text is stored the same way', () => {
    expect(normaliseText('cafe\u0301')).toBe('caf\u00e9');
  });

  it('trims blanks around the text, the ideographic space and the byte order mark included', () => {
    expect(normaliseText('\u3000\ufeff 漏水 \u00a0\n')).toBe('漏水');
  });
});

describe('visibleLength', () => {
  it('counts characters, not UTF-16 units: an emoji is one', () => {
    expect(visibleLength('漏水👍')).toBe(3);
  });

  it('does not count blanks, line breaks, zero-width or joining characters', () => {
    expect(visibleLength('漏 水\n了\u200b\u200c\u200d\u2060\ufeff')).toBe(3);
  });

  it('does not count combining marks, variation selectors or skin tones apart from what they modify', () => {
    expect(visibleLength('e\u0301\u0302\u0303')).toBe(1);
    expect(visibleLength('❤\ufe0f')).toBe(1);
    expect(visibleLength('👍\u{1f3fd}')).toBe(1);
  });

  it('counts nothing in text made of fillers that look blank', () => {
    expect(visibleLength('\u3164\u115f\u1160\uffa0\u2800\u3000\u00ad')).toBe(0);
  });
});
