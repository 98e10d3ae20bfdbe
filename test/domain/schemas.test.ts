import {
  createTicketInput,
  listMineInput,
  noteInput,
  rateInput,
  replyInput,
  resolveInput,
  transferInput,
} from '../../cloudfunctions/domain/schemas';

const aCreateInput = (overrides: Record<string, unknown> = {}) => ({
  clientRequestId: 'client-request-0001',
  category: 'repair',
  description: '卫生间地漏堵了',
  location: { kind: 'unit', unitId: 'demo-unit-1-1-101' },
  contactPhone: '13812345678',
  ...overrides,
});

/** The path and code of the first problem, or 'ok'. */
function verdict(
  schema: {
    safeParse(v: unknown): { success: boolean; error?: { issues: Array<{ path: (string | number)[]; code: string }> } };
  },
  value: unknown,
) {
  const parsed = schema.safeParse(value);
  if (parsed.success) return 'ok';
  const [issue] = parsed.error?.issues ?? [];
  return `${issue.path.join('.')}: ${issue.code}`;
}

describe('createTicketInput', () => {
  it('accepts a plain request', () => {
    expect(verdict(createTicketInput, aCreateInput())).toBe('ok');
  });

  it('refuses a key the location does not have, as it does at the top level', () => {
    expect(
      verdict(
        createTicketInput,
        aCreateInput({ location: { kind: 'unit', unitId: 'demo-unit-1-1-101', ownerOpenid: 'x' } }),
      ),
    ).toBe('location: unrecognized_keys');
    expect(
      verdict(createTicketInput, aCreateInput({ location: { kind: 'common_area', text: '地下车库', unitId: 'x' } })),
    ).toBe('location: unrecognized_keys');
  });

  describe('photos', () => {
    it('accepts cloud storage fileIDs', () => {
      expect(
        verdict(
          createTicketInput,
          aCreateInput({ photos: ['cloud://env-1a2b.7072-env-1a2b/tickets/1732000000-ab12cd.jpg'] }),
        ),
      ).toBe('ok');
    });

    it.each([
      ['a web address, which would load from elsewhere', 'https://example.com/track.png'],
      ['a script address', 'javascript:alert(1)'],
      ['a blank', '   '],
      ['a fileID with spaces', 'cloud://env/a b.jpg'],
    ])('refuses %s', (_what, photo) => {
      expect(verdict(createTicketInput, aCreateInput({ photos: [photo] }))).toBe('photos.0: invalid_string');
    });
  });
});

describe('rateInput', () => {
  it('refuses the same tag twice', () => {
    expect(verdict(rateInput, { ticketId: 't1', score: 4, tags: ['响应及时', '响应及时'] })).toBe('tags: custom');
  });
});

describe('listMineInput', () => {
  it('refuses an empty cursor (the first page has none)', () => {
    expect(verdict(listMineInput, { cursor: '' })).toBe('cursor: too_small');
    expect(verdict(listMineInput, {})).toBe('ok');
  });
});

describe('free text', () => {
  const parsed = <T>(schema: { safeParse(v: unknown): { success: boolean; data?: T } }, value: unknown) => {
    const result = schema.safeParse(value);
    if (!result.success) throw new Error('expected the value to pass');
    return result.data as T;
  };

  it.each([
    ['zero-width spaces', '\u200b\u200b\u200b\u200b\u200b\u200b'],
    ['NUL characters', '\u0000\u0000\u0000\u0000\u0000\u0000'],
    ['broken surrogate halves', '\udfff\udfff\ud800\ud800\ud800\ud800'],
    ['bidi controls', '\u202e\u202d\u2066\u2067\u2068\u2069'],
    ['only whitespace', ' \u3000\u00a0\t\n\r\n '],
    ['Hangul fillers and a braille blank', '\u3164\u3164\u115f\uffa0\u2800\u2800'],
  ])('refuses a description of %s, as if it were empty', (_what, description) => {
    expect(verdict(createTicketInput, aCreateInput({ description }))).toBe('description: too_small');
  });

  it('counts only visible characters toward the minimum', () => {
    expect(verdict(createTicketInput, aCreateInput({ description: '漏水\u200b\u200b\u200b\u200b' }))).toBe(
      'description: too_small',
    );
    expect(verdict(createTicketInput, aCreateInput({ description: '漏 水 漏 水 了' }))).toBe('ok');
  });

  it('counts only visible characters toward the maximum', () => {
    expect(verdict(replyInput, { ticketId: 't1', text: `${'好'.repeat(500)}${'\u200b'.repeat(20)}` })).toBe('ok');
    expect(verdict(replyInput, { ticketId: 't1', text: '好'.repeat(501) })).toBe('text: too_big');
  });

  it('refuses raw text far beyond the maximum before measuring it', () => {
    expect(verdict(replyInput, { ticketId: 't1', text: '\u200b'.repeat(4001) })).toBe('text: too_big');
  });

  it('hands on the normalised text', () => {
    const input = parsed<{ text: string }>(replyInput, { ticketId: 't1', text: ' 师傅\u0000下午\u202e两点\r\n上门 ' });
    expect(input.text).toBe('师傅下午两点\n上门');
  });

  it('leaves out an optional comment that is blank, and refuses one with nothing visible in it', () => {
    expect(parsed<{ comment?: string }>(rateInput, { ticketId: 't1', score: 4, comment: ' \u3000 ' }).comment).toBe(
      undefined,
    );
    expect(verdict(rateInput, { ticketId: 't1', score: 4, comment: '\u200b\u2060' })).toBe('comment: too_small');
    expect(verdict(createTicketInput, aCreateInput({ preferredVisitTime: '\ufeff\u200d' }))).toBe(
      'preferredVisitTime: too_small',
    );
  });

  it('applies to the common area, notes, transfer reasons and results', () => {
    expect(
      verdict(createTicketInput, aCreateInput({ location: { kind: 'common_area', text: '\u200b\u200b\u200b' } })),
    ).toBe('location.text: too_small');
    expect(verdict(noteInput, { ticketId: 't1', text: '\u202e' })).toBe('text: too_small');
    expect(verdict(transferInput, { ticketId: 't1', toDepartment: 'security', reason: '\u200b\u200b' })).toBe(
      'reason: too_small',
    );
    expect(verdict(resolveInput, { ticketId: 't1', text: '\u0000\u0001' })).toBe('text: too_small');
  });
});
