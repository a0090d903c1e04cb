import { subject, tooLong } from './names';
import { LIMITS, TAGS, TAG_RETIRED_SINCE, OPTIN_FREQUENCY, OPTIN_SUNSET_DATE, REOPTIN_OBSOLETE_SINCE, type TagName } from './limits';
import { checkMedia, isMediaPresent, mediaInfo, imageSlotPhrase, FAMILY_PHRASE } from './media';
import { describeInputs, matrixRowIndex } from './matrix';
import { join } from './pointer';
import { ACTION_NAMES, checkSuggestion, listSuggestions, toButton, toQuickReply, type Sug } from './suggestions';
import { isObject } from './text';
import { classifyUrl, hostOf } from './url';
import type { Collector } from './diagnostics';
import type { FieldFact, ItemReport, MatrixInputs, MediaFact, Outcome, SendApiBody, SuggestionFact, SuggestionsAs } from './types';

/** What an item's sends need from its message. */
export interface Env {
  /** The first recipient's number (PSID or notification token). */
  recipient: string;
}

interface Field {
  value: string;
  path: string;
}
interface MediaField {
  value: Record<string, unknown>;
  path: string;
}
interface Tag {
  name?: string;
  notification: boolean;
}

/** What the rules of a whole msg entry need to know of one of its items (check.ts). */
export interface ResolvedItem {
  report: ItemReport;
  /** Whether the item is tagged NOTIFICATION_MESSAGE (a marketing message, sent to notification tokens). */
  notification: boolean;
  /** Whether the item is an object (a conversation item at all). */
  isItem: boolean;
  /** Pointer of the item's `tag` field when it has one (whatever its value), else undefined. */
  tagPath: string | undefined;
  /** For an opt-in request: its title (the label, when a non-empty string) and the label's pointer. */
  optin?: { title: string | undefined; labelPath: string };
}
type Msg = Record<string, unknown>;

const textField = (obj: Record<string, unknown>, key: string, path: string): Field | undefined => {
  const v = obj[key];
  return typeof v === 'string' && v.length > 0 ? { value: v, path: join(path, key) } : undefined;
};
const mediaField = (obj: Record<string, unknown>, path: string): MediaField | undefined =>
  isMediaPresent(obj.media) ? { value: obj.media, path: join(path, 'media') } : undefined;

/** Reads an item's tag and checks it (tag/unknown, tag/retired-by-meta, tag/notification-sunset). */
export function readTag(item: Record<string, unknown>, path: string, c: Collector): Tag {
  const t = item.tag;
  if (typeof t !== 'string' || t.trim() === '') return { notification: false };
  const name = t.trim().toUpperCase();
  const tagPath = join(path, 'tag');
  if (!(name in TAGS)) {
    c.add(
      'tag/unknown',
      tagPath,
      `"${t}" is not a message tag Messenger knows: use ${Object.keys(TAGS).join(', ')}.`,
    );
  } else if (TAGS[name as TagName].status === 'retired') {
    c.add(
      'tag/retired-by-meta',
      tagPath,
      `${name} is retired by Meta: since ${TAG_RETIRED_SINCE} Messenger answers error 100. Use HUMAN_AGENT (within 7 days of the user's message) or a marketing message (NOTIFICATION_MESSAGE).`,
    );
  }
  const notification = name === 'NOTIFICATION_MESSAGE';
  if (notification)
    c.add(
      'tag/notification-sunset',
      tagPath,
      `Meta stopped marketing messages (NOTIFICATION_MESSAGE) on ${OPTIN_SUNSET_DATE} outside AU, EU, JP, KR and UK: recipients elsewhere will not get this one.`,
    );
  return { name, notification };
}

function wrap(messages: Msg[], quickReplies: Msg[], tag: Tag, env: Env): SendApiBody[] {
  if (quickReplies.length > 0 && messages.length > 0) {
    messages[messages.length - 1] = { ...messages[messages.length - 1], quick_replies: quickReplies };
  }
  return messages.map((message) => {
    if (tag.notification) return { recipient: { notification_messages_token: env.recipient }, message };
    if (tag.name) return { recipient: { id: env.recipient }, messaging_type: 'MESSAGE_TAG', tag: tag.name, message };
    return { recipient: { id: env.recipient }, messaging_type: 'RESPONSE', message };
  });
}

const template = (payload: Msg): Msg => ({ attachment: { type: 'template', payload } });

interface Delivery {
  buttons: Msg[];
  overflow: Sug[];
}

/** Buttons when there are at most `max` suggestions, else every one goes as a quick reply (RULES.md 2.2). */
function deliver(sugs: Sug[], max: number): Delivery {
  if (sugs.length > max) {
    for (const s of sugs) s.overflowOf ??= max;
    return { buttons: [], overflow: sugs };
  }
  const buttons: Msg[] = [];
  for (const s of sugs) {
    const b = toButton(s);
    if (b) {
      buttons.push(b);
      s.as ??= 'button';
    }
  }
  return { buttons, overflow: [] };
}

