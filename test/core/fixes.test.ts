/**
 * The one-click fixes (core/fixes.ts) at their boundaries: shortening (code points, the
 * word-boundary rule, emoji and ZWJ sequences at the cut), the safe fixes, and the
 * re-checking loop that applies them to a value or to a JSON text.
 */
import { describe, expect, it } from 'vitest';
import { applyEdits, check, checkText, codePoints, editsText, getAt, LIMITS, parseJson } from '../../src/core';
import { applyFixes, fixesFor, shortenText, type FixSubject } from '../../src/core/fixes';
import { ITEM, msg, request } from './helpers';

/** The fixes of the first diagnostic with this code, and the request they apply to. */
function fixesOfCode(doc: unknown, code: string) {
  const report = check(doc);
  const i = report.diagnostics.findIndex((d) => d.code === code);
  expect(i, `a ${code} diagnostic`).toBeGreaterThanOrEqual(0);
  return fixesFor(report, doc)[i]!;
}

/** Applies the first fix with a title matching `title` and checks that its diagnostic is gone. */
function applyFix(doc: unknown, code: string, title: RegExp | string = /./) {
  const fix = fixesOfCode(doc, code).find((f) => (typeof title === 'string' ? f.title === title : title.test(f.title)));
  expect(fix, `a fix "${title}" for ${code}`).toBeDefined();
  const after = applyEdits(doc, fix!.ops);
  expect(check(after).diagnostics.map((d) => d.code)).not.toContain(code);
  return { fix: fix!, after };
}

/** A value of a request, by pointer. */
const at = (doc: unknown, pointer: string) => getAt(doc, pointer);

const reply = (label: string, postbackdata = 'P') => ({ action: 'Reply', label, postbackdata });

describe('shortenText', () => {
  it('keeps a text that fits', () => {
    expect(shortenText('Short', 20)).toBe('Short');
    expect(shortenText('x'.repeat(20), 20)).toBe('x'.repeat(20));
  });
  it('cuts at the last word boundary when that keeps at least 60 % of the limit', () => {
    // 24 characters; the boundary before "options" keeps 16 of 20 (80 %).
    expect(shortenText('Show me all the options', 20)).toBe('Show me all the');
    // A boundary at exactly 12 of 20 (60 %) is still taken.
    expect(shortenText('abcdefghijkl mnopqrstuvwxyz', 20)).toBe('abcdefghijkl');
    // At 11 of 20 (55 %) it is not: a hard cut.
    expect(shortenText('abcdefghijk lmnopqrstuvwxyz', 20)).toBe('abcdefghijk lmnopqrs');
  });
  it('a cut that falls on a space needs no word search', () => {
    expect(shortenText('abcdefghijklmnopqrst uvw', 20)).toBe('abcdefghijklmnopqrst');
  });
  it('counts code points, and never splits a surrogate pair', () => {
    const s = '😀'.repeat(25); // 25 code points, 50 UTF-16 units
    const out = shortenText(s, 20);
    expect(codePoints(out)).toBe(20);
    expect(out).toBe('😀'.repeat(20));
  });
  it('never splits a ZWJ sequence: the whole family goes when it does not fit', () => {
    const family = '👨‍👩‍👧‍👦'; // 7 code points
    const s = 'a'.repeat(15) + family; // 22 code points
    const out = shortenText(s, 20);
    expect(out).toBe('a'.repeat(15));
    expect(shortenText('a'.repeat(13) + family, 20)).toBe('a'.repeat(13) + family);
  });
  it('drops trailing spaces', () => {
    expect(shortenText('abcdefghijklmnopqr   x', 20)).toBe('abcdefghijklmnopqr');
  });
});

describe('too-long fields are shortened to their limit', () => {
  it('a 24-character label becomes 20 characters at most', () => {
    const doc = request(msg([{ text: 'Pick one', suggestions: [reply('Show me every option!!')] }]));
    const { fix, after } = applyFix(doc, 'suggestion/label-too-long', 'Shorten to 20 characters');
    expect(fix.safe).toBe(false);
    const label = at(after, `${ITEM(0)}/suggestions/0/label`) as string;
    expect(codePoints(label)).toBeLessThanOrEqual(LIMITS.labelMax);
    expect(label).toBe('Show me every');
  });
  it('a generic title and subtitle, an opt-in label and a button-template text', () => {
    const long = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    const card = { header: long(40), text: long(40), media: { mediaUri: 'https://x.test/a.png', mimeType: 'image/png' } };
    applyFix(request(msg([card])), 'generic/header-too-long');
    applyFix(request(msg([card])), 'generic/text-too-long');
    applyFix(request(msg([{ header: long(300), suggestions: [reply('A')] }])), 'button-template/header-too-long');
  });
});

