import { decodeJsonBytes, minifyText, parseJson } from '../../core';
import { textOf } from '../../state/text';
import { redactText, TOKEN_PLACEHOLDER } from '../../state/token';

/**
 * In and out: what is exported, what an import accepts, and the browser calls
 * that copy and download. The pure parts (exportText, readImport's decisions)
 * are tested in Node.
 */

/** Files above this size are refused: parsing and checking them would freeze the page. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * The request as text: the document's own text (what the editor shows: as imported
 * or typed, with later edits patched in; else printed with two spaces), or minified
 * with every token as written. Unless the token is included, YOUR_PRODUCT_TOKEN stands in for it.
 */
export function exportText(doc: unknown, { minified = false, includeToken = true }: { minified?: boolean; includeToken?: boolean } = {}): string {
  let text = textOf(doc);
  // Every token, under any spelling of its keys, and a key the text repeats.
  if (!includeToken) text = redactText(text, doc, TOKEN_PLACEHOLDER);
  return minified ? minifyText(text) : text;
}

/** What an import yields: the request with its text, or why it was not loaded. */
export type ImportResult = { ok: true; value: unknown; text: string } | { ok: false; message: string };

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

/** Refuses what is too big to load (before reading or parsing it); `what` names such things in the message. */
export function checkSize(name: string, bytes: number, what = 'files'): ImportResult | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  // Just over the limit, both round to the same "5.0 MB": then the bytes say which is larger.
  const exact = size(bytes) === size(MAX_IMPORT_BYTES);
  const of = (n: number) => (exact ? `${n.toLocaleString('en')} bytes` : size(n));
  return {
    ok: false,
    message: `${name} is ${of(bytes)}; ${what} over ${of(MAX_IMPORT_BYTES)} are not imported. The design was kept.`,
  };
}

/**
 * The UTF-8 size of a text, as its file would have, counted without encoding it.
 * A text longer than the limit is over it whatever its bytes: its length stands in
 * (a lower bound, exact for ASCII).
 */
export function utf8Bytes(text: string): number {
  if (text.length > MAX_IMPORT_BYTES) return text.length;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4; // a surrogate pair: one code point of 4 bytes
      i++;
    } else n += 3;
  }
  return n;
}

/** Parses pasted text, refusing it first when it is over the import limit (a 20 MB paste would block the page for seconds). */
export function readPasted(text: string): ImportResult {
  return checkSize('The pasted text', utf8Bytes(text), 'pasted texts') ?? parseImport('The pasted text', text);
}

/** Parses imported text: any JSON value is taken as it is; anything else names its first syntax error. */
export function parseImport(name: string, text: string): ImportResult {
  // A byte order mark is not JSON, but editors on Windows write one.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (json.trim() === '') return { ok: false, message: `${name} is empty: it holds no request. The design was kept.` };
  const parsed = parseJson(json);
  if (parsed.ok) return { ok: true, value: parsed.value, text: json };
  return { ok: false, message: `${name} is not JSON: ${parsed.error.message} The design was kept.` };
}

/** Reads and parses a file the user picked or dropped. */
export async function readImport(file: File): Promise<ImportResult> {
  const tooBig = checkSize(file.name, file.size);
  if (tooBig) return tooBig;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, message: `${file.name} could not be read. The design was kept.` };
  }
  // As the CLI reads files: UTF-8 (a byte-order mark left out), or UTF-16 with a byte-order mark.
  const decoded = decodeJsonBytes(bytes);
  if (!decoded.ok) return { ok: false, message: `${file.name} is not text: ${decoded.error.message} The design was kept.` };
  return parseImport(file.name, decoded.text);
}

// Copy and download live in features/shared/clipboard.ts (the first load needs them without this module's parser).
export { copyText, downloadText } from '../shared/clipboard';
