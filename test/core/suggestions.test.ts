/**
 * RULES.md 2.4 and 3: suggestions, how each action is delivered as a button or a quick
 * reply, and the checks of their labels, payloads, URLs and phone numbers.
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core';
import {
  ITEM,
  checkItems,
  cp,
  dial,
  expectCode,
  expectErrors,
  expectNoCode,
  first,
  login,
  logout,
  openUrl,
  replies,
  reply,
  type Json,
} from './helpers';

const SUG = (k = 0) => `${ITEM()}/suggestions/${k}`;
/** A button template (header + suggestions): every suggestion goes as a button when there are at most 3. */
const asButtons = (...suggestions: Json[]): Report => checkItems({ header: 'Choose', suggestions });
/** A text with suggestions: every suggestion goes as a quick reply. */
const asQuickReplies = (...suggestions: Json[]): Report => checkItems({ text: 'Choose', suggestions });

function buttonsOf(r: Report): unknown[] {
  return (first(r).sends[0]!.message.attachment as { payload: { buttons: unknown[] } }).payload.buttons;
}
function quickRepliesOf(r: Report): unknown {
  return first(r).sends.at(-1)!.message.quick_replies;
}

describe('delivery of suggestions (RULES.md 2.4)', () => {
  it('as buttons: Reply, OpenUrl, Dial, Login and Logout', () => {
    expect(buttonsOf(asButtons(reply('Yes', 'YES'), openUrl('Site', 'https://www.cm.com/'), dial('Call', '+31761234567')))).toEqual([
      { type: 'postback', title: 'Yes', payload: 'YES' },
      { type: 'web_url', title: 'Site', url: 'https://www.cm.com/' },
      { type: 'phone_number', title: 'Call', payload: '+31761234567' },
    ]);
    expect(buttonsOf(asButtons(login('https://www.cm.com/login'), logout()))).toEqual([
      { type: 'account_link', url: 'https://www.cm.com/login' },
      { type: 'account_unlink' },
    ]);
  });

  it('as a quick reply: Reply only, with image_url only when its media has a mediaUri', () => {
    const r = asQuickReplies(reply('Plain', 'P'), reply('Pic', 'Q', { media: { mediaName: 'thumb.png', mediaUri: 'https://www.cm.com/t.png', mimeType: 'image/png' } }));
    expect(quickRepliesOf(r)).toEqual([
      { content_type: 'text', title: 'Plain', payload: 'P' },
      { content_type: 'text', title: 'Pic', payload: 'Q', image_url: 'https://www.cm.com/t.png' },
    ]);
    expectErrors(r);
  });
});

describe('suggestion/not-quick-reply', () => {
  it.each([
    ['OpenUrl', openUrl()],
    ['Dial', dial()],
    ['Login', login()],
    ['Logout', logout()],
  ])('%s that must go as a quick reply: error at the suggestion, left out of the quick replies', (_name, s) => {
    const r = asQuickReplies(reply(), s);
    expectCode(r, 'suggestion/not-quick-reply', SUG(1));
    expect(quickRepliesOf(r)).toEqual([{ content_type: 'text', title: 'Yes', payload: 'YES' }]);
  });

  it('also when the button limit overflows into quick replies', () => {
    const r = asButtons(reply('a', 'a'), reply('b', 'b'), reply('c', 'c'), openUrl());
    expectCode(r, 'suggestion/not-quick-reply', SUG(3));
    expect(first(r)).toMatchObject({ outcome: 'button_template', quickReplies: 3, buttons: 0 });
    // It says why it goes as a quick reply at all, and how to keep it a button.
    const message = r.diagnostics.find((d) => d.code === 'suggestion/not-quick-reply')!.message;
    expect(message).toMatch(/^With more than 3 suggestions where it stands, all of them go as quick replies, and OpenUrl cannot be one/);
    expect(message).toContain('Keep at most 3 suggestions to send it as a button.');
    // Where only quick replies were asked for, the plain message.
    expect(asQuickReplies(reply(), openUrl()).diagnostics.find((d) => d.code === 'suggestion/not-quick-reply')!.message).toBe(
      'OpenUrl cannot be sent as a quick reply (only Reply can); it is left out.',
    );
  });

  it('stays clear when the same OpenUrl goes as a button', () => {
    expectNoCode(asButtons(reply(), openUrl()), 'suggestion/not-quick-reply');
  });
});

