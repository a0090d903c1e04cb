/**
 * fast-check arbitraries that build CM requests from the schema's pieces (RULES.md 1):
 * items with random text, header, media, suggestions, carousel and tag; actions, tags,
 * frequencies, MIME types and channel names in random letter case; keys in random
 * letter case; strings whose lengths sit around the limits of RULES.md 3.
 */
import fc from 'fast-check';
import { LIMITS } from '../../src/core';
import type { Json } from './helpers';

/** Spellings of a word in the letter cases a user may write it in. */
function spellings(word: string): string[] {
  const capital = word.charAt(0).toUpperCase() + word.slice(1);
  const camelDown = word.charAt(0).toLowerCase() + word.slice(1);
  return [...new Set([word, word.toLowerCase(), word.toUpperCase(), capital, camelDown])];
}
const anyCase = (word: string) => fc.constantFrom(...spellings(word));

/** A string of n code points around one of the limits, in ASCII, Latin-1 or astral characters. */
function aroundLimits(...limits: number[]): fc.Arbitrary<string> {
  const lengths = [0, 1, ...limits.flatMap((l) => [l - 1, l, l + 1])];
  return fc.tuple(fc.constantFrom(...lengths), fc.constantFrom('a', 'é', '😀', '👍🏽')).map(([n, ch]) => {
    // A skin-toned emoji is 2 code points: keep the count exact by filling with single ones.
    const unit = [...ch].length;
    return ch.repeat(Math.floor(n / unit)) + 'a'.repeat(n % unit);
  });
}

const shortText = fc.oneof(fc.constant(''), fc.string({ maxLength: 12 }), fc.constantFrom('CM.com - Be part of it.', 'Hi 👋'));
/** Prose of sentences, words and line breaks, sometimes past the text limit (where a split looks for boundaries). */
const prose = fc
  .tuple(
    fc.array(fc.constantFrom('Thanks for your order.', 'It ships today!', 'Questions? Ask us', 'anytime 👋', 'see', 'www.cm.com', '\n', 'Ünïcödé wörds'), {
      minLength: 1,
      maxLength: 8,
    }),
    fc.integer({ min: 1, max: 2 * LIMITS.textMax + 200 }),
  )
  .map(([words, n]) => {
    let out = '';
    for (let k = 0, length = 0; length < n; k++) {
      const word = (out ? ' ' : '') + words[k % words.length]!;
      out += word;
      length += [...word].length;
    }
    return out;
  });
const text = fc.oneof(
  { weight: 6, arbitrary: shortText },
  { weight: 2, arbitrary: aroundLimits(LIMITS.genericSubtitleMax, LIMITS.textMax) },
  { weight: 1, arbitrary: prose },
);
const header = fc.oneof(
  { weight: 3, arbitrary: shortText },
  { weight: 1, arbitrary: aroundLimits(LIMITS.genericTitleMax, LIMITS.buttonTemplateTextMax) },
);
const label = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('Yes', 'Visit CM.com', '') },
  { weight: 1, arbitrary: aroundLimits(LIMITS.labelMax, LIMITS.optinTitleMax) },
);
const postback = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('YES', 'OPT_IN', '') }, { weight: 1, arbitrary: aroundLimits(LIMITS.postbackMax) });
const url = fc.constantFrom('https://www.cm.com/', 'http://www.cm.com/', 'www.cm.com', 'ftp://cm.com/x', 'https://', '', 'javascript:alert(1)', 'https:alert(1)');
const phone = fc.constantFrom('+31761234567', '+123456', '+1234567', '+123456789012345', '+1234567890123456', '0612345678', '+31 20 123 4567', '0031 (20) 123-4567', '');
const mediaName = fc.constantFrom('cm.png', 'photo.JPG', 'anim.gif', 'clip.mp4', 'clip.mov', 'song.m4a', 'doc.pdf', 'noext', 'pic.webp', '');
const mediaUri = fc.constantFrom(
  'https://www.cm.com/cdn/cm/cm.png',
  'https://www.facebook.com/photo.php?fbid=1',
  'http://example.com/clip.mp4',
  'your-video-url.mp4',
  'ftp://example.com/a.png',
  'http:/cdn.example.com/a.png',
  '',
);
const mimeType = fc
  .constantFrom('image/png', 'image/jpeg', 'image/jpg', 'image/gif', 'image/webp', 'video/mp4', 'video/quicktime', 'audio/mp4', 'audio/wav', 'audio/mpeg', 'application/pdf', 'text/plain', 'bogus', '')
  .chain((m) => anyCase(m));