/** Turns suggestions into quick replies; non-Reply ones cannot go (suggestion/not-quick-reply). */
function quickReplies(sugs: Sug[], path: string, c: Collector): Msg[] {
  const out: Msg[] = [];
  const sent: Sug[] = [];
  for (const s of sugs) {
    if (s.action === null) continue; // unsupported-action, left out
    const qr = toQuickReply(s);
    if (qr) {
      out.push(qr);
      sent.push(s);
      s.as ??= 'quick_reply';
      const v = s.value as Record<string, unknown>;
      if (isMediaPresent(v.media)) {
        const info = mediaInfo(v.media);
        if (!info.templateImage)
          c.add(
            'quick-reply/media-not-image',
            join(s.path, 'media'),
            `A quick reply's media is its thumbnail image: use a png, jpeg or gif (this is ${imageSlotPhrase(info)}), or remove the media.`,
          );
      }
    } else
      c.add(
        'suggestion/not-quick-reply',
        s.path,
        s.overflowOf === undefined
          ? `${ACTION_NAMES[s.action]} cannot be sent as a quick reply (only Reply can); it is left out.`
          : // Why it is a quick reply at all: the cause first, then what to do (a marketer never asked for quick replies).
            `With more than ${s.overflowOf} suggestions where it stands, all of them go as quick replies, and ${ACTION_NAMES[s.action]} cannot be one (only Reply can): it is left out. Keep at most ${s.overflowOf} suggestions to send it as a button.`,
      );
  }
  if (out.length > LIMITS.quickRepliesMax)
    c.add(
      'quick-replies/too-many',
      path,
      `${subject(path, 'This message')} has ${out.length} quick replies; Messenger allows at most ${LIMITS.quickRepliesMax} on one message: remove ${out.length - LIMITS.quickRepliesMax} (${out.length - LIMITS.quickRepliesMax === 1 ? `quick reply ${out.length}` : `quick replies ${LIMITS.quickRepliesMax + 1} to ${out.length}`}), or move ${out.length - LIMITS.quickRepliesMax === 1 ? 'it into an item of its own' : 'them into an item of their own'}.`,
      undefined,
      sent.slice(LIMITS.quickRepliesMax).map((s) => s.path),
    );
  return out;
}

function suggestionsAs(outcome: Outcome, buttons: number, qrs: number): SuggestionsAs {
  if (outcome === 'not_supported') return 'none';
  if (outcome === 'optin_request') return 'optin';
  if (outcome === 'product_template') return 'products';
  if (buttons > 0) return 'buttons';
  if (qrs > 0) return 'quick_replies';
  return 'none';
}

function countButtons(sends: SendApiBody[]): number {
  let n = 0;
  for (const s of sends) {
    const payload = (s.message.attachment as Msg | undefined)?.payload as Msg | undefined;
    if (!payload) continue;
    if (Array.isArray(payload.buttons)) n += payload.buttons.length;
    if (Array.isArray(payload.elements))
      for (const e of payload.elements as Msg[]) if (Array.isArray(e.buttons)) n += e.buttons.length;
  }
  return n;
}

interface Decision {
  outcome: Outcome;
  messages: Msg[];
  quickReplies: Msg[];
  inputs: MatrixInputs | null;
  matrixRow: number | null;
  decidedBy: ItemReport['decidedBy'];
  reason: string;
  cards: number;
  /** For an opt-in request: its title and the pointer of its label. */
  optin?: { title: string | undefined; labelPath: string };
  /** For a product template: how many products it sends. */
  products?: number;
  /** For a generic template: what each element is made of. */
  elementPaths?: string[];
}

/** What the item's report says beyond the decision: where its content is read from, and the facts the rules recorded. */
interface Facts {
  contentPath: string | null;
  fields: FieldFact[];
  media: MediaFact[];
  suggestions: SuggestionFact[];
}

function report(path: string, d: Decision, tag: Tag, env: Env, facts: Facts): ItemReport {
  const sends = d.outcome === 'not_supported' ? [] : wrap(d.messages, d.quickReplies, tag, env);
  const buttons = countButtons(sends);
  const qrs = d.outcome === 'not_supported' ? 0 : d.quickReplies.length;
  return {
    outcome: d.outcome,
    suggestionsAs: suggestionsAs(d.outcome, buttons, qrs),
    sends,
    path,
    inputs: d.inputs,
    matrixRow: d.matrixRow,
    decidedBy: d.decidedBy,
    reason: d.reason,
    buttons,
    quickReplies: qrs,
    cards: d.cards,
    products: d.outcome === 'product_template' ? (d.products ?? 0) : 0,
    elementPaths: d.outcome === 'generic_template' ? (d.elementPaths ?? []) : [],
    elementButtons: d.outcome === 'generic_template' ? elementButtons(sends) : [],
    ...facts,
  };
}