describe('suggestion/unsupported-action', () => {
  it('an action Messenger does not know: error at its action, left out of the sends', () => {
    const r = asButtons(reply(), { action: 'ViewLocation', label: 'Where', viewLocation: {} });
    expectCode(r, 'suggestion/unsupported-action', `${SUG(1)}/action`);
    expect(buttonsOf(r)).toEqual([{ type: 'postback', title: 'Yes', payload: 'YES' }]);
  });

  it.each(['constructor', '__proto__', 'toString'])('%j, a member of every JavaScript object, is no action: error at its action', (action) => {
    expectCode(asButtons(reply(), { action, label: 'x' }), 'suggestion/unsupported-action', `${SUG(1)}/action`);
  });

  it('a missing action: error at the suggestion', () => {
    expectCode(asButtons({ label: 'Nothing', postbackdata: 'x' }), 'suggestion/unsupported-action', SUG(0));
  });

  it('counts toward the <= 3 threshold although it is not sent', () => {
    const threeWithOne = asButtons(reply('a', 'a'), reply('b', 'b'), { action: 'CreateCalendarEvent' });
    expect(first(threeWithOne)).toMatchObject({ suggestionsAs: 'buttons', buttons: 2, quickReplies: 0 });
    const four = asButtons(reply('a', 'a'), reply('b', 'b'), reply('c', 'c'), { action: 'CreateCalendarEvent' });
    expect(first(four)).toMatchObject({ suggestionsAs: 'quick_replies', buttons: 0, quickReplies: 3 });
    expect(quickRepliesOf(four)).toHaveLength(3);
  });

  it('counts toward the <= 1 threshold of the media template', () => {
    const r = checkItems({ media: { mediaName: 'a.png', mediaUri: 'https://www.facebook.com/a.png', mimeType: 'image/png' }, suggestions: [reply(), { action: 'ViewLocation' }] });
    expect(first(r)).toMatchObject({ outcome: 'media_template', suggestionsAs: 'quick_replies', buttons: 0, quickReplies: 1 });
  });

  it('stays clear for every action Messenger knows, in any letter case', () => {
    for (const action of ['Reply', 'REPLY', 'reply', 'OpenUrl', 'OPENURL', 'openurl', 'Dial', 'Login', 'LOGOUT'])
      expectNoCode(asButtons({ ...reply(), ...openUrl(), ...dial(), url: 'https://www.cm.com/', action }), 'suggestion/unsupported-action');
  });
});

describe('quick-replies/too-many', () => {
  it('14 quick replies on one message: error', () => {
    const r = asQuickReplies(...replies(14));
    expectCode(r, 'quick-replies/too-many', `${ITEM()}/suggestions`);
    expect(first(r)).toMatchObject({ outcome: 'text', quickReplies: 14 });
  });

  it('13 quick replies: clear', () => {
    const r = asQuickReplies(...replies(13));
    expectNoCode(r, 'quick-replies/too-many');
    expectErrors(r);
  });

  it('counts the quick replies actually sent: 14 suggestions of which one cannot go is 13', () => {
    const r = asQuickReplies(...replies(13), openUrl());
    expectNoCode(r, 'quick-replies/too-many');
    expectCode(r, 'suggestion/not-quick-reply');
    expect(first(r).quickReplies).toBe(13);
  });
});

