/**
 * A request file's bytes as text: UTF-8 (with or without a byte-order mark), or UTF-16
 * with one (little or big endian), as editors on Windows write it. Bytes that are not
 * valid in their encoding are an error that says where, not U+FFFD put in silently:
 * a request that looks valid but is not what was written must not pass. Pure: the CLI
 * and the page decode the same way.
 */

export type JsonEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Where the bytes stop being text: the byte offset in the file, and the line and column the text before it reaches. */
export interface EncodingErrorInfo {
  message: string;
  byteOffset: number;
  line: number;
  column: number;
}

export type DecodeResult = { ok: true; text: string; encoding: JsonEncoding } | { ok: false; error: EncodingErrorInfo };

const EXPECTED = 'a request is UTF-8 text, or UTF-16 with a byte-order mark';

function failure(what: string, byteOffset: number, before: string): DecodeResult {
  const lastBreak = before.lastIndexOf('\n');
  let line = 1;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
  const column = before.length - lastBreak;
  return { ok: false, error: { message: `${what} at byte ${byteOffset} (line ${line}, column ${column}): ${EXPECTED}.`, byteOffset, line, column } };
}

/** The offset of the first byte of the first ill-formed UTF-8 sequence at or after `start`; -1 when there is none. */
function firstInvalidUtf8(bytes: Uint8Array, start: number): number {
  const n = bytes.length;
  const cont = (i: number, low = 0x80, high = 0xbf) => i < n && bytes[i]! >= low && bytes[i]! <= high;
  let i = start;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) i++;
    else if (b >= 0xc2 && b <= 0xdf && cont(i + 1)) i += 2;
    else if (b === 0xe0 && cont(i + 1, 0xa0) && cont(i + 2)) i += 3;
    else if (((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) && cont(i + 1) && cont(i + 2)) i += 3;
    else if (b === 0xed && cont(i + 1, 0x80, 0x9f) && cont(i + 2)) i += 3;
    else if (b === 0xf0 && cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3)) i += 4;
    else if (b >= 0xf1 && b <= 0xf3 && cont(i + 1) && cont(i + 2) && cont(i + 3)) i += 4;
    else if (b === 0xf4 && cont(i + 1, 0x80, 0x8f) && cont(i + 2) && cont(i + 3)) i += 4;
    else return i;
  }
  return -1;
}

const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);

function decodeUtf8(bytes: Uint8Array, start: number): DecodeResult {
  try {
    return { ok: true, text: utf8(bytes.subarray(start)), encoding: 'utf-8' };
  } catch (e) {
    // Not UTF-8: find where (the native decoder does not say).
    const at = firstInvalidUtf8(bytes, start);
    // Valid, but too long for a string: not an encoding error.
    if (at < 0) throw e;
    return failure('Invalid UTF-8', at, utf8(bytes.subarray(start, at)));
  }
}

/** Code units as a string, a slice at a time (one call with millions of arguments would overflow). */
function unitsToString(units: Uint16Array, end = units.length): string {
  const parts: string[] = [];
  for (let i = 0; i < end; i += 0x2000) parts.push(String.fromCharCode(...units.subarray(i, Math.min(end, i + 0x2000))));
  return parts.join('');
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): DecodeResult {
  const start = 2;
  const units = new Uint16Array((bytes.length - start) >> 1);
  for (let k = 0, i = start; k < units.length; k++, i += 2)
    units[k] = littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    if (u < 0xd800 || u > 0xdfff) continue;
    const next = units[k + 1];
    if (u <= 0xdbff && next !== undefined && next >= 0xdc00 && next <= 0xdfff) k++;
    else return failure('Invalid UTF-16 (a lone surrogate)', start + 2 * k, unitsToString(units, k));
  }
  if ((bytes.length - start) % 2 === 1) return failure('Incomplete UTF-16 (an odd number of bytes)', bytes.length - 1, unitsToString(units));
  return { ok: true, text: unitsToString(units), encoding: littleEndian ? 'utf-16le' : 'utf-16be' };
}

/**
 * Decodes a request file: UTF-8, its byte-order mark (if any) left out; UTF-16 by its
 * byte-order mark. Anything else, or a byte that is not valid in its encoding, is an
 * error with the byte offset and the line and column the valid text before it reaches.
 * Throws only when the text is too long for a string (about 2^29 UTF-16 units).
 */
export function decodeJsonBytes(bytes: Uint8Array): DecodeResult {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return decodeUtf8(bytes, 3);
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) return failure('UTF-32', 0, '');
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(bytes, true);
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(bytes, false);
  // JSON text never holds a NUL byte: one in the first two is UTF-16 or UTF-32 written without a byte-order mark.
  if (bytes.length >= 2 && (b0 === 0 || b1 === 0)) return failure('UTF-16 or UTF-32 without a byte-order mark', 0, '');
  return decodeUtf8(bytes, 0);
}