const action = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('Reply', 'OpenUrl', 'Dial', 'Login', 'Logout', 'ViewProduct', 'optin').chain(anyCase) },
  { weight: 1, arbitrary: fc.constantFrom('ViewLocation', 'CreateCalendarEvent', '', ' reply ') },
);
const tag = fc
  .constantFrom('HUMAN_AGENT', 'NOTIFICATION_MESSAGE', 'POST_PURCHASE_UPDATE', 'CONFIRMED_EVENT_UPDATE', 'ACCOUNT_UPDATE', 'ISSUE_RESOLUTION', 'human agent', '')
  .chain(anyCase);
const unknownField = fc.record(
  { template: fc.constant({}), location: fc.constant({ latitude: 1 }), contacts: fc.constant([]), cardWidth: fc.constant('MEDIUM') },
  { requiredKeys: [] },
);

/** An object with some of the given fields, each key in a random letter case. */
function object(fields: Record<string, fc.Arbitrary<unknown>>, extra?: fc.Arbitrary<Json>): fc.Arbitrary<Json> {
  const base = fc.record(fields, { requiredKeys: [] }) as fc.Arbitrary<Json>;
  const withExtra = extra ? fc.tuple(base, fc.option(extra, { nil: undefined })).map(([o, e]) => ({ ...e, ...o })) : base;
  return withExtra.chain((o) => {
    const keys = Object.keys(o);
    if (keys.length === 0) return fc.constant(o);
    return fc.tuple(...keys.map((k) => anyCase(k))).map((spelled) => {
      const out: Json = {};
      keys.forEach((k, i) => (out[spelled[i]!] = o[k]));
      return out;
    });
  });
}

const media = object({ mediaName, mediaUri, mimeType });
const optinSettings = object({
  frequency: fc.constantFrom('DAILY', 'WEEKLY', '').chain(anyCase),
  reoptin: fc.boolean(),
  timezone: fc.constantFrom('UTC', 'Europe/Amsterdam', 'europe/amsterdam', '+01:00', 'Mars/Olympus'),
});
/** Any mix of a suggestion's fields. */
const looseSuggestion = object({
  action,
  label,
  postbackdata: postback,
  url,
  dial: object({ phoneNumber: phone }),
  product: object({ id: fc.constantFrom('FB_tshirt_001', '') }),
  media,
  optin: optinSettings,
});
/** A suggestion with the fields its action needs (values still around the limits). */
const ACTION_FIELDS: Record<string, Record<string, fc.Arbitrary<unknown>>> = {
  Reply: { label, postbackdata: postback, media },
  OpenUrl: { label, url },
  Dial: { label, dial: object({ phoneNumber: phone }) },
  Login: { url },
  Logout: {},
  ViewProduct: { product: object({ id: fc.constantFrom('FB_tshirt_001', 'FB_tshirt_002') }) },
  optin: { label, postbackdata: postback, media, optin: optinSettings },
};
const suggestionOf = (name: string): fc.Arbitrary<Json> =>
  fc.tuple(anyCase(name), object(ACTION_FIELDS[name]!)).map(([a, rest]) => ({ action: a, ...rest }));