describe('quick-reply/media-not-image', () => {
  const withMedia = (m: Json) => reply('Pic', 'PIC', { media: m });

  it.each([
    ['a video by its mimeType', { mediaName: 'a.mp4', mediaUri: 'https://www.cm.com/a.mp4', mimeType: 'video/mp4' }],
    ['a webp image', { mediaName: 'a.webp', mediaUri: 'https://www.cm.com/a.webp', mimeType: 'image/webp' }],
    ['audio by its name', { mediaName: 'a.acc', mediaUri: 'https://www.cm.com/a' }],
    ['a file by its URI', { mediaUri: 'https://www.cm.com/thumb' }],
  ])('a Reply sent as a quick reply with %s: error at its media; the quick reply still carries image_url', (_name, m) => {
    const r = asQuickReplies(withMedia(m));
    expect(expectCode(r, 'quick-reply/media-not-image', `${SUG(0)}/media`).severity).toBe('error');
    expect(quickRepliesOf(r)).toEqual([{ content_type: 'text', title: 'Pic', payload: 'PIC', image_url: m.mediaUri }]);
  });

  it('also a Reply that overflows into quick replies, and an item-level Reply beside a carousel', () => {
    const video = { mediaName: 'a.mp4', mediaUri: 'https://www.cm.com/a.mp4', mimeType: 'video/mp4' };
    expectCode(asButtons(...replies(3), withMedia(video)), 'quick-reply/media-not-image', `${SUG(3)}/media`);
    const carouselItem = checkItems({
      suggestions: [withMedia(video)],
      carousel: { cards: [{ header: 'A', text: 'a' }, { header: 'B', text: 'b' }] },
    });
    expectCode(carouselItem, 'quick-reply/media-not-image', `${SUG(0)}/media`);
  });

  it.each([
    ['png', { mediaName: 't.png', mediaUri: 'https://www.cm.com/t.png', mimeType: 'image/png' }],
    ['jpeg by its URI', { mediaUri: 'https://www.cm.com/t.jpg' }],
    ['gif by its name', { mediaName: 't.gif', mediaUri: 'https://www.cm.com/t' }],
  ])('%s: clear', (_name, m) => {
    const r = asQuickReplies(withMedia(m));
    expectNoCode(r, 'quick-reply/media-not-image');
  });

  it('stays clear for a Reply sent as a button (its media is not sent), and for a Reply that is not sent at all', () => {
    const video = { mediaName: 'a.mp4', mediaUri: 'https://www.cm.com/a.mp4', mimeType: 'video/mp4' };
    expectNoCode(asButtons(withMedia(video)), 'quick-reply/media-not-image');
    // Text, media and suggestions without a header: not_supported, nothing is sent.
    expectNoCode(checkItems({ text: 'x', media: video, suggestions: [withMedia(video)] }), 'quick-reply/media-not-image');
  });
});

describe('suggestion/label-missing', () => {
  it.each([
    ['Reply', { action: 'Reply', postbackdata: 'x' }],
    ['OpenUrl', { action: 'OpenUrl', url: 'https://www.cm.com/' }],
    ['Dial', { action: 'Dial', dial: { phoneNumber: '+31761234567' } }],
    ['Reply with an empty label', { action: 'Reply', label: '', postbackdata: 'x' }],
  ])('%s without a label: error at the suggestion', (_name, s) => {
    expectCode(asButtons(s), 'suggestion/label-missing', SUG(0));
  });

  it('stays clear with a one-character label, and for Login and Logout without one', () => {
    const r = asButtons(reply('Y'), login(), logout());
    expectNoCode(r, 'suggestion/label-missing');
    expectErrors(r);
  });
});

describe('suggestion/label-too-long', () => {
  it('21 code points: error at the label', () => {
    expectCode(asQuickReplies(reply(cp(21))), 'suggestion/label-too-long', `${SUG(0)}/label`);
    expectCode(asButtons(openUrl(cp(21, 'a'))), 'suggestion/label-too-long', `${SUG(0)}/label`);
    expectCode(asButtons(dial(cp(21, 'é'))), 'suggestion/label-too-long', `${SUG(0)}/label`);
  });

  it('20 code points (40 UTF-16 units of emoji): clear', () => {
    const label = cp(20);
    expect(label.length).toBe(40);
    const r = asQuickReplies(reply(label));
    expectNoCode(r, 'suggestion/label-too-long');
    expectErrors(r);
  });
});

describe('suggestion/label-ignored', () => {
  it('Login or Logout with a label: warning at the label; the button is sent without text', () => {
    const r = asButtons({ ...login(), label: 'Sign in' }, { ...logout(), label: 'Sign out' });
    expect(expectCode(r, 'suggestion/label-ignored', `${SUG(0)}/label`).severity).toBe('warning');
    expectCode(r, 'suggestion/label-ignored', `${SUG(1)}/label`);
    expect(buttonsOf(r)).toEqual([{ type: 'account_link', url: 'https://www.cm.com/login' }, { type: 'account_unlink' }]);
  });

  it('stays clear without a label', () => {
    expectNoCode(asButtons(login(), logout()), 'suggestion/label-ignored');
  });
});

describe('suggestion/postback-missing', () => {
  it('Reply without postbackdata: error at the suggestion', () => {
    expectCode(asQuickReplies({ action: 'Reply', label: 'Yes' }), 'suggestion/postback-missing', SUG(0));
    expectCode(asQuickReplies({ action: 'Reply', label: 'Yes', postbackdata: '' }), 'suggestion/postback-missing', SUG(0));
  });

  it('stays clear with postbackdata, whatever its key spelling', () => {
    expectNoCode(asQuickReplies({ action: 'Reply', label: 'Yes', postbackData: 'Y' }), 'suggestion/postback-missing');
  });
});

