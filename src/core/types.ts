/** Public types of the core: the shape of `check()`'s report. */
import type { RuleCode } from './codes';
import type { LimitName } from './limits';

export type Severity = 'error' | 'warning' | 'info';

/** Every code a diagnostic may carry: the rule codes of RULES.md, and the checker's own failure. */
export type DiagnosticCode = RuleCode | 'internal/error';

/** One finding of the validator, anchored at a JSON pointer into the request. */
export interface Diagnostic {
  /** Rule code from RULES.md, e.g. `suggestion/label-too-long`. Public contract. */
  code: DiagnosticCode;
  severity: Severity;
  /** RFC 6901 JSON pointer into the request; for a missing field, the object that lacks it. */
  path: string;
  message: string;
  /** For a missing field: which one, relative to `path` (`label`, `dial/phoneNumber`), in its canonical spelling. */
  field?: string;
  /** The elements it is about when they are not `path` itself: the cards past the tenth, the quick replies past the thirteenth. */
  related?: string[];
}

/** How one suggestion goes out (RULES.md 2.2 to 2.4). */
export type SuggestionDelivery = 'button' | 'quick_reply' | 'product' | 'optin' | 'not_sent';

/** A suggestion of an item (its own or its cards'), and how it goes out. */
export interface SuggestionFact {
  /** Pointer of the suggestion in the request. */
  path: string;
  as: SuggestionDelivery;
}

/** A counted field where it stands: its length and the limit that applies there (RULES.md 3). */
export interface FieldFact {
  /** Pointer of the field in the request. */
  path: string;
  /** The limit from the core's limits table, or null where none applies (the field is not sent there). */
  limit: { name: LimitName; max: number } | null;
  /** Its length in Unicode code points. */
  length: number;
}

/** Send API attachment types (RULES.md 2.5). */
export type MediaFamily = 'image' | 'video' | 'audio' | 'file';

/** What a media object is sent as (its mimeType, else its name's or its URI's extension). */
export interface MediaFact {
  /** Pointer of the media object in the request. */
  path: string;
  family: MediaFamily;
}

/** The outcomes of RULES.md, in its order: what a conversation item resolves to. */
export const OUTCOMES = [
  'text',
  'media',
  'text_and_media',
  'generic_template',
  'button_template',
  'media_template',
  'product_template',
  'optin_request',
  'not_supported',
] as const;

export type Outcome = (typeof OUTCOMES)[number];

export type SuggestionsAs = 'none' | 'buttons' | 'quick_replies' | 'products' | 'optin';

/** Which inputs of the input matrix are present (RULES.md 2.2). */
export interface MatrixInputs {
  text: boolean;
  media: boolean;
  suggestions: boolean;
  header: boolean;
}

/** A Messenger Send API request body (RULES.md 2.5). */
export interface SendApiBody {
  recipient: { id: string } | { notification_messages_token: string };
  messaging_type?: 'RESPONSE' | 'MESSAGE_TAG';
  tag?: string;
  message: Record<string, unknown>;
}

/** What one conversation item becomes on Messenger, and why. */
export interface ItemReport {
  outcome: Outcome;
  suggestionsAs: SuggestionsAs;
  /** Send API bodies for the first recipient, in send order; empty for not_supported. */
  sends: SendApiBody[];
  /** JSON pointer of the conversation item (of the msg entry for a message without rich content). */
  path: string;
  /** The inputs that decided the outcome; null where the matrix was not consulted (opt-in, product carousel). */
  inputs: MatrixInputs | null;
  /** Index 0-15 of the input-matrix row (RULES.md 2.2 table order), or null. */
  matrixRow: number | null;
  /** How the outcome was decided: 'matrix', 'optin', 'products', 'carousel', 'empty'. */
  decidedBy: 'matrix' | 'optin' | 'products' | 'carousel' | 'empty';
  /** One sentence explaining the outcome. */
  reason: string;
  /** Number of buttons sent (all messages of the item). */
  buttons: number;
  /** Number of quick replies sent on the item's last message. */
  quickReplies: number;
  /** Number of cards in the item's carousel (0 without carousel). */
  cards: number;
  /** Number of products sent (a product template's elements; 0 otherwise). */
  products: number;
  /**
   * Where the item's text, header and media are read from: the item itself, its single
   * card (the card's values win, RULES.md 2), or null beside a carousel of 2 or more
   * cards (item-level content is not sent, 2.3). Suggestions may stand on both.
   */
  contentPath: string | null;
  /** The item's counted fields, with the limits that apply where they stand. */
  fields: FieldFact[];
  /** The item's media objects (its own, its cards', its suggestions'), with what each is sent as. */
  media: MediaFact[];
  /** Every suggestion of the item and its cards, with how it goes out. */
  suggestions: SuggestionFact[];
  /** For a generic template: what each element is made of (a card's pointer, or the item's), in element order; empty otherwise. */
  elementPaths: string[];
  /** For a generic template: the buttons of each element, in element order; empty otherwise. */
  elementButtons: number[];
  /** Set when Messenger takes the item but it does not reach the user: why (a second marketing message to the token on one day). */
  notDelivered?: string;
}

export interface MessageReport {
  /** JSON pointer of the msg entry. */
  path: string;
  /** The Page the message is sent from (`from`), or '' when it is not a string. */
  pageId: string;
  /** The first recipient (`to[0].number`): the PSID or notification token the Send API bodies address, or ''. */
  recipient: string;
  /** The conversation items; a message without rich content is one item, its body text. */
  items: ItemReport[];
}

export interface Report {
  /** True when no diagnostic has severity `error`. */
  valid: boolean;
  diagnostics: Diagnostic[];
  messages: MessageReport[];
}