/** The buttons of each element of a generic template's send. */
function elementButtons(sends: SendApiBody[]): number[] {
  const payload = (sends[0]?.message.attachment as Msg | undefined)?.payload as Msg | undefined;
  const elements = payload && Array.isArray(payload.elements) ? (payload.elements as Msg[]) : [];
  return elements.map((e) => (Array.isArray(e.buttons) ? e.buttons.length : 0));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function quickRepliesPhrase(n: number): string {
  return `${n} quick ${n === 1 ? 'reply' : 'replies'}`;
}

function deliveryPhrase(buttons: number, qrs: number): string {
  if (buttons > 0 && qrs > 0) return `sent as ${plural(buttons, 'button')} and ${quickRepliesPhrase(qrs)}`;
  if (buttons > 0) return `sent as ${plural(buttons, 'button')}`;
  if (qrs > 0) return `sent as ${quickRepliesPhrase(qrs)}`;
  return 'not sent';
}

/** The general checks of everything an item holds, whatever it resolves to: media, then suggestions, the item's and then each card's. */
function checkContents(
  item: Record<string, unknown>,
  path: string,
  cards: unknown[],
  cardsPath: string,
  itemSugs: Sug[],
  cardSugs: Sug[][],
  c: Collector,
) {
  if (isMediaPresent(item.media)) checkMedia(item.media, join(path, 'media'), c);
  for (const s of itemSugs) checkSuggestion(s, c);
  cards.forEach((card, k) => {
    if (!isObject(card)) return;
    if (isMediaPresent(card.media)) checkMedia(card.media, join(cardsPath, k, 'media'), c);
    for (const s of cardSugs[k]!) checkSuggestion(s, c);
  });
}

/**
 * Resolves one conversation item to its Messenger messages (RULES.md 2), and
 * tells what the rules of its msg entry need: whether its tag makes it a
 * marketing message (sent to notification tokens), where its tag stands, and
 * its opt-in title. Never throws.
 */
export function resolveItem(item: unknown, path: string, env: Env, c: Collector): ResolvedItem {
  if (!isObject(item)) {
    const decision: Decision = {
      outcome: 'not_supported',
      messages: [],
      quickReplies: [],
      inputs: null,
      matrixRow: null,
      decidedBy: 'empty',
      reason: 'The conversation item is not an object, so nothing is sent.',
      cards: 0,
    };
    const facts = { contentPath: null, fields: [], media: [], suggestions: [] };
    return { report: report(path, decision, { notification: false }, env, facts), notification: false, isItem: false, tagPath: undefined };
  }
  const fieldsFrom = c.fields.length;
  const mediaFrom = c.media.length;
  const tag = readTag(item, path, c);
  const parts = partsOf(item, path);
  const d = decide(item, path, tag, c, parts);
  const carousel = isObject(item.carousel) ? item.carousel : undefined;
  const cards: unknown[] = carousel && Array.isArray(carousel.cards) ? carousel.cards : [];
  const facts: Facts = {
    // RULES.md 2 and 2.3: a single card's values are used; beside a carousel of 2+ cards nothing of the item's is.
    contentPath: cards.length >= 2 ? null : cards.length === 1 && isObject(cards[0]) ? join(path, 'carousel', 'cards', 0) : path,
    fields: c.fields.slice(fieldsFrom),
    media: c.media.slice(mediaFrom),
    suggestions: suggestionFacts([...parts.cardSugs.flat(), ...parts.itemSugs]),
  };
  if (d.outcome === 'product_template')
    c.add(
      'product/beta',
      path,
      "CM's channel page marks the product template as beta, not publicly available yet: ask CM to enable it for your account before you rely on it.",
    );
  return {
    report: report(path, d, tag, env, facts),
    notification: tag.notification,
    isItem: true,
    tagPath: item.tag === undefined ? undefined : join(path, 'tag'),
    ...(d.optin ? { optin: d.optin } : {}),
  };
}

/** Every suggestion of an item and its cards, with how it goes out ('not_sent' when no rule sent it). */
function suggestionFacts(all: Sug[]): SuggestionFact[] {
  return all.map((s) => ({ path: s.path, as: s.as ?? 'not_sent' }));
}

/** An item's cards and suggestions (its own and each card's), listed once for all the rules. */
interface Parts {
  cards: unknown[];
  cardsPath: string;
  itemSugs: Sug[];
  cardSugs: Sug[][];
}

function partsOf(item: Record<string, unknown>, path: string): Parts {
  const carousel = isObject(item.carousel) ? item.carousel : undefined;
  const cardsPath = join(path, 'carousel', 'cards');
  const cards: unknown[] = carousel && Array.isArray(carousel.cards) ? carousel.cards : [];
  return {
    cards,
    cardsPath,
    itemSugs: listSuggestions(item.suggestions, join(path, 'suggestions')),
    cardSugs: cards.map((card, k) => (isObject(card) ? listSuggestions(card.suggestions, join(cardsPath, k, 'suggestions')) : [])),
  };
}

function decide(item: Record<string, unknown>, path: string, tag: Tag, c: Collector, { cards, cardsPath, itemSugs, cardSugs }: Parts): Decision {
  checkContents(item, path, cards, cardsPath, itemSugs, cardSugs, c);
  if (cards.length > LIMITS.carouselCardsMax)
    c.add(
      'carousel/too-many-cards',
      cardsPath,
      cards.length === LIMITS.carouselCardsMax + 1
        ? `${subject(cardsPath, 'This carousel')} has ${cards.length} cards; a Messenger carousel holds at most ${LIMITS.carouselCardsMax}: card ${cards.length} is one too many. Remove it, or move it into a carousel of its own (a new item).`
        : `${subject(cardsPath, 'This carousel')} has ${cards.length} cards; a Messenger carousel holds at most ${LIMITS.carouselCardsMax}: cards ${LIMITS.carouselCardsMax + 1} to ${cards.length} are too many. Remove them, or move them into a carousel of their own (a new item).`,
      undefined,
      cards.slice(LIMITS.carouselCardsMax).map((_, k) => join(cardsPath, LIMITS.carouselCardsMax + k)),
    );
  const all = [...cardSugs.flat(), ...itemSugs];

  const optin = all.find((s) => s.action === 'optin');
  if (optin) return resolveOptin(item, path, cards, optin, all, tag, c);
  if (cards.length >= 2) return resolveCarousel(item, path, cards, cardsPath, cardSugs, itemSugs, c);
  return resolveSingle(item, path, cards, cardsPath, cardSugs[0] ?? [], itemSugs, c);
}

const tzCache = new Map<string, boolean>();
/** Whether a string names an IANA time zone (case-insensitively; offsets such as +01:00 are not names). */
export function isIanaTimeZone(tz: string): boolean {
  let ok = tzCache.get(tz);
  if (ok === undefined) {
    ok = /^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(tz);
    if (ok) {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
      } catch {
        ok = false;
      }
    }
    if (tzCache.size < 1000) tzCache.set(tz, ok);
  }
  return ok;
}

