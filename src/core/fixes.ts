import { isFixable, type FixableCode } from './fixable';
import { isMessengerChannel, LIMITS, MESSENGER_CHANNEL, OPTIN_FREQUENCY, TAGS, type LimitName } from './limits';
import { extensionOf, isMediaPresent, mediaInfo, pathExtensionOf } from './media';
import { mimeForExtension } from './mimeTypes';
import { applyEdits, type EditOp } from './ops';
import { getAt, join, parsePointer } from './pointer';
import { actionOf, PHONE, type Action } from './suggestions';
import { clip, codePoints, isObject } from './text';
import { classifyUrl } from './url';
import type { Diagnostic, DiagnosticCode, ItemReport, Report } from './types';
import { check } from './check';
import { findKey } from './canonical';

/**
 * A remedy for one diagnostic: edits of the request, as JSON pointers, that the
 * designer's write path, the JSON editor and `check --fix` all apply the same way.
 */
export interface Fix {
  /** What it does, for a button or a menu entry: "Shorten to 20 characters". */
  title: string;
  /**
   * Deterministic and keeps the meaning (a mimeType from the extension, the Messenger
   * channel added, a phone number normalised, DAILY, a tag's spelling): only these run unattended.
   */
  safe: boolean;
  /** The edits, applied in order (each sees the result of the ones before it). */
  ops: EditOp[];
  /** Pointer, after the edits, of what the fix changed or made: the designer selects it. */
  target: string;
}

/** What a fixer gets: the diagnostic, the request it was found in, and the whole report. */
interface FixContext {
  diagnostic: Diagnostic;
  doc: unknown;
  report: Report;
}

type Fixer = (ctx: FixContext) => Fix[];

// ---------------------------------------------------------------------------
// Shortening text

/** Made on first use: a module that does nothing when loaded is left out of bundles that do not use it. */
let segmenter: Intl.Segmenter | null | undefined;
function graphemeSegmenter(): Intl.Segmenter | null {
  segmenter ??= typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  return segmenter;
}

/**
 * The user-perceived characters (grapheme clusters: an emoji with its ZWJ sequence and modifiers
 * is one) that begin the text, enough to hold `max` code points and one more. Only that start
 * is segmented: a long text is cut many times, and segmenting all of it each time is slow.
 * A cluster cut by the window's end is longer there than the room left, so no caller keeps it.
 */
function* graphemes(text: string, max: number): Generator<string> {
  const start = text.length > 2 * max + 2 ? text.slice(0, 2 * max + 2) : text; // at least max + 1 code points
  const segmenter = graphemeSegmenter();
  if (segmenter) for (const s of segmenter.segment(start)) yield s.segment;
  else yield* start; // code points: never splits a surrogate pair
}

/** The share of the limit a cut at a word boundary must keep; shorter than that, the cut is hard. */
export const WORD_CUT_MIN_SHARE = 0.6;

/**
 * The text cut to at most `max` code points: at the last word boundary when that keeps at
 * least 60 % of the limit, else at the last whole character that fits. Never splits a
 * surrogate pair or an emoji's ZWJ sequence; trailing spaces go.
 */
export function shortenText(text: string, max: number): string {
  if (codePoints(text) <= max) return text;
  let kept = '';
  let count = 0;
  for (const g of graphemes(text, max)) {
    const n = codePoints(g);
    if (count + n > max) break;
    kept += g;
    count += n;
  }
  const next = text.slice(kept.length, kept.length + 1);
  const atBoundary = next === '' || /\s/.test(next);
  if (!atBoundary) {
    const space = kept.search(/\s\S*$/);
    if (space >= 0 && codePoints(kept.slice(0, space).trimEnd()) >= Math.ceil(max * WORD_CUT_MIN_SHARE)) kept = kept.slice(0, space);
  }
  return kept.trimEnd();
}

/** The limit each too-long code is about. */
const TOO_LONG: Partial<Record<DiagnosticCode, LimitName>> = {
  'suggestion/label-too-long': 'labelMax',
  'suggestion/postback-too-long': 'postbackMax',
  'generic/header-too-long': 'genericTitleMax',
  'generic/text-too-long': 'genericSubtitleMax',
  'button-template/header-too-long': 'buttonTemplateTextMax',
  'optin/label-too-long': 'optinTitleMax',
  'text/too-long': 'textMax',
};

const shorten: Fixer = ({ diagnostic, doc }) => {
  const name = TOO_LONG[diagnostic.code];
  const value = getAt(doc, diagnostic.path);
  if (!name || typeof value !== 'string') return [];
  const max = LIMITS[name];
  const short = shortenText(value, max);
  if (short === value || short === '') return [];
  return [{ title: `Shorten to ${max} characters`, safe: false, ops: [{ kind: 'set', path: diagnostic.path, value: short }], target: diagnostic.path }];
};

// ---------------------------------------------------------------------------
// Safe fixes

/** The media object a media diagnostic is about (its path, or the object holding the field). */
function mediaObjectPath(d: Diagnostic): string {
  return d.code === 'media/extension-mismatch' ? parentOf(d.path) : d.path;
}

