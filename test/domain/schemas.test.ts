import { createTicketInput, listMineInput, rateInput } from '../../cloudfunctions/domain/schemas';

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