const buttonAction = fc.constantFrom('Reply', 'Reply', 'OpenUrl', 'Dial', 'Login', 'Logout');
/** Suggestions: one kind (products, replies, an opt-in), or a mix; few usually, sometimes around the 3-button, 10-product and 13-quick-reply limits. */
const suggestions = fc
  .tuple(
    fc.oneof(
      { weight: 12, arbitrary: fc.constant('buttons') },
      { weight: 3, arbitrary: fc.constant('replies') },
      { weight: 3, arbitrary: fc.constant('products') },
      { weight: 2, arbitrary: fc.constant('loose') },
      { weight: 1, arbitrary: fc.constant('optin') },
    ),
    fc.oneof({ weight: 4, arbitrary: fc.nat({ max: 4 }) }, { weight: 1, arbitrary: fc.integer({ min: 9, max: 15 }) }),
  )
  .chain(([kind, n]) => {
    if (kind === 'products') return fc.array(suggestionOf('ViewProduct'), { minLength: n, maxLength: n });
    if (kind === 'optin') return suggestionOf('optin').map((s) => [s]);
    if (kind === 'loose') return fc.array(looseSuggestion, { minLength: n, maxLength: n });
    if (kind === 'replies') return fc.array(suggestionOf('Reply'), { minLength: n, maxLength: n });
    return fc.array(buttonAction.chain(suggestionOf), { minLength: n, maxLength: n });
  });
const card = object({ header, text, media, suggestions });
const cards = fc.oneof(
  { weight: 4, arbitrary: fc.array(card, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.array(card, { minLength: 9, maxLength: 12 }) },
);

const anyItem = object(
  { text, header, media, suggestions, carousel: object({ cards }, fc.constant({ cardWidth: 'MEDIUM' })), tag },
  unknownField,
);
/** A carousel of product cards (RULES.md 2.3), sometimes with something beside the products. */
const productCarousel = fc
  .tuple(
    fc.array(fc.array(suggestionOf('ViewProduct'), { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 11 }),
    fc.option(object({ text, header, suggestions }), { nil: undefined }),
  )
  .map(([lists, beside]) => ({ ...beside, carousel: { cards: lists.map((suggestions) => ({ suggestions })) } }));

/** An item without a carousel: the input matrix's rows (RULES.md 2.2) come up more often. */
const matrixItem = object({ text, header, media, suggestions, tag });

export const item: fc.Arbitrary<Json> = fc.oneof(
  { weight: 8, arbitrary: anyItem },
  { weight: 3, arbitrary: matrixItem },
  { weight: 1, arbitrary: productCarousel },
);

const recipient = fc
  .tuple(anyCase('number'), fc.constantFrom('Recipients PSID', '1234567890123456', 'a-notification-token'))
  .map(([k, v]) => ({ [k]: v }));
const channels = fc.array(fc.constantFrom('Facebook Messenger', 'WhatsApp', 'SMS').chain(anyCase), { maxLength: 2 });

export const message: fc.Arbitrary<Json> = fc
  .record({
    from: fc.constant('Your Page ID'),
    to: fc.array(recipient, { minLength: 1, maxLength: 3 }),
    body: object({ type: fc.constant('auto'), content: text }),
    allowedChannels: channels,
    richContent: object({ conversation: fc.array(item, { maxLength: 3 }), suggestions }),
    reference: fc.constant('my-ref'),
  }, { requiredKeys: ['from', 'to', 'body'] })
  .chain((o) =>
    fc.tuple(...Object.keys(o).map((k) => anyCase(k))).map((spelled) => {
      const out: Json = {};
      Object.keys(o).forEach((k, i) => (out[spelled[i]!] = (o as Json)[k]));
      return out;
    }),
  );

/** A well-shaped request: every required field present with its type, everything else random. */
export const wellShapedRequest: fc.Arbitrary<Json> = fc
  .tuple(
    fc.array(message, { minLength: 1, maxLength: 2 }),
    fc.option(object({ producttoken: fc.constantFrom('Your product token', '') }), { nil: undefined }),
    anyCase('messages'),
    anyCase('msg'),
    anyCase('authentication'),
  )
  .map(([msgs, auth, messagesKey, msgKey, authKey]) => ({
    [messagesKey]: { ...(auth ? { [authKey]: auth } : {}), [msgKey]: msgs },
  }));

/** Reads a field of an object case-insensitively, as the API does (the first matching key). */
export function field(obj: unknown, name: string): unknown {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return undefined;
  const key = Object.keys(obj).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : (obj as Json)[key];
}