/**
 * The mimeType its extension gives: the name's (for media/extension-mismatch, the name is what
 * disagrees), else the URI's. When that changes what the media is sent as (an image named
 * song.m4a becomes audio), the fix is offered only if it adds no error where the media stands.
 */
const mimeFromExtension: Fixer = (ctx) => {
  const { diagnostic, doc } = ctx;
  const path = mediaObjectPath(diagnostic);
  const media = getAt(doc, path);
  if (!isObject(media)) return [];
  const name = media[findKey(media, 'mediaName')];
  const uri = media[findKey(media, 'mediaUri')];
  const fromName = typeof name === 'string' ? extensionOf(name) : undefined;
  const ext = diagnostic.code === 'media/extension-mismatch' ? fromName : fromName || (typeof uri === 'string' ? pathExtensionOf(uri) : undefined);
  const mime = mimeForExtension(ext);
  const key = findKey(media, 'mimeType');
  if (!mime || media[key] === mime) return [];
  const fix: Fix = { title: `Set mimeType to ${mime} (from .${ext})`, safe: true, ops: [{ kind: 'set', path: join(path, key), value: mime }], target: path };
  const as = (mimeType: unknown) => mediaInfo({ mediaName: name, mediaUri: uri, mimeType });
  const [before, after] = [as(media[key]), as(mime)];
  const sentAlike = before.family === after.family && before.templateImage === after.templateImage;
  return sentAlike || keepsItsPromise(ctx, fix) ? [fix] : [];
};

const addMessengerChannel: Fixer = ({ diagnostic, doc }) => {
  const at = getAt(doc, diagnostic.path);
  if (Array.isArray(at))
    return [{ title: `Add "${MESSENGER_CHANNEL}"`, safe: true, ops: [{ kind: 'insert', path: diagnostic.path, index: at.length, value: MESSENGER_CHANNEL }], target: diagnostic.path }];
  if (!isObject(at)) return [];
  const key = findKey(at, 'allowedChannels');
  return [{ title: `Add "${MESSENGER_CHANNEL}"`, safe: true, ops: [{ kind: 'set', path: join(diagnostic.path, key), value: [MESSENGER_CHANNEL] }], target: join(diagnostic.path, key) }];
};

const setDaily: Fixer = ({ diagnostic, doc }) => {
  // The path is the frequency itself, the optin settings that lack it, or the suggestion that lacks them.
  const at = getAt(doc, diagnostic.path);
  let path: string;
  if (typeof at === 'string' || diagnostic.field === undefined) path = diagnostic.path;
  else if (diagnostic.field === 'frequency' && isObject(at)) path = join(diagnostic.path, findKey(at, 'frequency'));
  else if (isObject(at)) {
    const optin = findKey(at, 'optin');
    path = isObject(at[optin]) ? join(diagnostic.path, optin, findKey(at[optin], 'frequency')) : join(diagnostic.path, optin, 'frequency');
  } else return [];
  return [{ title: `Set frequency to ${OPTIN_FREQUENCY}`, safe: true, ops: [{ kind: 'set', path, value: OPTIN_FREQUENCY }], target: parentOf(diagnostic.path) }];
};

/**
 * A phone number as + and its digits, when spaces, dashes, dots, brackets or a 00 prefix are all that is wrong.
 * A "(0)" after the country code (+31 (0)76 …) is the trunk prefix, dialled only from within the country: the
 * international number leaves it out (+3176 …); kept, it would make another, valid-looking number.
 */
export function normalisePhone(phone: string): string | undefined {
  let p = phone.trim();
  if (/^(\+|00)/.test(p)) p = p.replace(/\(\s*0\s*\)/g, '');
  p = p.replace(/[\s\-.()/\u00a0]/g, '');
  if (p.startsWith('00')) p = `+${p.slice(2)}`;
  return PHONE.test(p) && p !== phone ? p : undefined;
}

const phone: Fixer = ({ diagnostic, doc }) => {
  const value = getAt(doc, diagnostic.path);
  const fixed = typeof value === 'string' ? normalisePhone(value) : undefined;
  if (!fixed) return [];
  return [{ title: `Write it as ${fixed}`, safe: true, ops: [{ kind: 'set', path: diagnostic.path, value: fixed }], target: diagnostic.path }];
};

/** A web address written without its scheme (www.example.com/boots): https:// in front, when that makes it a URL. */
const addHttps: Fixer = ({ diagnostic, doc }) => {
  const value = getAt(doc, diagnostic.path);
  if (typeof value !== 'string' || classifyUrl(value) !== 'no-scheme' || classifyUrl(`https://${value}`) !== 'https') return [];
  // Offered, not applied unattended: which address was meant is the user's to confirm.
  return [{ title: `Write it as https://${clip(value)}`, safe: false, ops: [{ kind: 'set', path: diagnostic.path, value: `https://${value}` }], target: diagnostic.path }];
};

/** The known tag a misspelt one stands for: letter case, spaces and dashes (`human agent` → HUMAN_AGENT). */
export function nearestTag(tag: string): string | undefined {
  const name = tag.trim().toUpperCase().replace(/[\s-]+/g, '_');
  return Object.prototype.hasOwnProperty.call(TAGS, name) ? name : undefined;
}

const removeTag = (path: string): Fix => ({ title: 'Remove the tag', safe: false, ops: [{ kind: 'remove', path }], target: parentOf(path) });

