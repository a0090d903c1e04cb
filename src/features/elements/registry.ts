/**
 * One registry of element kinds: the palette, the canvas drop zones and the
 * inspector all read it (the Adaptive Cards designer's `registerPeer`, once).
 * Pure data and functions: no React here.
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
  /** The JSON it adds: a field value, a suggestion, a card, or a whole item. */
  create(): unknown;
}

const media = (mediaName: string, mediaUri: string, mimeType: string) => () => ({ mediaName, mediaUri, mimeType });

export const CM_LOGO = 'https://www.cm.com/cdn/cm/cm.png';

const card = (n: number) => ({
  header: `Card ${n} title`,
  text: 'A short description',
  media: { mediaName: 'cm.png', mediaUri: CM_LOGO, mimeType: 'image/png' },
  suggestions: [{ action: 'Reply', label: 'Tell me more', postbackdata: `MORE_${n}` }],
});

export const ELEMENT_KINDS: readonly ElementKind[] = [
  {
    id: 'text',
    label: 'Text',
    group: 'Content',
    icon: '¶',
    description: 'Message text; the subtitle of a card.',
    accepts: ['conversation', 'item', 'card'],
    create: () => 'Your message text',
  },
  {
    id: 'header',
    label: 'Header',
    group: 'Content',
    icon: 'H',
    description: 'A title: makes a generic or button template.',
    accepts: ['conversation', 'item', 'card'],
    create: () => 'Your header',
  },
  {
    id: 'image',
    label: 'Image',
    group: 'Media',
    icon: '▣',
    description: 'A png, jpeg or gif image.',
    accepts: ['conversation', 'item', 'card'],
    create: media('cm.png', CM_LOGO, 'image/png'),
  },
  {
    id: 'video',
    label: 'Video',
    group: 'Media',
    icon: '▶',
    description: 'An mp4, ogg, avi, mov or webm video.',
    accepts: ['conversation', 'item', 'card'],
    create: media('video.mp4', 'https://www.example.com/video.mp4', 'video/mp4'),
  },
  {
    id: 'audio',
    label: 'Audio',
    group: 'Media',
    icon: '♪',
    description: 'An aac, m4a, wav or mp4 audio clip.',
    accepts: ['conversation', 'item', 'card'],
    create: media('audio.mp4', 'https://www.example.com/audio.mp4', 'audio/mp4'),
  },
  {
    id: 'document',
    label: 'Document',
    group: 'Media',
    icon: '❏',
    description: 'A file, such as a PDF.',
    accepts: ['conversation', 'item', 'card'],
    create: media('document.pdf', 'https://www.example.com/document.pdf', 'application/pdf'),
  },
  {
    id: 'reply',
    label: 'Reply',
    group: 'Suggestions',
    icon: '↩',
    description: 'A postback button or a quick reply.',
    accepts: ['conversation', 'item', 'card'],
    create: () => ({ action: 'Reply', label: 'Yes', postbackdata: 'YES' }),
  },
  {
    id: 'openurl',
    label: 'Open URL',
    group: 'Suggestions',
    icon: '↗',
    description: 'A button that opens a web page.',
    accepts: ['conversation', 'item', 'card'],
    create: () => ({ action: 'OpenUrl', label: 'Visit website', url: 'https://www.cm.com/' }),
  },
  {
    id: 'dial',
    label: 'Dial',
    group: 'Suggestions',
    icon: '✆',
    description: 'A button that calls a phone number.',
    accepts: ['conversation', 'item', 'card'],
    create: () => ({ action: 'Dial', label: 'Call us', dial: { phoneNumber: '+31761234567' } }),
  },
  {
    id: 'login',
    label: 'Log in',
    group: 'Suggestions',
    icon: '⇥',
    description: 'An account-link button (https URL).',
    accepts: ['conversation', 'item', 'card'],
    create: () => ({ action: 'Login', url: 'https://www.example.com/login' }),
  },
  {
    id: 'logout',
    label: 'Log out',
    group: 'Suggestions',
    icon: '⇤',
    description: 'An account-unlink button.',
    accepts: ['conversation', 'item', 'card'],
    create: () => ({ action: 'Logout' }),
  },
  {
    id: 'viewproduct',
    label: 'View product',
    group: 'Suggestions',
    icon: '◈',
    description: 'A product of the Page’s catalog (product template).',
    accepts: ['conversation', 'item', 'card'],
    create: () => ({ action: 'ViewProduct', product: { id: 'product_001' } }),
  },
  {
    id: 'optin',
    label: 'Opt-in request',
    group: 'Suggestions',
    icon: '✓',
    description: 'Asks the user to opt in to marketing messages.',
    accepts: ['conversation', 'item'],
    create: () => ({
      action: 'optin',
      label: 'Get our weekly deals',
      postbackdata: 'OPT_IN',
      optin: { frequency: 'DAILY', timezone: 'UTC' },
    }),
  },
  {
    id: 'card',
    label: 'Card',
    group: 'Cards',
    icon: '▤',
    description: 'A rich card: title, text, image and buttons.',
    accepts: ['conversation', 'item'],
    create: () => card(1),
  },
  {
    id: 'carousel',
    label: 'Carousel',
    group: 'Cards',
    icon: '❐',
    description: 'Two or more cards side by side.',
    accepts: ['conversation'],
    create: () => ({ carousel: { cards: [card(1), card(2)] } }),
  },
  {
    id: 'tag',
    label: 'Message tag',
    group: 'Message',
    icon: '#',
    description: 'Send outside the 24-hour window (HUMAN_AGENT, NOTIFICATION_MESSAGE).',
    accepts: ['item'],
    create: () => 'HUMAN_AGENT',
  },
];

export const PALETTE_GROUPS: readonly PaletteGroup[] = ['Content', 'Media', 'Suggestions', 'Cards', 'Message'];

export function elementKind(id: ElementKindId): ElementKind {
  return ELEMENT_KINDS.find((k) => k.id === id)!;
}

/** Which field of an item or card a kind fills: a text field, media, a suggestion, a card or a tag. */
export function fieldOf(id: ElementKindId): 'text' | 'header' | 'media' | 'suggestion' | 'card' | 'carousel' | 'tag' {
  switch (id) {
    case 'text':
    case 'header':
    case 'tag':
    case 'card':
    case 'carousel':
      return id;
    case 'image':
    case 'video':
    case 'audio':
    case 'document':
      return 'media';
    default:
      return 'suggestion';
  }
}
