import { ACTION_NAMES, findKey, isObject, LIMITS, OPTIN_FREQUENCY, TAGS, type Action } from '../../core';

/**
 * One registry of element kinds, each described whole (the Adaptive Cards
 * designer's `registerPeer`, tldraw's shape utils): what the palette shows, where
 * it may be dropped, the JSON it adds, the field it fills, the inspector's fields
 * for it and its caption on the canvas. The palette, drop planning, the canvas and
 * the inspector all read it; adding a suggestion action touches this file alone.
 * Pure data and functions: no React here. Limits come from the core (its facts
 * per field, or its limits table), never from here.
 */

export type ElementKindId =
  | 'text'
  | 'header'
  | 'image'
  | 'video'
  | 'audio'
  | 'document'
  | 'reply'
  | 'openurl'
  | 'dial'
  | 'login'
  | 'logout'
  | 'viewproduct'
  | 'optin'
  | 'card'
  | 'carousel'
  | 'tag';

export type PaletteGroup = 'Content' | 'Media' | 'Suggestions' | 'Cards' | 'Message';

/** Where an element can land. */
export type SlotKind = 'conversation' | 'item' | 'card';

/** What an element of a kind is, in the item or card it lands in. */
export type Fills = 'text' | 'header' | 'media' | 'suggestion' | 'card' | 'carousel' | 'tag';

/** One field of the inspector, bound to a pointer under the element. */
export interface FieldSpec {
  /** The keys under the element, canonical spelling (matched in any letter case). */
  at: readonly string[];
  label: string;
  hint?: string;
  input: 'text' | 'multiline' | 'url' | 'tel' | 'select';
  /** For a select: its options; `empty` names the choice that removes the field. */
  options?: readonly { value: string; label: string }[];
  empty?: string;
  /** The field can be removed with a button (it is optional in the request). */
  removable?: boolean;
  /** A placeholder for an empty field. */
  placeholder?: string;
}

/** A suggestion kind's media: a quick-reply thumbnail or an opt-in image. */
export interface SuggestionMedia {
  section: string;
  add: string;
  remove: string;
}

export interface ElementKind {
  id: ElementKindId;
  label: string;
  group: PaletteGroup;
  /** A short glyph shown beside the label. */
  icon: string;
  /** One line for the palette's tooltip and the screen reader. */
  description: string;
  /** The slots that accept it. */
  accepts: readonly SlotKind[];
  /** What it is in the item or card it lands in. */
  fills: Fills;
  /** The JSON it adds: a field value, a suggestion, a card, or a whole item; `at.index` is a card's place in its carousel. */
  create(at?: { index: number }): unknown;
  /** For a suggestion kind: the action it makes, as the core reads it. */
  action?: Action;
  /** The inspector's fields for an element of this kind (a suggestion's, a media's). */
  fields?: readonly FieldSpec[];
  /** A note the inspector shows under the fields. */
  note?: string;
  /** For a suggestion kind that may carry media. */
  media?: SuggestionMedia;
  /** The words on the element's canvas chip, when it has no label of its own. */
  caption?(value: Record<string, unknown>): string;
}

const media = (mediaName: string, mediaUri: string, mimeType: string) => () => ({ mediaName, mediaUri, mimeType });

export const CM_LOGO = 'https://www.cm.com/cdn/cm/cm.png';

const card = (n: number) => ({
  header: `Card ${n} title`,
  text: 'A short description',
  media: { mediaName: 'cm.png', mediaUri: CM_LOGO, mimeType: 'image/png' },
  suggestions: [{ action: 'Reply', label: 'Tell me more', postbackdata: `MORE_${n}` }],
});

/** A value under an object, keys matched in any letter case. */
export function valueUnder(obj: unknown, at: readonly string[]): unknown {
  let cur: unknown = obj;
  for (const k of at) {
    if (!isObject(cur)) return undefined;
    cur = cur[findKey(cur, k)];
  }
  return cur;
}

const LABEL: FieldSpec = { at: ['label'], label: 'Label', input: 'text' };
const phoneHint = `+ followed by ${LIMITS.phoneDigitsMin} to ${LIMITS.phoneDigitsMax} digits.`;

/** The fields of a media object, whatever its kind. */
export const MEDIA_FIELDS: readonly FieldSpec[] = [
  { at: ['mediaName'], label: 'File name', input: 'text', hint: 'Ends in the extension of its type, e.g. logo.png.' },
  { at: ['mediaUri'], label: 'URL', input: 'url', hint: 'An absolute https:// URL of the file.' },
];