const unknownTag: Fixer = ({ diagnostic, doc }) => {
  const value = getAt(doc, diagnostic.path);
  const tag = typeof value === 'string' ? nearestTag(value) : undefined;
  const fixes: Fix[] = [];
  if (tag && tag !== value) fixes.push({ title: `Use ${tag}`, safe: true, ops: [{ kind: 'set', path: diagnostic.path, value: tag }], target: diagnostic.path });
  fixes.push(removeTag(diagnostic.path));
  return fixes;
};

const retiredTag: Fixer = ({ diagnostic }) => [
  { title: 'Use HUMAN_AGENT', safe: false, ops: [{ kind: 'set', path: diagnostic.path, value: 'HUMAN_AGENT' }], target: diagnostic.path },
  removeTag(diagnostic.path),
];

const removeField: Fixer = ({ diagnostic }) =>
  parsePointer(diagnostic.path).length === 0 ? [] : [{ title: 'Remove the field', safe: false, ops: [{ kind: 'remove', path: diagnostic.path }], target: parentOf(diagnostic.path) }];

/**
 * A field Messenger ignores (schema/ignored-field) is removed only from a message that Messenger alone may carry:
 * where allowedChannels names another channel, or is not there (then every channel may), the field may be that
 * channel's content (a WhatsApp template), which the request keeps, as its problem says.
 */
const removeIgnored: Fixer = (ctx) => {
  const [messages, msg, index] = parsePointer(ctx.diagnostic.path);
  const message = messages === undefined || msg === undefined || index === undefined ? undefined : getAt(ctx.doc, join('', messages, msg, index));
  if (!isObject(message)) return removeField(ctx);
  const channels = message[findKey(message, 'allowedChannels')];
  return Array.isArray(channels) && channels.length > 0 && channels.every(isMessengerChannel) ? removeField(ctx) : [];
};

/** Removes the entries a diagnostic names in `related` (the quick replies past the 13th…), last first so indices hold. */
const removeRelated =
  (title: (n: number) => string): Fixer =>
  ({ diagnostic }) => {
    const related = diagnostic.related ?? [];
    if (related.length === 0) return [];
    const ops = [...related].sort(comparePointersDesc).map((path): EditOp => ({ kind: 'remove', path }));
    return [{ title: title(related.length), safe: false, ops, target: diagnostic.path }];
  };

// ---------------------------------------------------------------------------
// Splitting a text

/** Where a text may be cut: after a sentence (its end mark, closing quotes or brackets, then white space) or at a line break. */
const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*(?=\s)|(?=\n)/g;

/**
 * The text in parts of at most `max` code points each, cut at a sentence boundary,
 * else at a word boundary, else hard (never inside a surrogate pair or an emoji's ZWJ
 * sequence). A boundary is taken when it needs no more parts than the fewest possible;
 * else the last word boundary that keeps 60 % of the limit, else a hard cut. White space
 * at a cut goes; the words and their order are kept. A text that fits is one part.
 */
export function splitText(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text;
  let left = codePoints(rest);
  while (left > max) {
    const cut = cutIndex(rest, max, left);
    const head = rest.slice(0, cut);
    parts.push(head.trimEnd() || head);
    const next = rest.slice(cut).trimStart();
    left -= codePoints(rest.slice(0, rest.length - next.length));
    rest = next;
  }
  if (rest !== '') parts.push(rest);
  return parts;
}

/** Where `splitText` cuts a text of `total` code points, longer than `max`: a UTF-16 index, above 0. */
function cutIndex(text: string, max: number, total: number): number {
  let fits = 0; // UTF-16 length of the longest run of whole characters within max code points
  let count = 0;
  for (const g of graphemes(text, max)) {
    const n = codePoints(g);
    if (count + n > max) break;
    fits += g.length;
    count += n;
  }
  if (fits === 0) return Array.from(text).slice(0, max).join('').length; // one "character" longer than the limit
  const window = text.slice(0, fits + 1);
  const usable = (i: number) => i > 0 && i <= fits && window.slice(0, i).trim() !== '';
  // A cut keeps the fewest parts when what follows it fits in the parts left (the later the cut, the less follows).
  const fewest = Math.ceil(total / max);
  const keepsFewest = (i: number | undefined): i is number =>
    i !== undefined && total - codePoints(window.slice(0, i)) - leadingSpace(text, i) <= max * (fewest - 1);
  let sentence: number | undefined;
  for (const m of window.matchAll(SENTENCE_END)) {
    const i = m.index + m[0].length;
    if (usable(i)) sentence = i;
  }
  let word: number | undefined;
  for (let i = fits; i > 0; i--)
    if (/\s/.test(window[i] ?? '') && !/\s/.test(window[i - 1]!) && usable(i)) {
      word = i;
      break;
    }
  if (keepsFewest(sentence)) return sentence;
  if (keepsFewest(word)) return word;
  if (word !== undefined && codePoints(window.slice(0, word)) >= Math.ceil(max * WORD_CUT_MIN_SHARE)) return word;
  return fits;
}

/** The code points of white space from index i on (a cut drops them). */
function leadingSpace(text: string, i: number): number {
  let n = 0;
  while (i + n < text.length && /\s/.test(text[i + n]!)) n++;
  return n;
}

