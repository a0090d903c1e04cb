/**
 * Every number the rules use lives here, and only here: the validator reads it,
 * and so do the UI's character counters. Values from RULES.md section 3.
 */
export const LIMITS = {
  /** Text message, in code points. */
  textMax: 2000,
  /** Quick replies on one message. */
  quickRepliesMax: 13,
  /** Label of a Reply, OpenUrl or Dial suggestion (button title or quick-reply title). */
  labelMax: 20,
  /** Reply postbackdata (button or quick-reply payload). */
  postbackMax: 1000,
  /** Generic template title (header). */
  genericTitleMax: 80,
  /** Generic template subtitle (text). */
  genericSubtitleMax: 80,
  /** Button template text (header). */
  buttonTemplateTextMax: 640,
  /** Opt-in request title (label). */
  optinTitleMax: 65,
  /** Cards in one carousel. */
  carouselCardsMax: 10,
  /** Products in one product template. */
  productsMax: 10,
  /** Buttons on one generic template element. */
  genericButtonsMax: 3,
  /** Buttons on a button template. */
  buttonTemplateButtonsMax: 3,
  /** Buttons on a media template. */
  mediaTemplateButtonsMax: 1,
  /** Marketing messages (NOTIFICATION_MESSAGE sends) CM delivers to one token per calendar day. */
  notificationSendsMax: 1,
  /** Digits of a phone number after the `+`. */
  phoneDigitsMin: 7,
  phoneDigitsMax: 15,
} as const;

export type LimitName = keyof typeof LIMITS;

/** Message tags the channel accepts, with Meta's current status of each (RULES.md, tag/*). */
export const TAGS = {
  CONFIRMED_EVENT_UPDATE: {
    status: 'retired',
    allows: 'Reminders or updates for an event the user registered for.',
  },
  POST_PURCHASE_UPDATE: { status: 'retired', allows: 'An update on a recent purchase.' },
  ACCOUNT_UPDATE: {
    status: 'retired',
    allows: 'A non-recurring change to the user’s application or account.',
  },
  HUMAN_AGENT: {
    status: 'active',
    allows: 'A human agent answering within 7 days after the user’s last message.',
  },
  NOTIFICATION_MESSAGE: {
    status: 'active',
    allows: 'A marketing message to a user who opted in, sent to their notification token.',
  },
} as const;

export type TagName = keyof typeof TAGS;

/** The only opt-in frequency Messenger takes (optin.frequency; any letter case in the request). */
export const OPTIN_FREQUENCY = 'DAILY';

/** Date since which Meta answers error 100 for the retired tags. */
export const TAG_RETIRED_SINCE = '2026-04-27';
/**
 * Date Meta switched marketing messages off outside AU, EU, JP, KR and UK: both the
 * opt-in flow (optin/sunset) and the NOTIFICATION_MESSAGE sends (tag/notification-sunset).
 */
export const OPTIN_SUNSET_DATE = '2026-02-10';
/** Date since which Meta's notification tokens no longer expire, so re-opt-in is never asked (optin/reoptin-obsolete). */
export const REOPTIN_OBSOLETE_SINCE = '2023-08-10';

/** Supported MIME subtypes per family (lower case), with the extensions a mediaName may end in. */
export const MEDIA_TYPES: Record<string, Record<string, readonly string[]>> = {
  image: {
    png: ['png'],
    jpeg: ['jpg', 'jpeg'],
    jpg: ['jpg', 'jpeg'],
    gif: ['gif'],
  },
  video: {
    mp4: ['mp4', 'm4v'],
    ogg: ['ogg', 'ogv'],
    avi: ['avi'],
    'x-msvideo': ['avi'],
    mov: ['mov'],
    quicktime: ['mov'],
    webm: ['webm'],
  },
  audio: {
    aac: ['aac', 'acc'],
    acc: ['aac', 'acc'],
    m4a: ['m4a'],
    'x-m4a': ['m4a'],
    wav: ['wav'],
    'x-wav': ['wav'],
    wave: ['wav'],
    mp4: ['m4a', 'mp4'],
  },
};

/** Extensions checked for documents; other document types are not checked. */
export const DOCUMENT_EXTENSIONS: Record<string, readonly string[]> = {
  'application/pdf': ['pdf'],
};

/** The MIME types the inspector offers, in the order it offers them. */
export const SUPPORTED_MIME_TYPES: readonly string[] = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'video/mp4',
  'video/ogg',
  'video/avi',
  'video/quicktime',
  'video/webm',
  'audio/aac',
  'audio/m4a',
  'audio/wav',
  'audio/mp4',
  'application/pdf',
];

/**
 * Without a mimeType, the name's extension (else the mediaUri path's) decides the attachment
 * type (RULES.md 2.5); any other extension is sent as a file.
 */
export const EXTENSION_FAMILY: Record<string, 'image' | 'video' | 'audio'> = {
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  mp4: 'video',
  m4v: 'video',
  ogg: 'video',
  ogv: 'video',
  avi: 'video',
  mov: 'video',
  webm: 'video',
  m4a: 'audio',
  aac: 'audio',
  acc: 'audio',
  wav: 'audio',
};

/** The channel name that must be in allowedChannels. */
export const MESSENGER_CHANNEL = 'Facebook Messenger';
/** Whether an entry of allowedChannels names Messenger (any letter case, spaces around it). */
export const isMessengerChannel = (ch: unknown): boolean => typeof ch === 'string' && ch.trim().toLowerCase() === MESSENGER_CHANNEL.toLowerCase();