describe('safe fixes', () => {
  it('a missing mimeType comes from the name, else the URI', () => {
    const media = (m: object) => request(msg([{ media: m }]));
    const { fix, after } = applyFix(media({ mediaName: 'clip.MP4', mediaUri: 'https://x.test/v' }), 'media/mime-missing');
    expect(fix).toMatchObject({ safe: true, title: 'Set mimeType to video/mp4 (from .mp4)' });
    expect(at(after, `${ITEM(0)}/media/mimeType`)).toBe('video/mp4');
    const uri = applyFix(media({ mediaUri: 'https://x.test/photo.jpg?w=2' }), 'media/mime-missing').after;
    expect(at(uri, `${ITEM(0)}/media/mimeType`)).toBe('image/jpeg');
    // No extension to go by: no fix.
    expect(fixesOfCode(media({ mediaUri: 'https://x.test/download' }), 'media/mime-missing')).toEqual([]);
  });
  it('a mimeType that contradicts the name takes the name’s', () => {
    const doc = request(msg([{ media: { mediaName: 'logo.gif', mediaUri: 'https://x.test/logo.gif', mimeType: 'image/png' } }]));
    const { after } = applyFix(doc, 'media/extension-mismatch');
    expect(at(after, `${ITEM(0)}/media/mimeType`)).toBe('image/gif');
  });
  it('the Messenger channel is added, to the list or as a new list, in the key’s own spelling', () => {
    const { fix, after } = applyFix(request(msg([{ text: 'Hi' }], { allowedChannels: ['SMS'] })), 'channel/messenger-not-allowed');
    expect(fix.safe).toBe(true);
    expect(at(after, '/messages/msg/0/allowedChannels')).toEqual(['SMS', 'Facebook Messenger']);
    const m = msg([{ text: 'Hi' }]);
    delete m.allowedChannels;
    expect(at(applyFix(request(m), 'channel/messenger-not-allowed').after, '/messages/msg/0/allowedChannels')).toEqual(['Facebook Messenger']);
    const spelt = msg([{ text: 'Hi' }]);
    delete spelt.allowedChannels;
    spelt.AllowedChannels = ['SMS'];
    expect(at(applyFix(request(spelt), 'channel/messenger-not-allowed').after, '/messages/msg/0/AllowedChannels')).toEqual(['SMS', 'Facebook Messenger']);
  });
  it('phone numbers: spaces, dashes, brackets and a 00 prefix are normalised; what stays invalid gets no fix', () => {
    const dial = (phoneNumber: string) => request(msg([{ text: 'Call us', suggestions: [{ action: 'Dial', label: 'Call', dial: { phoneNumber } }] }]));
    const read = (doc: unknown) => at(doc, `${ITEM(0)}/suggestions/0/dial/phoneNumber`);
    expect(read(applyFix(dial('+31 20 123 4567'), 'suggestion/phone-invalid').after)).toBe('+31201234567');
    expect(read(applyFix(dial('0031 (20) 123-4567'), 'suggestion/phone-invalid').after)).toBe('+31201234567');
    // The trunk prefix "(0)" after the country code is not dialled from abroad: kept, it would make another number.
    expect(read(applyFix(dial('+31 (0)76 123 4567'), 'suggestion/phone-invalid').after)).toBe('+31761234567');
    expect(read(applyFix(dial('0044 (0) 20 7946 0958'), 'suggestion/phone-invalid').after)).toBe('+442079460958');
    expect(fixesOfCode(dial('+31 12'), 'suggestion/phone-invalid')).toEqual([]);
    expect(fixesOfCode(dial('call me'), 'suggestion/phone-invalid')).toEqual([]);
  });
  it('a web address without its scheme gets https:// in front, offered (not applied unattended); the message names the button', () => {
    const open = (url: string) => request(msg([{ header: 'Boots', text: 'Waterproof', suggestions: [{ action: 'OpenUrl', label: 'Shop', url }] }]));
    const d = check(open('www.example.com/boots')).diagnostics.find((x) => x.code === 'suggestion/url-invalid')!;
    expect(d.message).toBe('The URL of suggestion 1 of item 1 must be an absolute http(s) URL, not "www.example.com/boots".');
    const { fix, after } = applyFix(open('www.example.com/boots'), 'suggestion/url-invalid');
    expect([fix.title, fix.safe]).toEqual(['Write it as https://www.example.com/boots', false]);
    expect(at(after, `${ITEM(0)}/suggestions/0/url`)).toBe('https://www.example.com/boots');
    // Another scheme, or text that https:// does not make a URL of: no fix.
    expect(fixesOfCode(open('ftp://example.com/a'), 'suggestion/url-invalid')).toEqual([]);
    expect(fixesOfCode(open('not a url'), 'suggestion/url-invalid')).toEqual([]);
  });
  it('a field Messenger ignores is removed only from a message that Messenger alone may carry', () => {
    const withTemplate = (channels?: string[]) =>
      request(msg([{ text: 'Hi', template: { whatsapp: { elementName: 'hello' } } }], channels === undefined ? {} : { allowedChannels: channels }));
    expect(fixesOfCode(withTemplate(['Facebook Messenger']), 'schema/ignored-field').map((f) => f.title)).toEqual(['Remove the field']);
    // Another channel's content (a WhatsApp template) stays: no fix removes it.
    expect(fixesOfCode(withTemplate(['Facebook Messenger', 'WhatsApp']), 'schema/ignored-field')).toEqual([]);
    const open = withTemplate() as { messages: { msg: Record<string, unknown>[] } };
    delete open.messages.msg[0]!.allowedChannels;
    expect(fixesOfCode(open, 'schema/ignored-field')).toEqual([]);
  });
  it('an opt-in frequency is set to DAILY wherever it is missing or wrong', () => {
    const optin = (extra: object) => request(msg([{ suggestions: [{ action: 'OptIn', label: 'Daily deals', postbackdata: 'D', ...extra }] }]));
    const freq = (doc: unknown) => at(doc, `${ITEM(0)}/suggestions/0/optin/frequency`);
    expect(freq(applyFix(optin({ optin: { frequency: 'WEEKLY', timezone: 'Europe/Amsterdam' } }), 'optin/frequency-invalid').after)).toBe('DAILY');
    expect(freq(applyFix(optin({ optin: { timezone: 'Europe/Amsterdam' } }), 'optin/frequency-invalid').after)).toBe('DAILY');
    expect(freq(applyFix(optin({}), 'optin/frequency-invalid').after)).toBe('DAILY');
  });
  it('a misspelt tag becomes the tag it stands for; a retired one can be HUMAN_AGENT or go', () => {
    const tagged = (tag: string) => request(msg([{ text: 'Hi', tag }]));
    const { fix, after } = applyFix(tagged('HUMAN AGENT'), 'tag/unknown', 'Use HUMAN_AGENT');
    expect(fix.safe).toBe(true);
    expect(at(after, `${ITEM(0)}/tag`)).toBe('HUMAN_AGENT');
    expect(fixesOfCode(tagged('BIRTHDAY'), 'tag/unknown').map((f) => f.title)).toEqual(['Remove the tag']);
    const retired = fixesOfCode(tagged('ACCOUNT_UPDATE'), 'tag/retired-by-meta');
    expect(retired.map((f) => [f.title, f.safe])).toEqual([
      ['Use HUMAN_AGENT', false],
      ['Remove the tag', false],
    ]);
    applyFix(tagged('ACCOUNT_UPDATE'), 'tag/retired-by-meta', 'Remove the tag');
  });
  it('quick replies past the 13th are removed', () => {
    const replies = Array.from({ length: 16 }, (_, i) => reply(`R${i + 1}`));
    const { fix, after } = applyFix(request(msg([{ text: 'Pick', suggestions: replies }])), 'quick-replies/too-many');
    expect(fix.title).toBe('Remove the last 3');
    expect((at(after, `${ITEM(0)}/suggestions`) as { label: string }[]).map((s) => s.label)).toEqual(replies.slice(0, 13).map((r) => r.label));
  });
});