// ---------------------------------------------------------------------------
// Structural fixes: text, media, cards and suggestions move between items

type Obj = Record<string, unknown>;

/** A conversation item: where it stands (its conversation and index) and its value. */
interface ItemPlace {
  conversation: string;
  index: number;
  path: string;
  item: Obj;
}

/** The conversation item a pointer is (`…/richContent/conversation/j`) or lies in, when it is an object. */
function itemPlace(doc: unknown, pointer: string): ItemPlace | undefined {
  const t = parsePointer(pointer);
  if (t.length < 6 || t[3]!.toLowerCase() !== 'richcontent' || t[4]!.toLowerCase() !== 'conversation') return undefined;
  const index = Number(t[5]);
  if (!/^(0|[1-9]\d*)$/.test(t[5]!)) return undefined;
  const conversation = join('', ...t.slice(0, 5));
  const path = join(conversation, index);
  const item = getAt(doc, path);
  return isObject(item) ? { conversation, index, path, item } : undefined;
}

/** A text field where it is present (a non-empty string, RULES.md 2), with its key as spelt. */
function presentText(obj: Obj, name: 'text' | 'header'): { key: string; value: string } | undefined {
  const key = findKey(obj, name);
  const value = obj[key];
  return typeof value === 'string' && value.length > 0 && hasOwn(obj, key) ? { key, value } : undefined;
}

/** The media where it is present (an object with any field), with its key as spelt. */
function presentMedia(obj: Obj): { key: string; value: Obj } | undefined {
  const key = findKey(obj, 'media');
  const value = obj[key];
  return hasOwn(obj, key) && isMediaPresent(value) ? { key, value } : undefined;
}

const hasOwn = (obj: object, key: string) => Object.prototype.hasOwnProperty.call(obj, key);

/** The cards of an item's carousel, and the pointer of their array. */
function cardsOf(place: ItemPlace): { path: string; cards: unknown[] } {
  const carouselKey = findKey(place.item, 'carousel');
  const carousel = place.item[carouselKey];
  const cardsKey = findKey(carousel, 'cards');
  const cards = isObject(carousel) ? carousel[cardsKey] : undefined;
  return { path: join(place.path, carouselKey, cardsKey), cards: Array.isArray(cards) ? cards : [] };
}

/** An item's single card (a carousel of one card is read as the item's own content, RULES.md 2). */
function singleCard(place: ItemPlace): { path: string; card: Obj } | undefined {
  const { path, cards } = cardsOf(place);
  return cards.length === 1 && isObject(cards[0]) ? { path: join(path, 0), card: cards[0] } : undefined;
}

/** A suggestion where it stands, with its action read case-insensitively. */
interface SugAt {
  path: string;
  value: unknown;
  action: Action | null;
}

const actionIn = (s: unknown): Action | null => (isObject(s) ? actionOf({ action: s[findKey(s, 'action')] }) : null);

/** The suggestions of an object (an item or a card), in order; none when absent or not an array. */
function suggestionsIn(obj: Obj, objPath: string): SugAt[] {
  const key = findKey(obj, 'suggestions');
  const list = obj[key];
  if (!Array.isArray(list)) return [];
  return list.map((value, i) => ({ path: join(objPath, key, i), value, action: actionIn(value) }));
}

/** A new conversation item, with the tag of the item it comes from (its messages keep their messaging type). */
function newItem(from: Obj, fields: Obj): Obj {
  const key = findKey(from, 'tag');
  return hasOwn(from, key) ? { ...fields, [key]: from[key] } : fields;
}

const insertItem = (place: ItemPlace, at: number, value: Obj): EditOp => ({ kind: 'insert', path: place.conversation, index: at, value });

/** Removes entries, later array entries first so that the pointers of the others hold. */
const removeAll = (paths: string[]): EditOp[] => [...paths].sort(comparePointersDesc).map((path): EditOp => ({ kind: 'remove', path }));

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** The report of the item at a pointer. */
function itemReport(report: Report, path: string): ItemReport | undefined {
  for (const m of report.messages) for (const it of m.items) if (it.path === path) return it;
  return undefined;
}

const errorCodes = (r: Report) => new Set(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code));

/**
 * Keeps only the fixes that do what a fix promises: their diagnostic is gone afterwards and
 * no error code appears that the request did not have. Structural fixes change how an item
 * resolves (suggestions that were not read are read, a card alone is no carousel), so they
 * are re-checked before they are offered. Only the msg entry a fix edits is checked again:
 * the rules of one msg entry do not depend on the others.
 */
const guarded =
  (fixer: Fixer): Fixer =>
  (ctx) => {
    const fixes = fixer(ctx);
    return fixes.length === 0 ? fixes : fixes.filter((f) => keepsItsPromise(ctx, f));
  };

