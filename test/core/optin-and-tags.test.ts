/**
 * RULES.md 2.1, 2.5 and 3: marketing-message opt-in requests, message tags and the
 * recipients of marketing messages.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/core';
import type { Report } from '../../src/core';
import {
  ITEM,
  MSG,
  card,
  carousel,
  checkItems,
  cp,
  expectCode,
  expectErrors,
  expectNoCode,
  first,
  msg,
  optin,
  png,
  reply,
  request,
  viewProduct,
  type Json,
} from './helpers';

const SUG = `${ITEM()}/suggestions/0`;
const optinItem = (extra: Json = {}, settings?: Json): Report => checkItems({ suggestions: [optin(extra, settings)] });
const payloadOf = (r: Report) => (first(r).sends[0]!.message.attachment as { payload: Json }).payload;

describe('optin_request (RULES.md 2.1, 2.5)', () => {
  it('an optin suggestion is an opt-in request, decided before the matrix', () => {
    const r = optinItem();
    expect(first(r)).toMatchObject({ outcome: 'optin_request', suggestionsAs: 'optin', decidedBy: 'optin', matrixRow: null, inputs: null });
    expectErrors(r);
  });

  it('sends a notification_messages template; the time zone defaults to UTC, re-opt-in only when given, frequency never', () => {
    expect(payloadOf(optinItem())).toEqual({
      template_type: 'notification_messages',
      title: 'Nice products!',
      payload: 'OPT_IN',
      notification_messages_timezone: 'UTC',
    });
    expect(payloadOf(optinItem({ media: png() }, { frequency: 'DAILY', reoptin: false, timezone: 'Asia/Tokyo' }))).toEqual({
      template_type: 'notification_messages',
      title: 'Nice products!',
      image_url: 'https://www.cm.com/cdn/cm/cm.png',
      payload: 'OPT_IN',
      notification_messages_timezone: 'Asia/Tokyo',
      notification_messages_reoptin: 'DISABLED',
    });
  });

  it('stays an opt-in request, always, even beside other content', () => {
    for (const item of [
      { text: 'x', suggestions: [optin()] },
      { suggestions: [viewProduct(), optin()] },
      carousel(card(1), { ...card(2), suggestions: [optin()] }),
    ])
      expect(first(checkItems(item)).outcome).toBe('optin_request');
  });
});

describe('optin/not-alone', () => {
  it.each([
    ['another suggestion', { suggestions: [optin(), reply()] }, `${ITEM()}/suggestions/0`],
    ['text', { text: 'x', suggestions: [optin()] }, SUG],
    ['a header', { header: 'x', suggestions: [optin()] }, SUG],
    ['media', { media: png(), suggestions: [optin()] }, SUG],
    ['cards', { suggestions: [optin()], ...carousel(card(1), card(2)) }, SUG],
    ['an opt-in on a card beside other cards', carousel(card(1), { suggestions: [optin()] }), `${ITEM()}/carousel/cards/1/suggestions/0`],
  ])('beside %s: error at the optin suggestion; the outcome stays optin_request', (_name, item, path) => {
    const r = checkItems(item);
    expect(first(r).outcome).toBe('optin_request');
    expectCode(r, 'optin/not-alone', path);
  });

  it('stays clear alone', () => {
    expectNoCode(optinItem(), 'optin/not-alone');
  });

  it('an opt-in on the item’s single card counts that card as beside it (RULES.md does not say; the core’s reading)', () => {
    const r = checkItems(carousel({ suggestions: [optin()] }));
    expect(first(r).outcome).toBe('optin_request');
    expectCode(r, 'optin/not-alone', `${ITEM()}/carousel/cards/0/suggestions/0`);
  });
});

describe('optin/label-missing', () => {
  it('no label: error at the suggestion', () => {
    expectCode(checkItems({ suggestions: [{ action: 'optin', postbackdata: 'P', optin: { frequency: 'DAILY' } }] }), 'optin/label-missing', SUG);
    expectCode(optinItem({ label: '' }), 'optin/label-missing', SUG);
  });

  it('stays clear with a label', () => {
    expectNoCode(optinItem({ label: 'T' }), 'optin/label-missing');
  });
});

describe('optin/label-too-long', () => {
  it('66 code points: error at the label (the 20 of buttons does not apply)', () => {
    const r = optinItem({ label: cp(66) });
    expectCode(r, 'optin/label-too-long', `${SUG}/label`);
    expectNoCode(r, 'suggestion/label-too-long');
  });

  it('65 code points: clear', () => {
    const r = optinItem({ label: cp(65) });
    expectErrors(r);
    expect(payloadOf(r).title).toBe(cp(65));
  });
});

describe('optin/postback-missing', () => {
  it('no postbackdata: error at the suggestion', () => {
    expectCode(checkItems({ suggestions: [{ action: 'optin', label: 'L', optin: { frequency: 'DAILY' } }] }), 'optin/postback-missing', SUG);
  });

  it('stays clear with postbackdata in any key spelling', () => {
    expectNoCode(checkItems({ suggestions: [{ action: 'optin', label: 'L', PostBackData: 'P', optin: { frequency: 'DAILY' } }] }), 'optin/postback-missing');
  });
});

describe('optin/frequency-invalid', () => {
  it('frequency not DAILY: error at the frequency', () => {
    expectCode(optinItem({}, { frequency: 'WEEKLY' }), 'optin/frequency-invalid', `${SUG}/optin/frequency`);
  });

  it('frequency missing: error at optin, or at the suggestion without optin', () => {
    expectCode(optinItem({}, { timezone: 'UTC' }), 'optin/frequency-invalid', `${SUG}/optin`);
    expectCode(checkItems({ suggestions: [{ action: 'optin', label: 'L', postbackdata: 'P' }] }), 'optin/frequency-invalid', SUG);
  });

  it('stays clear for DAILY in any letter case', () => {
    for (const frequency of ['DAILY', 'daily', 'Daily']) expectNoCode(optinItem({}, { frequency }), 'optin/frequency-invalid');
  });
});

describe('optin/timezone-invalid', () => {
  it.each(['Mars/Olympus_Mons', '+01:00', 'CET+1', ''])('%j: error at the timezone', (timezone) => {
    expectCode(optinItem({}, { frequency: 'DAILY', timezone }), 'optin/timezone-invalid', `${SUG}/optin/timezone`);
  });

  it.each(['UTC', 'Europe/Amsterdam', 'America/Argentina/Buenos_Aires', 'Etc/GMT+1'])('%j: clear', (timezone) => {
    expectNoCode(optinItem({}, { frequency: 'DAILY', timezone }), 'optin/timezone-invalid');
  });

  it('no timezone: clear (UTC is sent)', () => {
    expectNoCode(optinItem(), 'optin/timezone-invalid');
  });
});

describe('optin/sunset', () => {
  it('every opt-in request: an info at the optin suggestion', () => {
    expect(expectCode(optinItem(), 'optin/sunset', SUG).severity).toBe('info');
  });

  it('no info without an opt-in', () => {
    expectNoCode(checkItems({ text: 'x' }), 'optin/sunset');
  });
});

describe('tag/unknown', () => {
  it('a tag Messenger does not know: error at the tag', () => {
    expectCode(checkItems({ text: 'x', tag: 'ISSUE_RESOLUTION' }), 'tag/unknown', `${ITEM()}/tag`);
  });

  it.each(['HUMAN_AGENT', 'human_agent', 'Notification_Message', 'CONFIRMED_EVENT_UPDATE', 'POST_PURCHASE_UPDATE', 'ACCOUNT_UPDATE'])('%s: clear', (tag) => {
    expectNoCode(checkItems({ text: 'x', tag }), 'tag/unknown');
  });
});

describe('tag/retired-by-meta', () => {
  it.each(['CONFIRMED_EVENT_UPDATE', 'post_purchase_update', 'Account_Update'])('%s: a warning at the tag; still sent with it', (tag) => {
    const r = checkItems({ text: 'x', tag });
    expect(expectCode(r, 'tag/retired-by-meta', `${ITEM()}/tag`).severity).toBe('warning');
    expect(first(r).sends[0]).toMatchObject({ messaging_type: 'MESSAGE_TAG', tag: tag.toUpperCase() });
  });

  it('HUMAN_AGENT and NOTIFICATION_MESSAGE: clear', () => {
    expectNoCode(checkItems({ text: 'x', tag: 'HUMAN_AGENT' }, { text: 'y', tag: 'NOTIFICATION_MESSAGE' }), 'tag/retired-by-meta');
  });
});

describe('tag/notification-on-optin', () => {
  it('NOTIFICATION_MESSAGE on an opt-in request: error at the tag', () => {
    expectCode(checkItems({ tag: 'notification_message', suggestions: [optin()] }), 'tag/notification-on-optin', `${ITEM()}/tag`);
  });

  it('another tag on an opt-in request, or NOTIFICATION_MESSAGE elsewhere: clear', () => {
    expectNoCode(checkItems({ tag: 'HUMAN_AGENT', suggestions: [optin()] }), 'tag/notification-on-optin');
    expectNoCode(checkItems({ tag: 'NOTIFICATION_MESSAGE', text: 'x' }), 'tag/notification-on-optin');
  });
});

describe('recipient/looks-like-psid', () => {
  const marketing = (...numbers: string[]) =>
    check(request(msg([{ text: 'Sale!', tag: 'NOTIFICATION_MESSAGE' }], { to: numbers.map((number) => ({ number })) })));

  it('NOTIFICATION_MESSAGE to an all-digit recipient: a warning at each such number', () => {
    const r = marketing('a-token', '24012345678901234');
    expect(expectCode(r, 'recipient/looks-like-psid', `${MSG()}/to/1/number`).severity).toBe('warning');
    expectNoCode(marketing('a-token'), 'recipient/looks-like-psid');
    expect(marketing('1', '2').diagnostics.filter((d) => d.code === 'recipient/looks-like-psid')).toHaveLength(2);
  });

  it('stays clear without NOTIFICATION_MESSAGE', () => {
    expectNoCode(check(request(msg([{ text: 'Hi', tag: 'HUMAN_AGENT' }], { to: [{ number: '24012345678901234' }] }))), 'recipient/looks-like-psid');
  });
});

describe('tags in the sends (RULES.md 2.5)', () => {
  it('a tag: MESSAGE_TAG with the tag in Meta’s spelling, on every message of the item', () => {
    const r = checkItems({ text: 'x', media: png(), tag: ' human_agent ' });
    expect(first(r).sends.map((s) => [s.messaging_type, s.tag])).toEqual([
      ['MESSAGE_TAG', 'HUMAN_AGENT'],
      ['MESSAGE_TAG', 'HUMAN_AGENT'],
    ]);
  });

  it('no tag: RESPONSE and no tag key', () => {
    const send = first(checkItems({ text: 'x' })).sends[0]!;
    expect(send.messaging_type).toBe('RESPONSE');
    expect('tag' in send).toBe(false);
  });

  it('NOTIFICATION_MESSAGE: the recipient is the notification token, with neither messaging_type nor tag', () => {
    const r = check(request(msg([{ text: 'x', media: png(), tag: 'Notification_Message' }], { to: [{ number: 'token-1' }, { number: 'token-2' }] })));
    for (const send of first(r).sends) {
      expect(send.recipient).toEqual({ notification_messages_token: 'token-1' });
      expect(Object.keys(send).sort()).toEqual(['message', 'recipient']);
    }
  });

  it('the sends are for the first recipient', () => {
    const r = check(request(msg([{ text: 'x' }], { to: [{ number: 'psid-1' }, { number: 'psid-2' }] })));
    expect(first(r).sends[0]!.recipient).toEqual({ id: 'psid-1' });
  });
});