export const ELEMENT_KINDS: readonly ElementKind[] = [
  {
    id: 'text',
    label: 'Text',
    group: 'Content',
    icon: '¶',
    description: 'Message text; the subtitle of a card.',
    accepts: ['conversation', 'item', 'card'],
    fills: 'text',
    create: () => 'Your message text',
  },
  {
    id: 'header',
    label: 'Header',
    group: 'Content',
    icon: 'H',
    description: 'A title: makes a generic or button template.',
    accepts: ['conversation', 'item', 'card'],
    fills: 'header',
    create: () => 'Your header',
  },
  {
    id: 'image',
    label: 'Image',
    group: 'Media',
    icon: '▣',
    description: 'A png, jpeg or gif image.',
    accepts: ['conversation', 'item', 'card'],
    fills: 'media',
    create: media('cm.png', CM_LOGO, 'image/png'),
  },
  {
    id: 'video',
    label: 'Video',
    group: 'Media',
    icon: '▶',
    description: 'An mp4, ogg, avi, mov or webm video.',
    accepts: ['conversation', 'item', 'card'],
    fills: 'media',
    create: media('video.mp4', 'https://www.example.com/video.mp4', 'video/mp4'),
  },
  {
    id: 'audio',
    label: 'Audio',
    group: 'Media',
    icon: '♪',
    description: 'An aac, m4a, wav or mp4 audio clip.',
    accepts: ['conversation', 'item', 'card'],
    fills: 'media',
    create: media('audio.mp4', 'https://www.example.com/audio.mp4', 'audio/mp4'),
  },
  {
    id: 'document',
    label: 'Document',
    group: 'Media',
    icon: '❏',
    description: 'A file, such as a PDF.',
    accepts: ['conversation', 'item', 'card'],
    fills: 'media',
    create: media('document.pdf', 'https://www.example.com/document.pdf', 'application/pdf'),
  },
  {
    id: 'reply',
    label: 'Reply',
    group: 'Suggestions',
    icon: '↩',
    description: 'A postback button or a quick reply.',
    accepts: ['conversation', 'item', 'card'],
    fills: 'suggestion',
    action: 'reply',
    create: () => ({ action: 'Reply', label: 'Yes', postbackdata: 'YES' }),
    fields: [LABEL, { at: ['postbackdata'], label: 'Postback data', input: 'text', hint: 'What your webhook receives when the user taps it.' }],
    media: { section: 'Quick-reply thumbnail', add: '+ Add a thumbnail (shown when sent as a quick reply)', remove: 'Remove thumbnail' },
  },
  {
    id: 'openurl',
    label: 'Open URL',
    group: 'Suggestions',
    icon: '↗',
    description: 'A button that opens a web page.',
    accepts: ['conversation', 'item', 'card'],
    fills: 'suggestion',
    action: 'openurl',
    create: () => ({ action: 'OpenUrl', label: 'Visit website', url: 'https://www.cm.com/' }),
    fields: [LABEL, { at: ['url'], label: 'URL', input: 'url', hint: 'An absolute http(s) URL.' }],
  },
  {
    id: 'dial',
    label: 'Dial',
    group: 'Suggestions',
    icon: '✆',
    description: 'A button that calls a phone number.',
    accepts: ['conversation', 'item', 'card'],
    fills: 'suggestion',
    action: 'dial',
    create: () => ({ action: 'Dial', label: 'Call us', dial: { phoneNumber: '+31761234567' } }),
    fields: [LABEL, { at: ['dial', 'phoneNumber'], label: 'Phone number', input: 'tel', hint: phoneHint }],
  },
  {
    id: 'login',
    label: 'Log in',
    group: 'Suggestions',
    icon: '⇥',
    description: 'An account-link button (https URL).',
    accepts: ['conversation', 'item', 'card'],
    fills: 'suggestion',
    action: 'login',
    create: () => ({ action: 'Login', url: 'https://www.example.com/login' }),
    fields: [{ at: ['url'], label: 'URL', input: 'url', hint: 'An https:// URL.' }],
    note: 'Log in buttons are sent without text.',
    caption: () => 'Log in',
  },
  {
    id: 'logout',
    label: 'Log out',
    group: 'Suggestions',
    icon: '⇤',
    description: 'An account-unlink button.',
    accepts: ['conversation', 'item', 'card'],
    fills: 'suggestion',
    action: 'logout',
    create: () => ({ action: 'Logout' }),
    fields: [],
    note: 'Log out buttons are sent without text.',
    caption: () => 'Log out',
  },
  {
    id: 'viewproduct',
    label: 'View product',
    group: 'Suggestions',
    icon: '◈',
    description: 'A product of the Page’s catalog (product template).',
    accepts: ['conversation', 'item', 'card'],
    fills: 'suggestion',
    action: 'viewproduct',
    create: () => ({ action: 'ViewProduct', product: { id: 'product_001' } }),
    fields: [{ at: ['product', 'id'], label: 'Product id', input: 'text', hint: 'The id in the Page’s Facebook catalog.' }],
    caption: (v) => {
      const id = valueUnder(v, ['product', 'id']);
      return typeof id === 'string' && id ? `Product ${id}` : 'Product (no id)';
    },
  },
  {
    id: 'optin',
    label: 'Opt-in request',
    group: 'Suggestions',
    icon: '✓',
    description: 'Asks the user to opt in to marketing messages.',
    accepts: ['conversation', 'item'],
    fills: 'suggestion',
    action: 'optin',
    create: () => ({
      action: 'optin',
      label: 'Get our weekly deals',
      postbackdata: 'OPT_IN',
      optin: { frequency: OPTIN_FREQUENCY, timezone: 'UTC' },
    }),
    fields: [
      { at: ['label'], label: 'Title', input: 'text' },
      { at: ['postbackdata'], label: 'Payload (your opt-in reference)', input: 'text', hint: 'What your webhook receives when the user opts in.' },
    ],
    media: { section: 'Opt-in image', add: '+ Add an image', remove: 'Remove image' },
  },
  {
    id: 'card',
    label: 'Card',
    group: 'Cards',
    icon: '▤',
    description: 'A rich card: title, text, image and buttons.',
    // On a card it goes after that card, in the gap before a card before it.
    accepts: ['conversation', 'item', 'card'],
    fills: 'card',
    create: (at) => card((at?.index ?? 0) + 1),
  },
  {
    id: 'carousel',
    label: 'Carousel',
    group: 'Cards',
    icon: '❐',
    description: 'Two or more cards side by side.',
    accepts: ['conversation'],
    fills: 'carousel',
    create: () => ({ carousel: { cards: [card(1), card(2)] } }),
  },
  {
    id: 'tag',
    label: 'Message tag',
    group: 'Message',
    icon: '#',
    description: 'Send outside the 24-hour window (HUMAN_AGENT, NOTIFICATION_MESSAGE).',
    accepts: ['item'],
    fills: 'tag',
    create: () => 'HUMAN_AGENT',
  },
];