function keepsItsPromise({ diagnostic, doc, report }: FixContext, fix: Fix): boolean {
  const after = applyEdits(doc, fix.ops);
  const t = parsePointer(diagnostic.path);
  const msgPath = join('', ...t.slice(0, 3));
  const entry = t.length >= 3 ? getAt(after, msgPath) : undefined;
  const within = (p: string) => p === msgPath || p.startsWith(msgPath + '/');
  let r: Report;
  let path = diagnostic.path;
  if (isObject(entry) && fix.ops.every((op) => within(op.path))) {
    r = check({ messages: { msg: [entry] } });
    path = join('/messages/msg/0', ...t.slice(3));
  } else r = check(after);
  const before = errorCodes(report);
  return !r.diagnostics.some((x) => x.code === diagnostic.code && x.path === path) && r.diagnostics.every((x) => x.severity !== 'error' || before.has(x.code));
}

/** text/too-long: the text in two (or more) text items, cut at sentences, else words; the last part keeps the item's media and suggestions. */
const splitLongText: Fixer = ({ diagnostic, doc }) => {
  const value = getAt(doc, diagnostic.path);
  if (typeof value !== 'string') return [];
  const parts = splitText(value, LIMITS.textMax);
  if (parts.length < 2) return [];
  const title = parts.length === 2 ? 'Split into two text items' : `Split into ${parts.length} text items`;
  const place = itemPlace(doc, diagnostic.path);
  const t = parsePointer(diagnostic.path);
  if (place) {
    // The parts before the last go in new items before it: the messages go out in the same order, quick replies still on the last.
    const textKey = t[t.length - 1]!;
    const ops: EditOp[] = [
      { kind: 'set', path: diagnostic.path, value: parts[parts.length - 1] },
      ...parts.slice(0, -1).map((part, k) => insertItem(place, place.index + k, newItem(place.item, { [textKey]: part }))),
    ];
    return [{ title, safe: false, ops, target: place.path }];
  }
  // A message without rich content (its body.content): the parts become its conversation; body.content stays for other channels.
  if (t.length !== 5) return [];
  const msgPath = join('', ...t.slice(0, 3));
  const m = getAt(doc, msgPath);
  if (!isObject(m)) return [];
  const richKey = findKey(m, 'richContent');
  const rich = m[richKey];
  if (rich !== undefined && !isObject(rich)) return [];
  const convKey = findKey(rich, 'conversation');
  const conv = isObject(rich) ? rich[convKey] : undefined;
  if (conv !== undefined && !(Array.isArray(conv) && conv.length === 0)) return [];
  const convPath = join(msgPath, richKey, convKey);
  return [{ title, safe: false, ops: [{ kind: 'set', path: convPath, value: parts.map((text) => ({ text })) }], target: join(convPath, 0) }];
};

/** The cards past the tenth, for carousel/too-many-cards; its path is the cards array. */
function extraCards({ diagnostic, doc }: FixContext) {
  const place = itemPlace(doc, diagnostic.path);
  const cards = getAt(doc, diagnostic.path);
  const max = LIMITS.carouselCardsMax;
  if (!place || !Array.isArray(cards) || cards.length <= max) return undefined;
  const which = cards.length === max + 1 ? `card ${max + 1}` : `cards ${max + 1}–${cards.length}`;
  const remove = removeAll(cards.slice(max).map((_, k) => join(diagnostic.path, max + k)));
  return { place, cards, max, which, remove };
}

const moveExtraCards: Fixer = (ctx) => {
  const x = extraCards(ctx);
  if (!x) return [];
  const t = parsePointer(ctx.diagnostic.path);
  const [carouselKey, cardsKey] = [t[6]!, t[7]!];
  const groups = chunks(x.cards.slice(x.max), x.max);
  const into = groups.length === 1 ? 'a new carousel item' : `${groups.length} new carousel items`;
  const inserts = groups.map((cards, k) => insertItem(x.place, x.place.index + 1 + k, newItem(x.place.item, { [carouselKey]: { [cardsKey]: cards } })));
  return [{ title: `Move ${x.which} into ${into} after it`, safe: false, ops: [...x.remove, ...inserts], target: join(x.place.conversation, x.place.index + 1) }];
};

const removeExtraCards: Fixer = (ctx) => {
  const x = extraCards(ctx);
  if (!x) return [];
  const title = `Remove ${x.which}`;
  return [{ title: title.charAt(0).toUpperCase() + title.slice(1), safe: false, ops: x.remove, target: ctx.diagnostic.path }];
};

/**
 * The suggestions of one template element, in the order they are read, for generic/buttons-overflow
 * (path: a card of a carousel, or the item) and button-template/no-buttons (path: a suggestions array).
 */
function elementSuggestions({ diagnostic, doc }: FixContext): { place: ItemPlace; owner: string; all: SugAt[] } | undefined {
  const place = itemPlace(doc, diagnostic.path);
  if (!place) return undefined;
  const t = parsePointer(diagnostic.path);
  if (diagnostic.code === 'generic/buttons-overflow' && t.length === 9) {
    const card = getAt(doc, diagnostic.path);
    return isObject(card) ? { place, owner: diagnostic.path, all: suggestionsIn(card, diagnostic.path) } : undefined;
  }
  const single = singleCard(place);
  const all = [...(single ? suggestionsIn(single.card, single.path) : []), ...suggestionsIn(place.item, place.path)];
  return { place, owner: single ? single.path : place.path, all };
}