function resolveOptin(
  item: Record<string, unknown>,
  path: string,
  cards: unknown[],
  optin: Sug,
  all: Sug[],
  tag: Tag,
  c: Collector,
): Decision {
  const v = optin.value as Record<string, unknown>;
  const beside: string[] = [];
  if (all.length > 1) beside.push('the other suggestions');
  if (textField(item, 'text', path)) beside.push('the text');
  if (textField(item, 'header', path)) beside.push('the header');
  if (mediaField(item, path)) beside.push('the media');
  if (cards.length > 0) beside.push('the cards');
  if (beside.length > 0)
    c.add(
      'optin/not-alone',
      optin.path,
      `An opt-in request must be the item's only content: remove ${new Intl.ListFormat('en').format(beside)} beside it, which Messenger does not get.`,
    );
  const label = typeof v.label === 'string' ? v.label : undefined;
  if (label !== undefined)
    c.measure(join(optin.path, 'label'), label, 'optinTitleMax', 'optin/label-too-long', tooLong(optin.path, 'title (label)', 'an opt-in request’s title'));
  if (!label && (v.label === undefined || v.label === ''))
    c.add('optin/label-missing', optin.path, 'An opt-in request needs a label: it is shown as its title.', 'label');
  const postback = typeof v.postbackdata === 'string' ? v.postbackdata : undefined;
  if (!postback && (v.postbackdata === undefined || v.postbackdata === ''))
    c.add('optin/postback-missing', optin.path, 'An opt-in request needs postbackdata: your reference for the topic.', 'postbackdata');
  const settings = isObject(v.optin) ? v.optin : undefined;
  const freq = settings?.frequency;
  if (!settings) {
    if (v.optin === undefined)
      c.add('optin/frequency-invalid', optin.path, `An opt-in request needs optin.frequency: "${OPTIN_FREQUENCY}".`, 'optin/frequency');
  } else if (typeof freq !== 'string' || freq.trim().toUpperCase() !== OPTIN_FREQUENCY) {
    if (freq === undefined || typeof freq === 'string')
      c.add(
        'optin/frequency-invalid',
        freq === undefined ? join(optin.path, 'optin') : join(optin.path, 'optin', 'frequency'),
        freq === undefined
          ? `optin.frequency is required and must be "${OPTIN_FREQUENCY}".`
          : `optin.frequency "${freq}" is not supported: Messenger takes only "${OPTIN_FREQUENCY}".`,
        freq === undefined ? 'frequency' : undefined,
      );
  }
  const tz = settings && typeof settings.timezone === 'string' ? settings.timezone : undefined;
  if (tz !== undefined && !isIanaTimeZone(tz))
    c.add(
      'optin/timezone-invalid',
      join(optin.path, 'optin', 'timezone'),
      `"${tz}" is not an IANA time zone such as Europe/Amsterdam or UTC.`,
    );
  c.add(
    'optin/sunset',
    optin.path,
    `Meta switched the marketing-message opt-in flow off on ${OPTIN_SUNSET_DATE} outside AU, EU, JP, KR and UK: recipients elsewhere will not get it.`,
  );
  if (tag.notification)
    c.add(
      'tag/notification-on-optin',
      join(path, 'tag'),
      'NOTIFICATION_MESSAGE cannot carry an opt-in request: send the request inside the 24-hour window without that tag.',
    );
  else if (tag.name)
    c.add(
      'optin/outside-window',
      join(path, 'tag'),
      `An opt-in request may be sent only inside the 24-hour standard messaging window, and the tag ${tag.name} is for messages outside it: remove the tag and send the request while the user is in conversation with you.`,
    );
  if (settings && settings.reoptin !== undefined)
    c.add(
      'optin/reoptin-obsolete',
      join(optin.path, 'optin', 'reoptin'),
      `reoptin is obsolete: notification tokens no longer expire (Meta, since ${REOPTIN_OBSOLETE_SINCE}), so no re-opt-in request is sent. It is still passed on; you can remove it.`,
    );
  if (isMediaPresent(v.media)) {
    const info = mediaInfo(v.media);
    if (!info.templateImage)
      c.add(
        'optin/media-not-image',
        join(optin.path, 'media'),
        `An opt-in request shows its media as an image: use a png, jpeg or gif (this is ${imageSlotPhrase(info)}), or remove the media.`,
      );
  }

  optin.as ??= 'optin';
  const payload: Msg = { template_type: 'notification_messages', title: label ?? '' };
  const img = isObject(v.media) && typeof v.media.mediaUri === 'string' && v.media.mediaUri ? v.media.mediaUri : undefined;
  if (img) payload.image_url = img;
  payload.payload = postback ?? '';
  payload.notification_messages_timezone = tz ?? 'UTC';
  if (settings && typeof settings.reoptin === 'boolean')
    payload.notification_messages_reoptin = settings.reoptin ? 'ENABLED' : 'DISABLED';
  return {
    outcome: 'optin_request',
    messages: [template(payload)],
    quickReplies: [],
    inputs: null,
    matrixRow: null,
    decidedBy: 'optin',
    reason: 'An optin suggestion always makes a marketing-message opt-in request, decided before the input matrix.',
    cards: cards.length,
    // An empty label is no title (optin/label-missing), so it duplicates nothing.
    optin: { title: label || undefined, labelPath: join(optin.path, 'label') },
  };
}