describe('suggestion/postback-too-long', () => {
  it('1001 code points: error at postbackdata (in the user’s spelling)', () => {
    expectCode(asQuickReplies(reply('Yes', cp(1001))), 'suggestion/postback-too-long', `${SUG(0)}/postbackdata`);
    expectCode(
      asQuickReplies({ action: 'Reply', label: 'Yes', PostbackData: cp(1001, 'a') }),
      'suggestion/postback-too-long',
      `${SUG(0)}/PostbackData`,
    );
  });

  it('1000 code points (2000 UTF-16 units): clear', () => {
    expectNoCode(asButtons(reply('Yes', cp(1000))), 'suggestion/postback-too-long');
  });
});

describe('suggestion/url-missing', () => {
  it('OpenUrl or Login without url: error at the suggestion', () => {
    const r = asButtons({ action: 'OpenUrl', label: 'Site' }, { action: 'Login' });
    expectCode(r, 'suggestion/url-missing', SUG(0));
    expectCode(r, 'suggestion/url-missing', SUG(1));
  });

  it('stays clear with a url', () => {
    expectNoCode(asButtons(openUrl(), login()), 'suggestion/url-missing');
  });
});

describe('suggestion/url-invalid', () => {
  it.each(['www.cm.com', '/relative/path', 'ftp://cm.com/file', 'javascript:alert(1)', 'https://', ' https://www.cm.com/'])(
    'OpenUrl with %j: error at the url',
    (url) => {
      expectCode(asButtons(openUrl('Site', url)), 'suggestion/url-invalid', `${SUG(0)}/url`);
    },
  );

  // RULES.md 4: an http(s) URL is written with `//` and a host, although browsers' URL parsers accept these.
  it.each(['https:alert(1)', 'http:/www.cm.com/', 'https:www.cm.com', 'https:///www.cm.com/', 'https:\\\\www.cm.com\\'])(
    'OpenUrl with %j (no `//` and host): error at the url',
    (url) => {
      expect(URL.canParse(url)).toBe(true);
      expectCode(asButtons(openUrl('Site', url)), 'suggestion/url-invalid', `${SUG(0)}/url`);
    },
  );

  it('Login with https: but without `//` and a host: error at the url', () => {
    expectCode(asButtons(login('https:/www.cm.com/login')), 'suggestion/url-invalid', `${SUG(0)}/url`);
  });

  it('Login needs https: http is an error', () => {
    expectCode(asButtons(login('http://www.cm.com/login')), 'suggestion/url-invalid', `${SUG(0)}/url`);
  });

  it('stays clear: OpenUrl with http or https, Login with https', () => {
    expectNoCode(asButtons(openUrl('a', 'http://www.cm.com/'), openUrl('b', 'HTTPS://WWW.CM.COM/'), login('https://www.cm.com/login')), 'suggestion/url-invalid');
  });

  it('stays clear at the boundary: `//` and a one-letter host, a port, user info, an IPv6 host', () => {
    for (const url of ['https://a', 'HTTP://x.y:8080/p?q#f', 'https://user@www.cm.com/', 'http://[::1]/'])
      expectNoCode(asButtons(openUrl('a', url)), 'suggestion/url-invalid');
  });
});

describe('suggestion/phone-missing', () => {
  it('Dial without dial.phoneNumber: error at dial (or the suggestion without dial)', () => {
    expectCode(asButtons({ action: 'Dial', label: 'Call', dial: {} }), 'suggestion/phone-missing', `${SUG(0)}/dial`);
    expectCode(asButtons({ action: 'Dial', label: 'Call' }), 'suggestion/phone-missing', SUG(0));
  });

  it('stays clear with a phone number', () => {
    expectNoCode(asButtons(dial()), 'suggestion/phone-missing');
  });
});

describe('suggestion/phone-invalid', () => {
  it.each(['+123456', '+1234567890123456', '0031761234567', '+31 76 123 4567', '+3176abc4567'])('%j: error at the phone number', (phone) => {
    expectCode(asButtons(dial('Call', phone)), 'suggestion/phone-invalid', `${SUG(0)}/dial/phoneNumber`);
  });

  it.each(['+1234567', '+123456789012345'])('%j (7 or 15 digits): clear', (phone) => {
    expectNoCode(asButtons(dial('Call', phone)), 'suggestion/phone-invalid');
  });
});
