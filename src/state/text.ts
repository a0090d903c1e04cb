import { depthOf, editText } from '../core';
import { hasIdentity, perVersion } from './ids';
import type { Op } from './ops';

/**
 * The JSON text of each version of the document. A version that came as text (an
 * import, a paste, the JSON editor) keeps that text; a version made by edits from
 * one of those gets its predecessor's text with only the spans those edits touch
 * rewritten (core/jsonEdit.ts). So after an import, Copy and Download give back the
 * very same bytes until the user edits, and an edit leaves everything else as
 * written: white space, key order, number spellings such as `1.50`. A version with
 * no text of the user's in its past is printed with two-space indentation. Patched
 * texts are made when first asked for (the JSON editor, a copy, a save), not on
 * every keystroke.
 */

/** Texts the user gave (imports, pastes, the JSON editor). */
const own = new WeakMap<object, string>();
/** Versions made by edits from a version with a text of the user's: what they were made from. */
const parents = new WeakMap<object, { from: object; ops: readonly Op[] }>();
/** Texts worked out already (patched, or printed). */
const made = new WeakMap<object, string>();
/** How many versions in a row may wait for their text: past that, the chain is resolved at once (it holds old versions alive). */
const MAX_CHAIN = 64;
const chainLength = new WeakMap<object, number>();

/** A document too deeply nested to be printed or patched as text (the browser's JSON functions recurse). */
export class TooDeepError extends Error {
  constructor() {
    super('This request nests too deeply to be written out as text: the browser runs out of stack.');
    this.name = 'TooDeepError';
  }
}

/** Nesting from which the JSON editor does not show a request (its parser and the browser's JSON functions recurse). */
export const TEXT_DEPTH_MAX = 1000;
/** Whether a document nests too deeply for the JSON editor (counted once per version). */
export const tooDeepForText = perVersion((doc) => depthOf(doc, TEXT_DEPTH_MAX) >= TEXT_DEPTH_MAX, false);

/** Whether an error is the engine running out of stack (JSON.stringify of a deeply nested value): RangeError in Chromium, InternalError in Firefox. */
export const isStackOverflow = (e: unknown): boolean =>
  e instanceof Error && (e instanceof RangeError || e.name === 'InternalError') && /call stack|recursion/i.test(e.message);

/** Runs a text function; a stack overflow becomes a TooDeepError. */
function guarded<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (isStackOverflow(e)) throw new TooDeepError();
    throw e;
  }
}

/** The document printed afresh: what a version without a text of the user's shows. Throws TooDeepError when it cannot be printed. */
export const prettyText = (doc: unknown): string => guarded(() => (JSON.stringify(doc, null, 2) ?? '') + '\n');

/** Says that `doc` is the JSON of `text` (an import, the JSON editor's text). */
export function rememberText(doc: unknown, text: string): void {
  if (!hasIdentity(doc)) return;
  own.set(doc, text);
  made.delete(doc);
  parents.delete(doc);
  chainLength.delete(doc);
}

/** Whether a version's text comes from one the user gave. */
const hasUserText = (doc: object) => own.has(doc) || parents.has(doc);

/** Says that `next` was made from `prev` by `ops`. */
export function recordEdit(prev: unknown, next: unknown, ops: readonly Op[]): void {
  // A version printed afresh stays printed afresh: nothing to patch, nothing to keep alive.
  if (!hasIdentity(next) || !hasIdentity(prev) || next === prev || own.has(next) || !hasUserText(prev)) return;
  // A replaced document is printed afresh: its text owes nothing to the previous one.
  if (ops.some((op) => op.kind === 'replace')) return;
  const depth = (made.has(prev) ? 0 : (chainLength.get(prev) ?? 0)) + 1;
  parents.set(next, { from: prev, ops });
  chainLength.set(next, depth);
  if (depth >= MAX_CHAIN) textOf(next);
}

/** The text of a document version. Throws TooDeepError for one nested too deeply to print or patch (its own text, if it came as one, still serves). */
export function textOf(doc: unknown): string {
  if (!hasIdentity(doc)) return prettyText(doc);
  const known = own.get(doc) ?? made.get(doc);
  if (known !== undefined) return known;
  if (!parents.has(doc)) {
    const text = prettyText(doc);
    made.set(doc, text);
    return text;
  }
  // Walk back to a version whose text is known, then patch forwards.
  const chain: object[] = [];
  let cur: object = doc;
  while (!own.has(cur) && !made.has(cur) && parents.has(cur)) {
    chain.push(cur);
    cur = parents.get(cur)!.from;
  }
  // A version too deeply nested to be written has no text (null): the next one is printed afresh.
  let text = orNull(() => textOf(cur));
  for (let i = chain.length - 1; i >= 0; i--) {
    const version = chain[i]!;
    const { ops } = parents.get(version)!;
    const from = text;
    text = orNull(() => (from === null ? prettyText(version) : patch(from, ops, version)));
    if (text !== null) made.set(version, text);
    chainLength.delete(version);
  }
  // The document itself too deep to be written: the TooDeepError goes to the caller (a save says so).
  return text ?? prettyText(doc);
}

/** Runs `f`; null when the text cannot be made because the document nests too deeply. */
function orNull(f: () => string): string | null {
  try {
    return f();
  } catch (e) {
    if (e instanceof TooDeepError) return null;
    throw e;
  }
}

/** Applies operations to a text; if one does not fit (it never should), the version is printed afresh. */
export function patch(text: string, ops: readonly Op[], result: unknown): string {
  return guarded(() => patchOps(text, ops, result));
}

function patchOps(text: string, ops: readonly Op[], result: unknown): string {
  let out: string | null = text;
  for (const op of ops) {
    if (out === null) break;
    out = op.kind === 'replace' ? prettyText(op.value) : editText(out, op);
  }
  return out ?? prettyText(result);
}

const NONE: ReadonlyMap<string, string> = new Map();

/**
 * The integers of a version that a JavaScript number does not hold exactly, by pointer, as its text writes
 * them (`find` is core/exactIntegers' inexactIntegers, which the caller loads when it first needs it, so that
 * the first load carries none of it): the inspector shows and edits these digits, the code snippets send them.
 * Only a version with a text of the user's can have any: one printed afresh was printed from the numbers.
 */
export function exactIntegers(doc: unknown, find: (text: string) => ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  if (!hasIdentity(doc) || !hasUserText(doc)) return NONE;
  // By text, not by version: JSON that only changes such digits parses to the same numbers, and so to the same version.
  const text = orNull(() => textOf(doc));
  if (text === null) return NONE;
  if (lastExact?.text !== text) lastExact = { text, found: find(text) };
  return lastExact.found;
}
let lastExact: { text: string; found: ReadonlyMap<string, string> } | null = null;