/** product/too-many: which item, how many, and the fix. */
function tooManyProducts(path: string, n: number): string {
  const extra = n - LIMITS.productsMax;
  return `${subject(path, 'This item')} has ${n} products; a product template holds at most ${LIMITS.productsMax}: remove ${extra} (${extra === 1 ? `product ${n}` : `products ${LIMITS.productsMax + 1} to ${n}`}), or move ${extra === 1 ? 'it into an item of its own' : 'them into an item of their own'}.`;
}

/** Builds one generic template element, with its checks (RULES.md 2.2, 2.3). */
function genericElement(
  title: Field | undefined,
  subtitle: Field | undefined,
  media: MediaField | undefined,
  sugs: Sug[],
  ownerPath: string,
  c: Collector,
): { element: Msg; overflow: Sug[] } {
  const element: Msg = {};
  if (title) {
    element.title = title.value;
    c.measure(title.path, title.value, 'genericTitleMax', 'generic/header-too-long', tooLong(title.path, 'header', 'a generic template title'));
  }
  if (subtitle) {
    element.subtitle = subtitle.value;
    c.measure(subtitle.path, subtitle.value, 'genericSubtitleMax', 'generic/text-too-long', tooLong(subtitle.path, 'text', 'a generic template subtitle'));
  }
  if (media) {
    const info = mediaInfo(media.value);
    if (!info.templateImage)
      c.add(
        'generic/media-not-image',
        media.path,
        `A generic template shows only a png, jpeg or gif image; this media is ${imageSlotPhrase(info)}.`,
      );
    if (info.uri) element.image_url = info.uri;
  }
  const { buttons, overflow } = deliver(sugs, LIMITS.genericButtonsMax);
  if (buttons.length > 0) element.buttons = buttons;
  if (element.subtitle === undefined && element.image_url === undefined && element.buttons === undefined)
    c.add(
      'generic/needs-more-than-header',
      ownerPath,
      'A generic template element needs more than a title: add text (subtitle), an image or up to 3 buttons.',
    );
  return { element, overflow };
}

