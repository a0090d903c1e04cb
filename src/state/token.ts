import { findKey, getAt, isObject, joinPointer, jsonTree, type JsonNode } from '../core';
import { applyOps, type Op } from './ops';
import { patch, prettyText } from './text';

/** What stands in for the product token wherever the user did not ask for the real one. */
export const TOKEN_PLACEHOLDER = 'YOUR_PRODUCT_TOKEN';

/** The pointer of the product token in a request (in the user's key spelling), whether or not it is set: the one the checker reads (the first of each key in any letter case). */
export function tokenPath(doc: unknown): string {
  const messagesKey = findKey(doc, 'messages');
  const messages = isObject(doc) ? doc[messagesKey] : undefined;
  const authKey = findKey(messages, 'authentication');
  const auth = isObject(messages) ? messages[authKey] : undefined;
  return joinPointer('', messagesKey, authKey, findKey(auth, 'producttoken'));
}

/** The keys of an object that spell `lowerName` in any letter case. */
const keysLike = (obj: unknown, lowerName: string): string[] => (isObject(obj) ? Object.keys(obj).filter((k) => k.toLowerCase() === lowerName) : []);

/**
 * Every pointer where a product token stands: each `producttoken` key in any letter
 * case, under each `authentication` in any letter case, under each `messages` in any
 * letter case. A request can hold several (`"producttoken": ""` beside
 * `"ProductToken": "…"`): the checker reads the first, but every one is a secret.
 */
export function tokenPaths(doc: unknown): string[] {
  const out: string[] = [];
  if (!isObject(doc)) return out;
  for (const m of keysLike(doc, 'messages')) {
    const messages = doc[m];
    if (!isObject(messages)) continue;
    for (const a of keysLike(messages, 'authentication')) {
      const auth = messages[a];
      for (const p of keysLike(auth, 'producttoken')) out.push(joinPointer('', m, a, p));
    }
  }
  return out;
}

/** Whether a value at a token's place is kept out: anything but nothing, null and the empty string. */
const isSecret = (v: unknown): boolean => v !== undefined && v !== null && v !== '';

/** The product token of a request (the one the checker reads), or '' when there is none. */
export function tokenOf(doc: unknown): string {
  const v = getAt(doc, tokenPath(doc));
  return typeof v === 'string' ? v : '';
}

/** Whether the request holds a product token anywhere (under any spelling of its keys). */
export function holdsToken(doc: unknown): boolean {
  return tokenPaths(doc).some((p) => isSecret(getAt(doc, p)));
}

/** The operations that put `replacement` in place of every token of `doc`. */
function redactOps(doc: unknown, replacement: string): Op[] {
  return tokenPaths(doc)
    .filter((p) => {
      const v = getAt(doc, p);
      return isSecret(v) && v !== replacement;
    })
    .map((path) => ({ kind: 'set', path, value: replacement }));
}

/**
 * The request with every product token replaced by `replacement` (the placeholder
 * by default); a request without a token, or with empty ones, is returned as is.
 * Key order is kept.
 */
export function redactToken(doc: unknown, replacement: string = TOKEN_PLACEHOLDER): unknown {
  const ops = redactOps(doc, replacement);
  return ops.length ? applyOps(doc, ops) : doc;
}

/**
 * The text of `doc` (its own spelling kept) with every token replaced as
 * redactToken replaces it. A text can hold a key twice with the same spelling,
 * which its document cannot (JSON.parse keeps the last): the result is checked
 * for any token left in the text itself, and printed afresh from the redacted
 * document if one is.
 */
export function redactText(text: string, doc: unknown, replacement: string = TOKEN_PLACEHOLDER): string {
  const ops = redactOps(doc, replacement);
  const redacted = ops.length ? applyOps(doc, ops) : doc;
  const out = ops.length ? patch(text, ops, redacted) : text;
  return textHoldsToken(out, replacement) ? prettyText(redacted) : out;
}

/** Whether a JSON text holds a token anywhere (any spelling, repeated keys included) other than `allowed`, '' or null. */
export function textHoldsToken(text: string, allowed: string = ''): boolean {
  // A key can only spell "producttoken" as itself or with \u escapes. Without escapes, a quick look
  // at each such key's value settles the usual case (every one empty) without parsing the text.
  if (!text.includes('\\u')) {
    const key = /"producttoken"\s*:\s*/gi;
    const fine = ['""', 'null', ...(allowed ? [JSON.stringify(allowed)] : [])];
    let clean = true;
    while (clean && key.exec(text)) clean = fine.some((v) => text.startsWith(v, key.lastIndex) && /^\s*[,}]/.test(text.slice(key.lastIndex + v.length, key.lastIndex + v.length + 20)));
    if (clean) return false;
  }
  const props = (node: JsonNode | undefined, lowerName: string): JsonNode[] =>
    node?.type === 'object'
      ? (node.children ?? []).flatMap((p) => {
          const [key, value] = p.children ?? [];
          return typeof key?.value === 'string' && key.value.toLowerCase() === lowerName && value ? [value] : [];
        })
      : [];
  for (const messages of props(jsonTree(text), 'messages'))
    for (const auth of props(messages, 'authentication'))
      for (const token of props(auth, 'producttoken')) {
        if (token.type === 'null') continue;
        if (token.type === 'string' && (token.value === '' || token.value === allowed)) continue;
        return true;
      }
  return false;
}

/**
 * `stored` (a version of the request as storage or another tab holds it) with the
 * tokens of `live` put back where `live` has one: the token typed in this tab stays
 * (storage holds it only when the user chose to remember it).
 */
export function restoreTokens(stored: unknown, live: unknown): unknown {
  const ops = tokenOps(stored, live);
  return ops.length ? applyOps(stored, ops) : stored;
}

/** The operations of restoreTokens. */
export function tokenOps(stored: unknown, live: unknown): Op[] {
  const ops: Op[] = [];
  for (const path of tokenPaths(live)) {
    const v = getAt(live, path);
    // Only into an `authentication` object the stored version still has.
    if (isSecret(v) && getAt(stored, path) !== v && isObject(getAt(stored, path.slice(0, path.lastIndexOf('/'))))) ops.push({ kind: 'set', path, value: v });
  }
  return ops;
}