const keepThreeButtons: Fixer = (ctx) => {
  const e = elementSuggestions(ctx);
  const max = LIMITS.genericButtonsMax;
  if (!e || e.all.length <= max) return [];
  return [{ title: `Keep the first ${max} as buttons`, safe: false, ops: removeAll(e.all.slice(max).map((s) => s.path)), target: e.owner }];
};

/** The text of a new item that carries quick replies moved out of a template (a quick reply needs a message to ride on). */
export const QUICK_REPLIES_TEXT = 'More options';

const restAsQuickReplies: Fixer = (ctx) => {
  const e = elementSuggestions(ctx);
  const max = LIMITS.genericButtonsMax;
  if (!e || e.all.length <= max) return [];
  const rest = e.all.slice(max);
  const replies = rest.filter((s) => s.action === 'reply');
  if (replies.length === 0) return [];
  const others = rest.length - replies.length;
  const title =
    'Move the rest into a new text item as quick replies' +
    (others === 0 ? '' : ` and remove ${others === 1 ? 'the 1 that is not a Reply' : `the ${others} that are not Replies`} (only a Reply can be a quick reply)`);
  const item = newItem(e.place.item, { text: QUICK_REPLIES_TEXT, suggestions: replies.map((s) => s.value) });
  return [
    {
      title,
      safe: false,
      ops: [...removeAll(rest.map((s) => s.path)), insertItem(e.place, e.place.index + 1, item)],
      target: join(e.place.conversation, e.place.index + 1),
    },
  ];
};

/** suggestions/message-level: the suggestions at richContent level join the last conversation item's. */
const intoLastItem: Fixer = ({ diagnostic, doc }) => {
  const list = getAt(doc, diagnostic.path);
  const richPath = parentOf(diagnostic.path);
  const rich = getAt(doc, richPath);
  if (!Array.isArray(list) || list.length === 0 || !isObject(rich)) return [];
  const convKey = findKey(rich, 'conversation');
  const conv = rich[convKey];
  if (!Array.isArray(conv) || conv.length === 0 || !isObject(conv[conv.length - 1])) return [];
  const lastPath = join(richPath, convKey, conv.length - 1);
  const last = conv[conv.length - 1] as Obj;
  const key = findKey(last, 'suggestions');
  const own = last[key];
  if (own !== undefined && !Array.isArray(own)) return [];
  const to = join(lastPath, key);
  const add: EditOp[] = Array.isArray(own)
    ? list.map((value, k): EditOp => ({ kind: 'insert', path: to, index: own.length + k, value }))
    : [{ kind: 'set', path: to, value: list }];
  // The target: the first suggestion moved (the designer selects it).
  return [{ title: 'Move into the last item', safe: false, ops: [...add, { kind: 'remove', path: diagnostic.path }], target: join(to, Array.isArray(own) ? own.length : 0) }];
};

/** The row of the input matrix that "text, media and suggestions" is (RULES.md 2.2). */
const TEXT_MEDIA_SUGGESTIONS_ROW = 14;

/** For matrix/not-supported in the row "text, media, suggestions": the item and where its text and media are read from. */
function textMediaSuggestions({ diagnostic, doc, report }: FixContext) {
  if (itemReport(report, diagnostic.path)?.matrixRow !== TEXT_MEDIA_SUGGESTIONS_ROW) return undefined;
  const place = itemPlace(doc, diagnostic.path);
  if (!place) return undefined;
  const single = singleCard(place);
  const fromCard = single && presentText(single.card, 'text');
  const holder = fromCard ? { obj: single.card, path: single.path } : { obj: place.item, path: place.path };
  const text = presentText(holder.obj, 'text');
  return text ? { place, single, holder, text } : undefined;
}

/** The first sentence of a text when it fits a title, else its first words within `max` (a prefix of the text, trimmed). */
export function headerFromText(text: string, max: number): string {
  const lead = text.trimStart();
  SENTENCE_END.lastIndex = 0;
  const m = SENTENCE_END.exec(lead);
  const sentence = m ? lead.slice(0, m.index + m[0].length).trim() : '';
  return sentence && codePoints(sentence) <= max ? sentence : shortenText(lead, max);
}

/**
 * matrix/not-supported (text, media, suggestions): a header makes a generic template. It is the
 * text's first sentence (else its first words) within the title's limit, and the rest of the text
 * stays as the subtitle, so nothing is said twice; offered when that rest fits a subtitle.
 */
const addHeader: Fixer = (ctx) => {
  const x = textMediaSuggestions(ctx);
  if (!x) return [];
  const header = headerFromText(x.text.value, LIMITS.genericTitleMax);
  if (header === '') return [];
  const rest = x.text.value.trimStart().slice(header.length).trim();
  if (codePoints(rest) > LIMITS.genericSubtitleMax) return [];
  const headerPath = join(x.holder.path, findKey(x.holder.obj, 'header'));
  const textPath = join(x.holder.path, x.text.key);
  const ops: EditOp[] = [rest === '' ? { kind: 'remove', path: textPath } : { kind: 'set', path: textPath, value: rest }, { kind: 'set', path: headerPath, value: header }];
  const shown = codePoints(header) > 40 ? `${Array.from(header).slice(0, 39).join('')}…` : header;
  return [{ title: `Add a header: “${shown}”`, safe: false, ops, target: headerPath }];
};

