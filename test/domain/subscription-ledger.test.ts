import {
  fieldAtFault,
  grantsOf,
  isFinal,
  ledgerId,
  ruleForError,
  sendRecordId,
} from '../../cloudfunctions/domain/subscription-ledger';
import { fillTemplate, templateForEffect, ticketValues } from '../../cloudfunctions/domain/subscription-messages';
import {
  MAX_IDS_PER_REQUEST,
  SUBSCRIBE_ON,
  SUBSCRIPTION_TEMPLATES,
  TEMPLATE_KEYS,
  pageOf,
  templateById,
} from '../../cloudfunctions/domain/subscription-templates';
import { checkSubscribeMessage } from '../../local/runtime/openapi/subscribe-message';
import { aTicket } from './builders';

describe('the quota ledger', () => {
  it('grants one message for each accept, and none for reject, ban or filter', () => {
    expect(grantsOf({ A: 'accept', B: 'reject', C: 'ban', D: 'filter', E: 'accept' })).toEqual(['A', 'E']);
    expect(grantsOf({})).toEqual([]);
  });

  it('keys an entry by person and template id, and a send record by its cause and person', () => {
    expect(ledgerId('owner-1', 'TPL1')).toBe('owner-1~TPL1');
    expect(sendRecordId('t1:3:0', 'owner-1')).toBe('t1-3-0~owner-1');
    expect(sendRecordId('t1:3:0', 'owner-2')).not.toBe(sendRecordId('t1:3:0', 'owner-1'));
  });
});

describe('the retry rules of a failed send', () => {
  it('43101 spends the grant and is not retried', () => {
    expect(ruleForError(43101)).toEqual({ outcome: 'refused', retry: false, refund: false });
  });

  it('47003 keeps the grant and is not retried', () => {
    expect(ruleForError(47003)).toEqual({ outcome: 'invalid_field', retry: false, refund: true });
  });

  it('a wrong openid, template, page or permission keeps the grant and is not retried', () => {
    for (const code of [40003, 40037, 41030, -604101])
      expect(ruleForError(code)).toEqual({ outcome: 'rejected', retry: false, refund: true });
  });

  it('anything else (a system error, a rate limit, no answer at all) is retried, holding the grant', () => {
    for (const code of [-1, 45009, 500, undefined])
      expect(ruleForError(code)).toEqual({ outcome: 'failed', retry: true, refund: false });
  });

  it('only a failed send is not final', () => {
    expect(isFinal({ outcome: 'failed' })).toBe(false);
    for (const outcome of ['sent', 'no_quota', 'refused', 'invalid_field', 'rejected'] as const)
      expect(isFinal({ outcome })).toBe(true);
  });

  it('finds the field a 47003 names', () => {
    expect(fieldAtFault('argument invalid! data.thing2.value exceeds limit', ['thing2', 'time3'])).toBe('thing2');
    expect(fieldAtFault('argument invalid! time3 invalid', ['thing2', 'time3'])).toBe('time3');
    expect(fieldAtFault('argument invalid!', ['thing2'])).toBeUndefined();
  });
});

describe('the template registry', () => {
  it('has a distinct id for every template and asks for at most 3 on each tap', () => {
    const ids = TEMPLATE_KEYS.map((k) => SUBSCRIPTION_TEMPLATES[k].id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const keys of Object.values(SUBSCRIBE_ON)) expect(keys.length).toBeLessThanOrEqual(MAX_IDS_PER_REQUEST);
    expect(templateById(SUBSCRIPTION_TEMPLATES.ticket_accepted.id)?.key).toBe('ticket_accepted');
    expect(templateById('nope')).toBeUndefined();
  });

  it("opens the request's page when a message is about one", () => {
    expect(pageOf(SUBSCRIPTION_TEMPLATES.ticket_accepted, 't1')).toBe('pages/ticket/index?id=t1');
    expect(pageOf(SUBSCRIPTION_TEMPLATES.outage_notice)).toBe('pages/home/index');
  });
});

describe('the message of an event', () => {
  const ticket = aTicket({
    number: 'ED20261122-0007',
    description: '楼道灯坏了一周没人修，晚上回家很不方便，老人孩子上下楼都摔过跤😢',
  });
  const at = '2026-11-22T15:01:00+08:00';

  it('picks the template of each event, and none for an event worth no message outside the app', () => {
    expect(templateForEffect({ type: 'NOTIFY_OWNER', event: 'accepted' })).toBe('ticket_accepted');
    expect(templateForEffect({ type: 'NOTIFY_OWNER', event: 'replied' })).toBe('ticket_progress');
    expect(templateForEffect({ type: 'NOTIFY_OWNER', event: 'resolved' })).toBe('ticket_resolved');
    expect(templateForEffect({ type: 'NOTIFY_OWNER', event: 'closed' })).toBeNull();
    expect(
      templateForEffect({ type: 'NOTIFY_DEPARTMENT', department: 'engineering', reason: 'new', urgent: false }),
    ).toBe('staff_new_request');
    expect(templateForEffect({ type: 'NOTIFY_STAFF', to: 'dept_head', event: 'warned' })).toBe('staff_overdue');
    expect(templateForEffect({ type: 'NOTIFY_STAFF', to: 'dept_head', event: 'escalated' })).toBe('staff_escalated');
    expect(templateForEffect({ type: 'NOTIFY_STAFF', to: 'handlers', event: 'plan_returned' })).toBeNull();
  });

  it('fills every template with values WeChat accepts', () => {
    const effects = [
      { type: 'NOTIFY_OWNER', event: 'accepted' },
      { type: 'NOTIFY_OWNER', event: 'replied' },
      { type: 'NOTIFY_OWNER', event: 'resolved' },
      { type: 'NOTIFY_DEPARTMENT', department: 'engineering', reason: 'new', urgent: true },
      { type: 'NOTIFY_STAFF', to: 'dept_head', event: 'warned' },
      { type: 'NOTIFY_STAFF', to: 'dept_head', event: 'escalated' },
    ] as const;
    for (const effect of effects) {
      const template = SUBSCRIPTION_TEMPLATES[templateForEffect(effect)!];
      const filled = fillTemplate(template, ticketValues(ticket, effect, at));
      if (!filled.ok) throw new Error(`${template.key}: ${filled.field} ${filled.reason}`);
      expect(checkSubscribeMessage({ touser: 'owner-1', template_id: template.id, data: filled.data }).errCode).toBe(0);
    }
    const accepted = fillTemplate(
      SUBSCRIPTION_TEMPLATES.ticket_accepted,
      ticketValues(ticket, { type: 'NOTIFY_OWNER', event: 'accepted' }, at),
    );
    expect(accepted).toEqual({
      ok: true,
      data: {
        character_string1: { value: 'ED20261122-0007' },
        thing2: { value: '楼道灯坏了一周没人修，晚上回家很不方便…' },
        phrase3: { value: '已受理' },
        time4: { value: '2026年11月22日 15:01' },
        thing5: { value: '我们会尽快为您处理' },
      },
    });
  });

  it('names the field a value is missing for', () => {
    expect(fillTemplate(SUBSCRIPTION_TEMPLATES.outage_notice, { kind: '停水', area: '1栋' })).toEqual({
      ok: false,
      field: 'time3',
      reason: 'no start',
    });
  });
});
