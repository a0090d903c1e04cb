import { findKey, getAt, isObject, joinPointer } from '../core';
import { applyOp } from './ops';

/** What stands in for the product token wherever the user did not ask for the real one. */
export const TOKEN_PLACEHOLDER = 'YOUR_PRODUCT_TOKEN';

/** The pointer of the product token in a request (in the user's key spelling), whether or not it is set. */
export function tokenPath(doc: unknown): string {
  const messagesKey = findKey(doc, 'messages');
  const messages = isObject(doc) ? doc[messagesKey] : undefined;
  const authKey = findKey(messages, 'authentication');
  const auth = isObject(messages) ? messages[authKey] : undefined;
  return joinPointer('', messagesKey, authKey, findKey(auth, 'producttoken'));
}

/** The product token of a request, or '' when there is none. */
export function tokenOf(doc: unknown): string {
  const v = getAt(doc, tokenPath(doc));
  return typeof v === 'string' ? v : '';
}

/**
 * The request with its product token replaced by `replacement` (the placeholder
 * by default); a request without a token, or with an empty one, is returned as is.
 * Key order is kept.
 */
export function redactToken(doc: unknown, replacement: string = TOKEN_PLACEHOLDER): unknown {
  const token = tokenOf(doc);
  if (!token) return doc;
  return applyOp(doc, { kind: 'set', path: tokenPath(doc), value: replacement });
}