/** generic/buttons-overflow: a generic element with more than 3 suggestions gets no buttons (RULES.md 2.3, 4). */
function buttonsOverflow(n: number, what: string, path: string, c: Collector): void {
  c.add(
    'generic/buttons-overflow',
    path,
    `${what} has ${n} suggestions, more than ${LIMITS.genericButtonsMax}: it gets no buttons, and all of them go as quick replies under the message (only Reply can). Keep at most ${LIMITS.genericButtonsMax} to send them as buttons.`,
  );
}

function resolveCarousel(
  item: Record<string, unknown>,
  path: string,
  cards: unknown[],
  cardsPath: string,
  cardSugs: Sug[][],
  itemSugs: Sug[],
  c: Collector,
): Decision {
  const n = cards.length;
  for (const [key, what] of [
    ['text', 'text'],
    ['header', 'header'],
  ] as const) {
    const f = textField(item, key, path);
    if (f)
      c.add('carousel/extra-content', f.path, `Item-level ${what} beside a carousel of ${n} cards is not sent.`);
  }
  const m = mediaField(item, path);
  if (m) c.add('carousel/extra-content', m.path, `Item-level media beside a carousel of ${n} cards is not sent.`);

  const base = { inputs: null, matrixRow: null, decidedBy: 'carousel' as const, cards: n };
  const cardHasContent = (card: Record<string, unknown>, k: number) =>
    !!(
      textField(card, 'header', join(cardsPath, k)) ||
      textField(card, 'text', join(cardsPath, k)) ||
      mediaField(card, join(cardsPath, k))
    );
  const isProductCard = (card: unknown, k: number) =>
    isObject(card) &&
    cardSugs[k]!.length > 0 &&
    cardSugs[k]!.every((s) => s.action === 'viewproduct') &&
    !cardHasContent(card, k);
  const anyProduct = [...cardSugs.flat(), ...itemSugs].some((s) => s.action === 'viewproduct');

  if (anyProduct) {
    if (cards.every(isProductCard) && itemSugs.length === 0) {
      const products = cardSugs.flat();
      if (products.length > LIMITS.productsMax)
        c.add(
          'product/too-many',
          cardsPath,
          tooManyProducts(cardsPath, products.length),
          undefined,
          products.slice(LIMITS.productsMax).map((p) => p.path),
        );
      return {
        ...base,
        outcome: 'product_template',
        ...productsDecision(products),
        quickReplies: [],
        reason: `A carousel of ${n} cards holding only ViewProduct suggestions becomes a product template with ${plural(products.length, 'product')}.`,
      };
    }
    c.add(
      'product/mixed',
      path,
      'ViewProduct in a carousel needs every card to hold only ViewProduct suggestions, with no header, text, media or item-level suggestions.',
    );
    return {
      ...base,
      outcome: 'not_supported',
      messages: [],
      quickReplies: [],
      reason: 'ViewProduct suggestions are mixed with other content in this carousel, which Messenger cannot send.',
    };
  }

  const elements: Msg[] = [];
  const overflow: Sug[] = [];
  const elementPaths: string[] = [];
  cards.forEach((card, k) => {
    if (!isObject(card)) return;
    const cardPath = join(cardsPath, k);
    const header = textField(card, 'header', cardPath);
    if (!header)
      c.add('card/header-missing', cardPath, `Card ${k + 1} needs a header: it is the title of its element.`, 'header');
    const r = genericElement(header, textField(card, 'text', cardPath), mediaField(card, cardPath), cardSugs[k]!, cardPath, c);
    if (r.overflow.length > 0) buttonsOverflow(r.overflow.length, subject(cardPath, `Card ${k + 1}`), cardPath, c);
    elements.push(r.element);
    elementPaths.push(cardPath);
    overflow.push(...r.overflow);
  });
  const qrs = quickReplies([...overflow, ...itemSugs], path, c);
  // Buttons are per card (at most 3 each): a total would read like a broken limit.
  const perCard = elements.map((e) => (Array.isArray(e.buttons) ? e.buttons.length : 0));
  const most = Math.max(0, ...perCard);
  const parts = [
    ...(most > 0 ? [`${perCard.every((b) => b === most) ? '' : 'up to '}${plural(most, 'button')} per card`] : []),
    ...(qrs.length > 0 ? [quickRepliesPhrase(qrs.length)] : []),
  ];
  return {
    ...base,
    outcome: 'generic_template',
    messages: [template({ template_type: 'generic', elements })],
    elementPaths,
    quickReplies: qrs,
    reason: `A carousel of ${n} cards becomes a generic template with one element per card; ${parts.length ? `suggestions go as ${parts.join(' and ')}` : 'no suggestion is sent'}.`,
  };
}

