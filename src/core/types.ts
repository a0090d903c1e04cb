/** Public types of the core: the shape of `check()`'s report. */

export type Severity = 'error' | 'warning' | 'info';

/** One finding of the validator, anchored at a JSON pointer into the request. */
export interface Diagnostic {
  /** Rule code from RULES.md, e.g. `suggestion/label-too-long`. Public contract. */
  code: string;
  severity: Severity;
  /** RFC 6901 JSON pointer into the request; for a missing field, the object that lacks it. */
  path: string;
  message: string;
}

export type Outcome =
  | 'text'
  | 'media'
  | 'text_and_media'
  | 'generic_template'
  | 'button_template'
  | 'media_template'
  | 'product_template'
  | 'optin_request'
  | 'not_supported';

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
}

export interface MessageReport {
  /** JSON pointer of the msg entry. */
  path: string;
  items: ItemReport[];
}

export interface Report {
  /** True when no diagnostic has severity `error`. */
  valid: boolean;
  diagnostics: Diagnostic[];
  messages: MessageReport[];
}