describe('applyFixes', () => {
  const textSubject: FixSubject<string> = {
    read: (text) => {
      const parsed = parseJson(text);
      return parsed.ok ? { doc: parsed.value, report: checkText(text) } : null;
    },
    apply: (text, ops) => editsText(text, ops),
  };

  it('applies every safe fix to a text with odd indentation, and changes only the fixed spans', () => {
    const text = [
      '{ "messages": {',
      '      "msg": [ {',
      '   "from": "Page",  "to": [{"number": "123"}],',
      '   "body": {"type": "auto", "content": "x"},',
      '   "allowedChannels": ["SMS"],',
      '   "richContent": {"conversation": [ { "media": {"mediaName": "a.png", "mediaUri": "https://x.test/a"},',
      '        "suggestions": [{"action": "Dial", "label": "Call", "dial": {"phoneNumber": "+31 20 123 4567"}}] } ] }',
      ' } ] } }',
    ].join('\n');
    const { result, applied, refused } = applyFixes(text, textSubject);
    expect(applied.map((a) => a.code).sort()).toEqual(['channel/messenger-not-allowed', 'media/mime-missing', 'suggestion/phone-invalid']);
    expect(refused).toEqual([]);
    expect(result).toMatch(/"allowedChannels": \["SMS", ?"Facebook Messenger"\],/);
    expect(result).toContain('"phoneNumber": "+31201234567"');
    // Every line but the fixed ones is as it was.
    const before = text.split('\n');
    const after = result.split('\n');
    const changed = after.filter((line) => !before.includes(line));
    expect(changed.every((l) => /allowedChannels|mimeType|phoneNumber/.test(l))).toBe(true);
    expect(checkText(result).diagnostics.map((d) => d.code)).not.toContain('media/mime-missing');
  });

  it('runs unsafe fixes only when asked, and re-checks after each', () => {
    const doc = request(msg([{ text: 'Pick', suggestions: [reply('Show me every option!!'), reply('Another far too long label')] }]));
    const valueSubject: FixSubject<unknown> = { read: (d) => ({ doc: d, report: check(d) }), apply: (d, ops) => applyEdits(d, ops) };
    expect(applyFixes(doc, valueSubject).applied).toEqual([]);
    const all = applyFixes(doc, valueSubject, (d) => d.code === 'suggestion/label-too-long');
    expect(all.applied.map((a) => a.path)).toEqual([`${ITEM(0)}/suggestions/0/label`, `${ITEM(0)}/suggestions/1/label`]);
    expect(check(all.result).valid).toBe(true);
  });
});