export const PALETTE_GROUPS: readonly PaletteGroup[] = ['Content', 'Media', 'Suggestions', 'Cards', 'Message'];

export function elementKind(id: ElementKindId): ElementKind {
  return ELEMENT_KINDS.find((k) => k.id === id)!;
}

/** The suggestion kinds, in palette order. */
export const SUGGESTION_KINDS: readonly ElementKind[] = ELEMENT_KINDS.filter((k) => k.fills === 'suggestion');

/** The kind of a suggestion, from its action (any letter case); undefined for an action Messenger does not know. */
export function suggestionKind(value: unknown): ElementKind | undefined {
  const a = valueUnder(value, ['action']);
  if (typeof a !== 'string') return undefined;
  const lower = a.trim().toLowerCase();
  return SUGGESTION_KINDS.find((k) => k.action === lower);
}

/** The options of a suggestion's Action select: the canonical spelling of each action. */
export const ACTION_OPTIONS = SUGGESTION_KINDS.map((k) => ({
  value: ACTION_NAMES[k.action!],
  label: k.id === 'optin' ? `${ACTION_NAMES[k.action!]} (opt-in request)` : ACTION_NAMES[k.action!],
}));

/** The words on a suggestion chip: its action and its label, or what it is when it has no label. */
export function suggestionCaption(v: unknown): { action: string; caption: string } {
  if (!isObject(v)) return { action: '?', caption: 'not an object' };
  const kind = suggestionKind(v);
  const raw = valueUnder(v, ['action']);
  const action = kind ? ACTION_NAMES[kind.action!] : typeof raw === 'string' ? raw : 'no action';
  const label = valueUnder(v, ['label']);
  if (typeof label === 'string' && label) return { action, caption: label };
  return { action, caption: kind?.caption?.(v) ?? 'no label' };
}

/** The tags the inspector offers, with Meta's status of each. */
export const TAG_OPTIONS = Object.entries(TAGS).map(([name, t]) => ({
  value: name,
  label: `${name}${t.status === 'retired' ? ' (retired by Meta)' : ''}`,
}));
