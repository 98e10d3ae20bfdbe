import { transition } from '../../cloudfunctions/domain/lifecycle';
import { maskPhone, toSummaryView, toTicketView } from '../../cloudfunctions/domain/views';
import {
  NINE_MINUTES_LATER,
  aTicket,
  anEngineerWhoFiledIt,
  engineer,
  leadership,
  manager,
  owner,
  receptionist,
  securityGuard,
  serviceHead,
} from './builders';

function aTicketWithHistory() {
  let ticket = aTicket();
  ticket = transition(ticket, { type: 'note', text: '业主脾气急，注意沟通' }, engineer(), NINE_MINUTES_LATER).ticket;
  ticket = transition(
    ticket,
    { type: 'transfer', toDepartment: 'security', reason: '需要秩序部先关总阀' },
    engineer(),
    NINE_MINUTES_LATER,
  ).ticket;
  return ticket;
}

describe('toTicketView', () => {
  describe('for the owner', () => {
    const view = toTicketView(aTicketWithHistory(), owner(), NINE_MINUTES_LATER);

    it('never shows internal notes', () => {
      expect(view.timeline.map((e) => e.kind)).toEqual(['created', 'transferred']);
      expect(JSON.stringify(view)).not.toContain('业主脾气急');
    });

    it("shows where a transfer went, but not the departments' reason", () => {
      expect(view.timeline[1]).toMatchObject({ fromDepartment: 'engineering', toDepartment: 'security' });
      expect(view.timeline[1].text).toBeUndefined();
    });

    it('shows their own phone number and no owner name', () => {
      expect(view.contactPhone).toBe('13812345678');
      expect(view.ownerName).toBeUndefined();
    });
  });

  describe('for staff', () => {
    it('shows the handling department everything, phone included', () => {
      const view = toTicketView(aTicketWithHistory(), securityGuard(), NINE_MINUTES_LATER);
      expect(view.timeline.map((e) => e.kind)).toEqual(['created', 'noted', 'transferred']);
      expect(view.timeline[2].text).toBe('需要秩序部先关总阀');
      expect(view.contactPhone).toBe('13812345678');
      expect(view.ownerName).toBe('张业主');
      expect(view.can).toEqual(['accept', 'reply', 'note', 'transfer', 'merge']);
    });

    it('masks the phone for a manager, who oversees (notes, supervises) but does not handle', () => {
      const view = toTicketView(aTicket(), manager(), NINE_MINUTES_LATER);
      expect(view.contactPhone).toBe('138****5678');
      expect(view.can).toEqual(['note', 'supervise']);
    });

    it('shows the service desk the phone, since it calls owners back', () => {
      expect(toTicketView(aTicket(), receptionist(), NINE_MINUTES_LATER).contactPhone).toBe('13812345678');
      expect(toTicketView(aTicket(), serviceHead(), NINE_MINUTES_LATER).contactPhone).toBe('13812345678');
    });

    it('masks the phone for company leadership too', () => {
      expect(toTicketView(aTicket(), leadership(), NINE_MINUTES_LATER).contactPhone).toBe('138****5678');
    });
  });

  describe('for staff who filed the request themselves, as an owner', () => {
    const view = toTicketView(aTicketWithHistory(), anEngineerWhoFiledIt(), NINE_MINUTES_LATER);

    it('shows it as the owner sees it: no internal notes, no transfer reason', () => {
      expect(view.timeline.map((e) => e.kind)).toEqual(['created', 'transferred']);
      expect(JSON.stringify(view)).not.toContain('业主脾气急');
      expect(JSON.stringify(view)).not.toContain('需要秩序部先关总阀');
    });

    it("offers none of the department's commands", () => {
      const accepted = toTicketView(aTicket({ status: 'accepted' }), anEngineerWhoFiledIt(), NINE_MINUTES_LATER);
      expect(accepted.can).toEqual([]);
    });
  });
});

describe('toSummaryView', () => {
  it('cuts the description to 60 characters', () => {
    const summary = toSummaryView(aTicket({ description: '漏'.repeat(80) }), NINE_MINUTES_LATER).summary;
    expect(summary).toBe(`${'漏'.repeat(60)}…`);
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['0755-12345678', '075*-******78'],
  ])('masks %s as %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });
});
