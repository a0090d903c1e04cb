/**
 * Which Send API messages of one msg entry Messenger (or CM) would not deliver, and why:
 * the basis of a simulated send's status reports (one per Send API message, in send order);
 * and the content type of a file the end user sends, from its URL.
 *
 * Imported from its own module (not from the core's index): the page loads it with the
 * webhook payloads, after the preview first shows.
 */
import { LIMITS } from './limits';
import { pathExtensionOf } from './media';
import { mimeForExtension } from './mimeTypes';
import type { Diagnostic, DiagnosticCode, MessageReport, SendApiBody } from './types';

/**
 * Warnings that still make Messenger refuse the send: a retired tag is answered with
 * error 100 (RULES.md 2.5). Every error refuses the send of the item it stands in.
 */
const REFUSING_WARNINGS: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>(['tag/retired-by-meta']);

/** Why one Send API message is not delivered: the core's rule code and its message. */
export interface Refusal {
  code: DiagnosticCode;
  message: string;
  /** Pointer of the diagnostic in the request. */
  path: string;
}

/** One Send API message of a msg entry, in send order, and whether it is delivered. */
export interface SendOutcome {
  /** Index of the conversation item (of the report's items) and of the send within it. */
  item: number;
  send: number;
  body: SendApiBody;
  /** Set when the message is not delivered. */
  refused?: Refusal;
}

const within = (path: string, scope: string) => path === scope || path.startsWith(scope + '/');

const refusal = (d: Diagnostic): Refusal => ({ code: d.code, message: d.message, path: d.path });

/**
 * Every Send API message of one msg entry (to its first recipient), in the order CM sends
 * them, each with the reason it is not delivered, if any:
 * - an item with an error (or a refusing warning, such as a retired tag) within it: each of its sends;
 * - a marketing message (to a notification token) beyond the first per token per day
 *   (`LIMITS.notificationSendsMax`): that send, with the item's `notification/one-per-day`.
 * An item that is not supported makes no Send API message, so it has no outcome.
 */
export function sendOutcomes(message: MessageReport, diagnostics: readonly Diagnostic[]): SendOutcome[] {
  const out: SendOutcome[] = [];
  let marketing = 0;
  message.items.forEach((item, i) => {
    const inItem = diagnostics.filter((d) => within(d.path, item.path));
    const blocking = inItem.find((d) => d.severity === 'error') ?? inItem.find((d) => REFUSING_WARNINGS.has(d.code));
    const perDay = inItem.find((d) => d.code === 'notification/one-per-day');
    item.sends.forEach((body, j) => {
      const toToken = 'notification_messages_token' in body.recipient;
      if (toToken) marketing += 1;
      const outcome: SendOutcome = { item: i, send: j, body };
      if (blocking) outcome.refused = refusal(blocking);
      else if (toToken && marketing > LIMITS.notificationSendsMax)
        outcome.refused = perDay
          ? refusal(perDay)
          : { code: 'notification/one-per-day', message: 'One marketing message per token per day: this one is not delivered.', path: item.path };
      out.push(outcome);
    });
  });
  return out;
}

/** The MIME type of a file from its URL's path extension (the core's media table), if the table knows it. */
export function mimeTypeOfUrl(url: string): string | undefined {
  return mimeForExtension(pathExtensionOf(url));
}