/** matrix/not-supported (text, media, suggestions): the media goes first, as an item of its own; the text keeps the suggestions as quick replies. */
const mediaOnItsOwn: Fixer = (ctx) => {
  const x = textMediaSuggestions(ctx);
  if (!x) return [];
  const own = presentMedia(x.place.item);
  const card = x.single && presentMedia(x.single.card);
  const used = card ?? own;
  if (!used) return [];
  // The card's media is used when both have one; the item's copy goes too, else it would be read instead.
  const remove = [...(card ? [join(x.single!.path, card.key)] : []), ...(own ? [join(x.place.path, own.key)] : [])];
  return [
    {
      title: 'Send the media as its own item before the text',
      safe: false,
      ops: [...removeAll(remove), insertItem(x.place, x.place.index, newItem(x.place.item, { [used.key]: used.value }))],
      target: x.place.path,
    },
  ];
};

/** card/duplicate-field and carousel/extra-content: the item's own text, header or media (its path) that is not sent. */
function itemField({ diagnostic, doc }: FixContext) {
  const t = parsePointer(diagnostic.path);
  if (t.length !== 7) return undefined;
  const place = itemPlace(doc, diagnostic.path);
  const value = getAt(doc, diagnostic.path);
  const what = t[6]!.toLowerCase();
  if (!place || value === undefined || (what !== 'text' && what !== 'header' && what !== 'media')) return undefined;
  return { place, key: t[6]!, value, what };
}

const removeItemField: Fixer = (ctx) => {
  const x = itemField(ctx);
  if (!x) return [];
  const title = ctx.diagnostic.code === 'card/duplicate-field' ? "Remove the item's copy" : `Remove the item's ${x.what}`;
  return [{ title, safe: false, ops: [{ kind: 'remove', path: ctx.diagnostic.path }], target: x.place.path }];
};

/** The item's field goes into a new item before it: text and media as they are, a header as the text (a header alone cannot be sent). */
const itemFieldBefore: Fixer = (ctx) => {
  const x = itemField(ctx);
  if (!x) return [];
  const fields = x.what === 'header' ? { [findKey(x.place.item, 'text')]: x.value } : { [x.key]: x.value };
  const title = x.what === 'header' ? 'Move it into a new text item before the carousel' : 'Move it into a new item before the carousel';
  return [
    {
      title,
      safe: false,
      ops: [{ kind: 'remove', path: ctx.diagnostic.path }, insertItem(x.place, x.place.index, newItem(x.place.item, fields))],
      target: x.place.path,
    },
  ];
};

/**
 * product/mixed: the ViewProduct suggestions go into product items of their own after the item
 * (at most 10 products each); the item keeps the rest. In a carousel, a card that held only
 * products goes with them.
 */
const splitProducts: Fixer = ({ diagnostic, doc }) => {
  const place = itemPlace(doc, diagnostic.path);
  if (!place || place.path !== diagnostic.path) return [];
  const { path: cardsPath, cards } = cardsOf(place);
  const remove: string[] = [];
  const products: unknown[] = [];
  const take = (list: SugAt[]) => {
    for (const s of list)
      if (s.action === 'viewproduct') {
        remove.push(s.path);
        products.push(s.value);
      }
  };
  if (cards.length >= 2) {
    cards.forEach((card, k) => {
      if (!isObject(card)) return;
      const cardPath = join(cardsPath, k);
      const list = suggestionsIn(card, cardPath);
      const productCard =
        list.length > 0 && list.every((s) => s.action === 'viewproduct') && !presentText(card, 'header') && !presentText(card, 'text') && !presentMedia(card);
      if (productCard) {
        products.push(...list.map((s) => s.value));
        remove.push(cardPath);
      } else take(list);
    });
  } else {
    const single = singleCard(place);
    if (single) take(suggestionsIn(single.card, single.path));
  }
  take(suggestionsIn(place.item, place.path));
  if (products.length === 0) return [];
  const groups = chunks(products, LIMITS.productsMax);
  const inserts = groups.map((g, k) => insertItem(place, place.index + 1 + k, newItem(place.item, { suggestions: g })));
  const title = groups.length === 1 ? 'Split into a product item and an item with the rest' : `Split into ${groups.length} product items and an item with the rest`;
  return [{ title, safe: false, ops: [...removeAll(remove), ...inserts], target: join(place.conversation, place.index + 1) }];
};

// ---------------------------------------------------------------------------

function parentOf(pointer: string): string {
  const i = pointer.lastIndexOf('/');
  return i <= 0 ? '' : pointer.slice(0, i);
}

/** Pointers in an order that removes later array entries first (numeric, not text, order). */
function comparePointersDesc(a: string, b: string): number {
  const ta = parsePointer(a);
  const tb = parsePointer(b);
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    if (ta[i] === tb[i]) continue;
    const na = Number(ta[i]);
    const nb = Number(tb[i]);
    return Number.isInteger(na) && Number.isInteger(nb) ? nb - na : ta[i]! < tb[i]! ? 1 : -1;
  }
  return tb.length - ta.length;
}