/** A product template's message, and how many products it sends. */
function productsDecision(products: Sug[]): { messages: Msg[]; products: number } {
  const elements: Msg[] = [];
  for (const s of products) {
    const p = isObject(s.value) && isObject(s.value.product) ? s.value.product : undefined;
    if (p && typeof p.id === 'string' && p.id) {
      elements.push({ id: p.id });
      s.as ??= 'product';
    }
  }
  return { messages: [template({ template_type: 'product', elements })], products: elements.length };
}

function resolveSingle(
  item: Record<string, unknown>,
  path: string,
  cards: unknown[],
  cardsPath: string,
  cardSugs: Sug[],
  itemSugs: Sug[],
  c: Collector,
): Decision {
  const card = isObject(cards[0]) ? cards[0] : undefined;
  const cardPath = join(cardsPath, 0);
  const pick = (key: 'text' | 'header'): Field | undefined => {
    const own = textField(item, key, path);
    const fromCard = card ? textField(card, key, cardPath) : undefined;
    if (own && fromCard)
      c.add('card/duplicate-field', own.path, `Both the item and its card have ${key}; the card's ${key} is used.`);
    return fromCard ?? own;
  };
  const text = pick('text');
  const header = pick('header');
  const ownMedia = mediaField(item, path);
  const cardMedia = card ? mediaField(card, cardPath) : undefined;
  if (ownMedia && cardMedia)
    c.add('card/duplicate-field', ownMedia.path, "Both the item and its card have media; the card's media is used.");
  const media = cardMedia ?? ownMedia;
  const sugs = [...cardSugs, ...itemSugs];
  const sugsPath = itemSugs.length > 0 || cardSugs.length === 0 ? join(path, 'suggestions') : join(cardPath, 'suggestions');
  const ownerPath = card ? cardPath : path;

  const inputs: MatrixInputs = { text: !!text, media: !!media, suggestions: sugs.length > 0, header: !!header };
  const index = matrixRowIndex(inputs);
  const base = { inputs, matrixRow: index, decidedBy: 'matrix' as const, cards: cards.length };
  const what = describeInputs(inputs);
  const none = (reason: string): Decision => ({ ...base, outcome: 'not_supported', messages: [], quickReplies: [], reason });

  // ViewProduct is decided before the matrix (RULES.md 2.1).
  if (sugs.some((s) => s.action === 'viewproduct')) {
    if (sugs.every((s) => s.action === 'viewproduct') && !text && !header && !media) {
      if (sugs.length > LIMITS.productsMax)
        c.add(
          'product/too-many',
          sugsPath,
          tooManyProducts(sugsPath, sugs.length),
          undefined,
          sugs.slice(LIMITS.productsMax).map((p) => p.path),
        );
      return {
        ...base,
        decidedBy: 'products',
        outcome: 'product_template',
        ...productsDecision(sugs),
        quickReplies: [],
        reason: `Only ViewProduct suggestions: a product template with ${plural(sugs.length, 'product')} from the Page's catalog.`,
      };
    }
    c.add(
      'product/mixed',
      path,
      'ViewProduct suggestions must stand alone: no other actions, text, header or media beside them.',
    );
    return { ...none('ViewProduct suggestions are mixed with other content, which Messenger cannot send.'), decidedBy: 'products' };
  }

  const checkText = (t: Field) =>
    c.measure(t.path, t.value, 'textMax', 'text/too-long', tooLong(t.path, 'text', 'a Messenger text message'));
  const attachment = (m: MediaField): Msg => {
    const info = mediaInfo(m.value);
    return { attachment: { type: info.family, payload: { url: info.uri ?? '' } } };
  };

  switch (index) {
    case 0:
      c.add(
        'matrix/not-supported',
        path,
        'Nothing to send (row "no text, media, suggestions or header"): add text, media, suggestions or a header.',
      );
      return none('No text, media, suggestions or header: nothing to send.');
    case 2:
      c.add(
        'matrix/not-supported',
        path,
        'Suggestions alone are not supported (row "suggestions only"): add a header for a button template, text for quick replies, or media for a media template; only ViewProduct suggestions may stand alone.',
      );
      return none('Suggestions alone are only sent as a product template, and these are not all ViewProduct.');
    case 14:
      c.add(
        'matrix/not-supported',
        path,
        'Text, media and suggestions without a header are not supported (row "text, media, suggestions"): add a header to make a generic template, or remove the text or the media.',
      );
      return none('Text, media and suggestions without a header are not supported by Messenger.');
    case 3: {
      const h = header!;
      c.measure(h.path, h.value, 'buttonTemplateTextMax', 'button-template/header-too-long', tooLong(h.path, 'header', 'a button template’s text'));
      const d = deliver(sugs, LIMITS.buttonTemplateButtonsMax);
      if (d.overflow.length > 0)
        c.add(
          'button-template/no-buttons',
          sugsPath,
          `${subject(sugsPath, 'This item')} has ${sugs.length} suggestions: more than ${LIMITS.buttonTemplateButtonsMax}, so all go as quick replies and the button template has no buttons; Messenger requires 1 to ${LIMITS.buttonTemplateButtonsMax} and may reject it. Keep at most ${LIMITS.buttonTemplateButtonsMax} suggestions to send them as buttons.`,
        );
      if (d.overflow.length === 0 && d.buttons.length === 0)
        c.add(
          'button-template/empty',
          // Where the suggestions stand: the single card when they all stand on it, else the item.
          itemSugs.length > 0 || cardSugs.length === 0 ? path : cardPath,
          `${sugs.length === 1 ? 'The only suggestion cannot' : `None of the ${sugs.length} suggestions can`} be sent as a button (unsupported actions are left out), and Messenger requires 1 to ${LIMITS.buttonTemplateButtonsMax} buttons on a button template: add a Reply, OpenUrl, Dial, Login or Logout suggestion.`,
        );
      const qrs = quickReplies(d.overflow, sugsPath, c);
      return {
        ...base,
        outcome: 'button_template',
        messages: [template({ template_type: 'button', text: h.value, buttons: d.buttons })],
        quickReplies: qrs,
        reason: `${what}: a button template whose text is the header; suggestions ${deliveryPhrase(d.buttons.length, qrs.length)}.`,
      };
    }
    case 4:
      return {
        ...base,
        outcome: 'media',
        messages: [attachment(media!)],
        quickReplies: [],
        reason: `Media alone: sent as ${FAMILY_PHRASE[mediaInfo(media!.value).family]} attachment.`,
      };
    case 6: {
      const m = media!;
      const info = mediaInfo(m.value);
      if (info.family === 'audio' || info.family === 'file')
        c.add(
          'media-template/media-type',
          m.path,
          `A media template shows only an image or a video; this is ${FAMILY_PHRASE[info.family]}.`,
        );
      if (info.uri) {
        const host = classifyUrl(info.uri) === 'no-scheme' ? null : hostOf(info.uri);
        if (!(host === 'facebook.com' || (host !== null && host.endsWith('.facebook.com'))))
          c.add(
            'media-template/facebook-url',
            join(m.path, 'mediaUri'),
            'Meta accepts only facebook.com URLs or uploaded attachments in a media template; this URL may be rejected.',
          );
      }
      const d = deliver(sugs, LIMITS.mediaTemplateButtonsMax);
      const element: Msg = { media_type: info.family === 'video' ? 'video' : 'image', url: info.uri ?? '' };
      if (d.buttons.length > 0) element.buttons = d.buttons;
      const qrs = quickReplies(d.overflow, sugsPath, c);
      return {
        ...base,
        outcome: 'media_template',
        messages: [template({ template_type: 'media', elements: [element] })],
        quickReplies: qrs,
        reason: `${what}: a media template; suggestions ${deliveryPhrase(d.buttons.length, qrs.length)} (at most ${LIMITS.mediaTemplateButtonsMax} button).`,
      };
    }
    case 8:
      checkText(text!);
      return { ...base, outcome: 'text', messages: [{ text: text!.value }], quickReplies: [], reason: 'Text alone: a text message.' };
    case 10: {
      checkText(text!);
      const qrs = quickReplies(sugs, sugsPath, c);
      return {
        ...base,
        outcome: 'text',
        messages: [{ text: text!.value }],
        quickReplies: qrs,
        reason: `Text and suggestions: a text message with ${quickRepliesPhrase(qrs.length)}.`,
      };
    }
    case 12:
      checkText(text!);
      return {
        ...base,
        outcome: 'text_and_media',
        messages: [{ text: text!.value }, attachment(media!)],
        quickReplies: [],
        reason: 'Text and media: two messages, the text first, then the media.',
      };
    default: {
      // Rows 1, 5, 7, 9, 11, 13, 15: a header with anything but suggestions alone.
      const r = genericElement(header, text, media, sugs, ownerPath, c);
      // At the item, also when the suggestions stand on its single card (RULES.md 4).
      if (r.overflow.length > 0) buttonsOverflow(r.overflow.length, `${subject(path, 'This item')}, a generic template,`, path, c);
      const qrs = quickReplies(r.overflow, sugsPath, c);
      const buttons = Array.isArray(r.element.buttons) ? r.element.buttons.length : 0;
      return {
        ...base,
        outcome: 'generic_template',
        messages: [template({ template_type: 'generic', elements: [r.element] })],
        elementPaths: [ownerPath],
        quickReplies: qrs,
        reason:
          `${what}: a generic template (header as title` +
          (text ? ', text as subtitle' : '') +
          (media ? ', media as image' : '') +
          ')' +
          (sugs.length > 0 ? `; suggestions ${deliveryPhrase(buttons, qrs.length)}.` : '.'),
      };
    }
  }
}

