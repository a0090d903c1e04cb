import { insertInText, moveInText, removeInText, setInText } from '../core';
import { hasIdentity } from './ids';
import type { Op } from './ops';

/**
 * The JSON text of each version of the document. A version that came as text (an
 * import, a paste, the JSON editor) keeps that text; a version made by edits gets
 * its predecessor's text with only the spans those edits touch rewritten
 * (core/jsonEdit.ts). So after an import, Copy and Download give back the very
 * same bytes until the user edits, and an edit leaves everything else as written:
 * white space, key order, number spellings such as `1.50`. Anything else is
 * printed with two-space indentation. Texts are made when first asked for (the
 * JSON editor, a copy, a save), not on every keystroke.
 */

const texts = new WeakMap<object, string>();
const parents = new WeakMap<object, { from: unknown; ops: readonly Op[] }>();
/** How many versions in a row may wait for their text: past that, the chain is resolved at once (it holds old versions alive). */
const MAX_CHAIN = 64;
const chainLength = new WeakMap<object, number>();

/** The document printed afresh: what a version without a text of its own shows. */
export const prettyText = (doc: unknown): string => (JSON.stringify(doc, null, 2) ?? '') + '\n';

/** Says that `doc` is the JSON of `text` (an import, the JSON editor's text). */
export function rememberText(doc: unknown, text: string): void {
  if (!hasIdentity(doc)) return;
  texts.set(doc, text);
  parents.delete(doc);
  chainLength.delete(doc);
}

/** Says that `next` was made from `prev` by `ops`. */
export function recordEdit(prev: unknown, next: unknown, ops: readonly Op[]): void {
  if (!hasIdentity(next) || next === prev || texts.has(next)) return;
  // A replaced document is printed afresh: its text owes nothing to the previous one.
  if (ops.some((op) => op.kind === 'replace')) return;
  const depth = (hasIdentity(prev) && !texts.has(prev) ? (chainLength.get(prev) ?? 0) : 0) + 1;
  parents.set(next, { from: prev, ops });
  chainLength.set(next, depth);
  if (depth >= MAX_CHAIN) textOf(next);
}

/** The text of a document version. */
export function textOf(doc: unknown): string {
  if (!hasIdentity(doc)) return prettyText(doc);
  const known = texts.get(doc);
  if (known !== undefined) return known;
  // Walk back to a version whose text is known (or has no parent), then patch forwards.
  const chain: object[] = [];
  let cur: unknown = doc;
  while (hasIdentity(cur) && !texts.has(cur) && parents.has(cur)) {
    chain.push(cur);
    cur = parents.get(cur)!.from;
  }
  let text = hasIdentity(cur) && texts.has(cur) ? texts.get(cur)! : afresh(cur);
  if (text !== null && hasIdentity(cur) && !texts.has(cur)) texts.set(cur, text);
  for (let i = chain.length - 1; i >= 0; i--) {
    const version = chain[i]!;
    const { ops } = parents.get(version)!;
    // A version too deeply nested to be written has no text: the next one is printed afresh.
    text = text === null ? afresh(version) : tooDeepIsNull(() => patch(text!, ops, version));
    if (text !== null) rememberText(version, text);
  }
  // The document itself too deep to be written: the engine's error goes to the caller (a save says so).
  return text ?? prettyText(doc);
}

/** Runs `f`; null when the engine runs out of stack (a value nested some thousands of levels deep). */
function tooDeepIsNull(f: () => string): string | null {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) return null;
    throw e;
  }
}

const afresh = (doc: unknown) => tooDeepIsNull(() => prettyText(doc));

/** Applies operations to a text; if one does not fit (it never should), the version is printed afresh. */
export function patch(text: string, ops: readonly Op[], result: unknown): string {
  let out: string | null = text;
  for (const op of ops) {
    if (out === null) break;
    switch (op.kind) {
      case 'set':
        out = setInText(out, op.path, op.value);
        break;
      case 'remove':
        out = removeInText(out, op.path);
        break;
      case 'insert':
        out = insertInText(out, op.path, op.index, op.value);
        break;
      case 'move':
        out = moveInText(out, op.path, op.from, op.to);
        break;
      case 'replace':
        out = prettyText(op.value);
        break;
    }
  }
  return out ?? prettyText(result);
}