/** The fixers of each code; a code without one has no fix (yet, or by nature: a missing URL needs the user's). */
// Typed by fixable.ts's list: a code listed there without fixers here (or the other way) does not compile.
const FIXERS: Record<FixableCode, Fixer[]> = {
  'suggestion/label-too-long': [shorten],
  'suggestion/postback-too-long': [shorten],
  'generic/header-too-long': [shorten],
  'generic/text-too-long': [shorten],
  'button-template/header-too-long': [shorten],
  'optin/label-too-long': [shorten],
  'text/too-long': [guarded(splitLongText), shorten],
  'quick-replies/too-many': [removeRelated((n) => `Remove the last ${n}`)],
  'carousel/too-many-cards': [guarded(moveExtraCards), guarded(removeExtraCards)],
  'generic/buttons-overflow': [guarded(keepThreeButtons), guarded(restAsQuickReplies)],
  'button-template/no-buttons': [guarded(keepThreeButtons), guarded(restAsQuickReplies)],
  'suggestions/message-level': [guarded(intoLastItem)],
  'matrix/not-supported': [guarded(addHeader), guarded(mediaOnItsOwn)],
  'card/duplicate-field': [guarded(removeItemField), guarded(itemFieldBefore)],
  'carousel/extra-content': [guarded(removeItemField), guarded(itemFieldBefore)],
  'product/mixed': [guarded(splitProducts)],
  'media/mime-missing': [mimeFromExtension],
  'media/extension-mismatch': [mimeFromExtension],
  'channel/messenger-not-allowed': [addMessengerChannel],
  'optin/frequency-invalid': [setDaily],
  'suggestion/phone-invalid': [phone],
  'suggestion/url-invalid': [addHttps],
  'tag/unknown': [unknownTag],
  'tag/retired-by-meta': [retiredTag],
  'schema/ignored-field': [removeIgnored],
};

/** The fixes offered for one diagnostic of a report of `doc`, safe ones first. */
export function fixesOf(diagnostic: Diagnostic, doc: unknown, report: Report): Fix[] {
  const fixers = isFixable(diagnostic.code) ? FIXERS[diagnostic.code] : [];
  const fixes = fixers.flatMap((f) => {
    try {
      return f({ diagnostic, doc, report });
    } catch {
      return []; // a request shaped beyond a fixer's reading gets no fix, never a crash
    }
  });
  return fixes.sort((a, b) => Number(b.safe) - Number(a.safe));
}

/** For each diagnostic of the report (same order), the fixes offered for it. */
export function fixesFor(report: Report, doc: unknown): Fix[][] {
  return report.diagnostics.map((d) => fixesOf(d, doc, report));
}

/** A fix that was applied (or refused), and the diagnostic it was for. */
export interface AppliedFix {
  code: DiagnosticCode;
  path: string;
  title: string;
  /** Its edits, as applied after the fixes before it: all of a run's, in order, redo the run. */
  ops: EditOp[];
  /** What it changed or made (Fix.target). */
  target: string;
}

/** What fixing works on: a request as a value, or as a JSON text (whose bytes outside the fixes are kept). */
export interface FixSubject<T> {
  /** The request as a value, and its report; null when it cannot be read (a text that is not JSON). */
  read(subject: T): { doc: unknown; report: Report } | null;
  /** The subject with the edits applied; null when they cannot be. */
  apply(subject: T, ops: readonly EditOp[]): T | null;
}

const sameDiagnostic = (a: Diagnostic, b: Diagnostic) => a.code === b.code && a.path === b.path;

/**
 * Applies the fixes `pick` chooses, one at a time, re-checking after each (a fix's
 * pointers are read from the request as it is then). A fix is kept only when its
 * diagnostic is gone afterwards and no new error code appeared; else it is refused
 * and the request stays as it was. Stops when nothing is left to pick.
 */
export function applyFixes<T>(
  start: T,
  subject: FixSubject<T>,
  pick: (d: Diagnostic, f: Fix) => boolean = (_, f) => f.safe,
  maxRounds = 1000,
): { result: T; applied: AppliedFix[]; refused: AppliedFix[] } {
  let current = start;
  let state = subject.read(current);
  const applied: AppliedFix[] = [];
  const refused: AppliedFix[] = [];
  const refusedKeys = new Set<string>();
  for (let round = 0; state && round < maxRounds; round++) {
    const { doc, report } = state;
    let chosen: { d: Diagnostic; f: Fix } | undefined;
    for (const d of report.diagnostics) {
      const f = fixesOf(d, doc, report).find((fix) => pick(d, fix) && !refusedKeys.has(`${d.code} ${d.path} ${fix.title}`));
      if (f) {
        chosen = { d, f };
        break;
      }
    }
    if (!chosen) break;
    const { d, f } = chosen;
    const entry = { code: d.code, path: d.path, title: f.title, ops: f.ops, target: f.target };
    const next = subject.apply(current, f.ops);
    const nextState = next === null ? null : subject.read(next);
    const before = errorCodes(report);
    const ok =
      nextState !== null &&
      !nextState.report.diagnostics.some((x) => sameDiagnostic(x, d)) &&
      [...errorCodes(nextState.report)].every((code) => before.has(code));
    if (!ok || next === null) {
      refusedKeys.add(`${d.code} ${d.path} ${f.title}`);
      refused.push(entry);
      continue;
    }
    current = next;
    state = nextState;
    applied.push(entry);
  }
  return { result: current, applied, refused };
}
