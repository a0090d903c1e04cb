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

  it('names what to remove in plain words', () => {
    const d = checkItems({ text: 'x', header: 'y', suggestions: [optin()] }).diagnostics.find((x) => x.code === 'optin/not-alone')!;
    expect(d.message).toBe("An opt-in request must be the item's only content: remove the text and the header beside it, which Messenger does not get.");
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

describe('optin/reoptin-obsolete', () => {
  it.each([true, false])('reoptin %s: an info at reoptin; the send still carries it', (reoptin) => {
    const r = optinItem({}, { frequency: 'DAILY', reoptin });
    expect(expectCode(r, 'optin/reoptin-obsolete', `${SUG}/optin/reoptin`).severity).toBe('info');
    expect(payloadOf(r).notification_messages_reoptin).toBe(reoptin ? 'ENABLED' : 'DISABLED');
    expectErrors(r);
  });

  it('in the user’s key spelling', () => {
    const r = checkItems({ suggestions: [{ action: 'optin', label: 'L', postbackdata: 'P', OptIn: { frequency: 'DAILY', ReOptIn: true } }] });
    expectCode(r, 'optin/reoptin-obsolete', `${SUG}/OptIn/ReOptIn`);
  });

  it('stays clear without reoptin', () => {
    expectNoCode(optinItem(), 'optin/reoptin-obsolete');
  });
});

describe('optin/outside-window', () => {
  it.each(['HUMAN_agent', 'POST_PURCHASE_UPDATE', 'ISSUE_RESOLUTION'])('an opt-in request tagged %s: a warning at the tag', (tag) => {
    const r = checkItems({ tag, suggestions: [optin()] });
    expect(expectCode(r, 'optin/outside-window', `${ITEM()}/tag`).severity).toBe('warning');
    expect(first(r).outcome).toBe('optin_request');
  });

  it('NOTIFICATION_MESSAGE is tag/notification-on-optin instead', () => {
    const r = checkItems({ tag: 'NOTIFICATION_MESSAGE', suggestions: [optin()] });
    expectNoCode(r, 'optin/outside-window');
    expectCode(r, 'tag/notification-on-optin', `${ITEM()}/tag`);
  });

  it('stays clear without a tag (an empty tag is none), and for a tagged item that is no opt-in request', () => {
    expectNoCode(optinItem(), 'optin/outside-window');
    expectNoCode(checkItems({ tag: ' ', suggestions: [optin()] }), 'optin/outside-window');
    expectNoCode(checkItems({ tag: 'HUMAN_AGENT', text: 'x' }), 'optin/outside-window');
  });
});

describe('optin/duplicate', () => {
  const titled = (label: string): Json => ({ suggestions: [optin({ label })] });

  it('a second opt-in request with the same title in one msg entry: a warning at its label, and at every later one', () => {
    const r = checkItems(titled('Deals'), { text: 'between' }, titled('Deals'), titled('Deals'));
    expect(expectCode(r, 'optin/duplicate', `${ITEM(2)}/suggestions/0/label`).severity).toBe('warning');
    expectCode(r, 'optin/duplicate', `${ITEM(3)}/suggestions/0/label`);
    expect(r.diagnostics.filter((d) => d.code === 'optin/duplicate')).toHaveLength(2);
  });

  it('also when the opt-in stands on a card', () => {
    const r = checkItems(titled('Deals'), carousel({ suggestions: [optin({ label: 'Deals' })] }));
    expectCode(r, 'optin/duplicate', `${ITEM(1)}/carousel/cards/0/suggestions/0/label`);
  });

  it('the title is compared as an exact string: another case or spacing is another topic', () => {
    expectNoCode(checkItems(titled('Deals'), titled('deals'), titled('Deals ')), 'optin/duplicate');
  });

  it('stays clear across msg entries, and for requests without a title (optin/label-missing says so)', () => {
    expectNoCode(check(request(msg([titled('Deals')]), msg([titled('Deals')]))), 'optin/duplicate');
    const untitled = { suggestions: [{ action: 'optin', postbackdata: 'P', optin: { frequency: 'DAILY' } }] };
    expectNoCode(checkItems(untitled, untitled), 'optin/duplicate');
    expectNoCode(checkItems(titled(''), titled('')), 'optin/duplicate');
  });
});

describe('optin/media-not-image', () => {
  const MEDIA = `${SUG}/media`;

  it.each([
    ['a video by its mimeType', { mediaName: 'a.mp4', mediaUri: 'https://www.cm.com/a.mp4', mimeType: 'video/mp4' }],
    ['an image type Messenger does not show', { mediaName: 'a.webp', mediaUri: 'https://www.cm.com/a.webp', mimeType: 'image/webp' }],
    ['a document by its name', { mediaName: 'a.pdf', mediaUri: 'https://www.cm.com/a.png' }],
    ['a video by its URI, the name having no extension', { mediaName: 'clip', mediaUri: 'https://www.cm.com/clip.ogg' }],
    ['a file by its URI without a path', { mediaUri: 'https://www.cm.com' }],
    ['media without a mediaUri or type', { mediaName: 'logo' }],
  ])('%s: error at the media', (_name, m) => {
    const r = optinItem({ media: m });
    expect(expectCode(r, 'optin/media-not-image', MEDIA).severity).toBe('error');
    expect(first(r).outcome).toBe('optin_request');
  });

  it.each([
    ['png', { mediaName: 'a.png', mediaUri: 'https://www.cm.com/a.png', mimeType: 'image/png' }],
    ['image/jpg', { mediaName: 'a.jpg', mediaUri: 'https://www.cm.com/a.jpg', mimeType: 'image/jpg' }],
    ['gif by its name', { mediaName: 'a.GIF', mediaUri: 'https://www.cm.com/a' }],
    ['jpeg by its URI', { mediaUri: 'https://www.cm.com/a/photo.jpeg?size=2' }],
    ['the mimeType before the name', { mediaName: 'a.pdf', mediaUri: 'https://www.cm.com/a', mimeType: 'image/png' }],
  ])('%s: clear', (_name, m) => {
    expectNoCode(optinItem({ media: m }), 'optin/media-not-image');
  });

  it('stays clear without media, and with an empty media object (not present)', () => {
    expectNoCode(optinItem(), 'optin/media-not-image');
    expectNoCode(optinItem({ media: {} }), 'optin/media-not-image');
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

describe('tag/notification-sunset', () => {
  it.each(['NOTIFICATION_MESSAGE', 'notification_message'])('an item tagged %s: an info at the tag', (tag) => {
    const r = checkItems({ text: 'Sale!', tag });
    expect(expectCode(r, 'tag/notification-sunset', `${ITEM()}/tag`).severity).toBe('info');
    expectErrors(r);
  });

  it('also on an opt-in request so tagged, beside tag/notification-on-optin', () => {
    expectCode(checkItems({ tag: 'NOTIFICATION_MESSAGE', suggestions: [optin()] }), 'tag/notification-sunset', `${ITEM()}/tag`);
  });

  it('stays clear for other tags and without one', () => {
    expectNoCode(checkItems({ text: 'x', tag: 'HUMAN_AGENT' }, { text: 'y' }), 'tag/notification-sunset');
  });
});

describe('notification/one-per-day', () => {
  const marketing = (extra: Json = {}): Json => ({ text: 'Sale!', tag: 'NOTIFICATION_MESSAGE', ...extra });

  it('one marketing message in a msg entry: clear', () => {
    const r = checkItems(marketing());
    expectNoCode(r, 'notification/one-per-day');
    expectErrors(r);
  });

  it('a second marketing item: a warning at its tag, not at the first', () => {
    const r = checkItems(marketing(), marketing({ text: 'More sale!' }));
    expect(expectCode(r, 'notification/one-per-day', `${ITEM(1)}/tag`).severity).toBe('warning');
    expect(r.diagnostics.filter((d) => d.code === 'notification/one-per-day').map((d) => d.path)).toEqual([`${ITEM(1)}/tag`]);
  });

  it('counts Send API messages: text and media are two, so that item gets it on its own', () => {
    const r = checkItems(marketing({ media: png() }));
    expect(first(r).sends).toHaveLength(2);
    expectCode(r, 'notification/one-per-day', `${ITEM()}/tag`);
  });

  it('an item that sends nothing does not count, nor gets it', () => {
    const r = checkItems({ tag: 'NOTIFICATION_MESSAGE' }, marketing());
    expect(first(r).sends).toEqual([]);
    expectNoCode(r, 'notification/one-per-day');
  });

  it('each msg entry counts on its own', () => {
    expectNoCode(check(request(msg([marketing()]), msg([marketing()]))), 'notification/one-per-day');
  });
});

describe('tag/mixed-with-notification', () => {
  it('an item without a tag beside a marketing message: error at the item', () => {
    const r = checkItems({ text: 'Hi' }, { text: 'Sale!', tag: 'NOTIFICATION_MESSAGE' });
    expect(expectCode(r, 'tag/mixed-with-notification', ITEM(0)).severity).toBe('error');
    expect(r.diagnostics.filter((d) => d.code === 'tag/mixed-with-notification')).toHaveLength(1);
  });

  it('an item with another tag, an empty tag or an unknown one: error at its tag', () => {
    const r = checkItems(
      { text: 'Sale!', tag: 'NOTIFICATION_MESSAGE' },
      { text: 'a', tag: 'HUMAN_AGENT' },
      { text: 'b', tag: '' },
      { text: 'c', tag: 'ISSUE_RESOLUTION' },
    );
    for (const j of [1, 2, 3]) expectCode(r, 'tag/mixed-with-notification', `${ITEM(j)}/tag`);
  });

  it('also an opt-in request or a not_supported item beside a marketing message', () => {
    const r = checkItems({ suggestions: [optin()] }, {}, { text: 'Sale!', tag: 'NOTIFICATION_MESSAGE' });
    expectCode(r, 'tag/mixed-with-notification', ITEM(0));
    expectCode(r, 'tag/mixed-with-notification', ITEM(1));
  });

  it('stays clear when every item is tagged NOTIFICATION_MESSAGE, without one, and across msg entries', () => {
    expectNoCode(checkItems({ text: 'a', tag: 'NOTIFICATION_MESSAGE' }, { text: 'b', tag: 'notification_message' }), 'tag/mixed-with-notification');
    expectNoCode(checkItems({ text: 'a' }, { text: 'b', tag: 'HUMAN_AGENT' }), 'tag/mixed-with-notification');
    expectNoCode(check(request(msg([{ text: 'Hi' }]), msg([{ text: 'Sale!', tag: 'NOTIFICATION_MESSAGE' }]))), 'tag/mixed-with-notification');
  });

  it('a conversation entry that is no object is no item (schema/type says so)', () => {
    const r = checkItems('not an item', { text: 'Sale!', tag: 'NOTIFICATION_MESSAGE' });
    expectNoCode(r, 'tag/mixed-with-notification');
    expectCode(r, 'schema/type', ITEM(0));
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
