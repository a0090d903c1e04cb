/**
 * A request file's bytes (decodeJsonBytes, checkBytes): UTF-8 with or without a byte-order
 * mark, UTF-16 with one; anything else is json/encoding, with where it breaks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBytes, checkText, decodeJsonBytes } from '../../src/core';
import { itemsRequest } from './helpers';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));
/** UTF-16 with its byte-order mark. */
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + 2 * text.length);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out[2 + 2 * i + (littleEndian ? 0 : 1)] = u & 0xff;
    out[2 + 2 * i + (littleEndian ? 1 : 0)] = u >> 8;
  }
  return out;
}
const REQUEST = JSON.stringify(itemsRequest({ text: 'Grüße 👋' }), null, 2);

describe('json/encoding', () => {
  it('UTF-8 is decoded as it is; a byte-order mark is left out of the text', () => {
    expect(decodeJsonBytes(utf8(REQUEST))).toEqual({ ok: true, text: REQUEST, encoding: 'utf-8' });
    expect(decodeJsonBytes(bytes([0xef, 0xbb, 0xbf], REQUEST))).toEqual({ ok: true, text: REQUEST, encoding: 'utf-8' });
    expect(decodeJsonBytes(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'utf-8' });
  });

  it('UTF-16 with a byte-order mark, little and big endian, is decoded', () => {
    expect(decodeJsonBytes(utf16(REQUEST, true))).toEqual({ ok: true, text: REQUEST, encoding: 'utf-16le' });
    expect(decodeJsonBytes(utf16(REQUEST, false))).toEqual({ ok: true, text: REQUEST, encoding: 'utf-16be' });
    expect(checkBytes(utf16(REQUEST, true)).report).toEqual(checkText(REQUEST));
    expect(checkBytes(utf16(REQUEST, false)).report.valid).toBe(true);
  });

  it('invalid UTF-8 is an error at its byte, with the line and column before it, not U+FFFD', () => {
    const r = decodeJsonBytes(bytes('{\n  "a": "x', [0xff], '"\n}'));
    expect(r).toEqual({
      ok: false,
      error: { byteOffset: 11, line: 2, column: 10, message: 'Invalid UTF-8 at byte 11 (line 2, column 10): a request is UTF-8 text, or UTF-16 with a byte-order mark.' },
    });
    // After a byte-order mark, bytes count from the start of the file; columns from the start of the text.
    expect(decodeJsonBytes(bytes([0xef, 0xbb, 0xbf], '"é', [0xc3], '"'))).toMatchObject({ ok: false, error: { byteOffset: 6, line: 1, column: 3 } });
  });

  it('each kind of ill-formed UTF-8 is found at its first byte', () => {
    const at = (...b: number[]) => {
      const r = decodeJsonBytes(bytes('"ab', b, '"'));
      return r.ok ? -1 : r.error.byteOffset;
    };
    expect(at(0x80)).toBe(3); // a continuation byte alone
    expect(at(0xc0, 0x80)).toBe(3); // overlong
    expect(at(0xe0, 0x80, 0x80)).toBe(3); // overlong
    expect(at(0xed, 0xa0, 0x80)).toBe(3); // a surrogate
    expect(at(0xf4, 0x90, 0x80, 0x80)).toBe(3); // past U+10FFFF
    expect(at(0xf5, 0x80, 0x80, 0x80)).toBe(3);
    expect(at(0xe2, 0x82)).toBe(3); // cut short
    expect(at(0xe2, 0x82, 0xac)).toBe(-1); // €
    expect(at(0xf0, 0x9f, 0x91, 0x8b)).toBe(-1); // 👋
    expect(decodeJsonBytes(bytes('"', [0xe2, 0x82]))).toMatchObject({ ok: false, error: { byteOffset: 1 } });
  });

  it('fails exactly where the standard decoder first puts U+FFFD (fast-check)', () => {
    const anyBytes = fc.uint8Array({ maxLength: 40 }).map((b) => new Uint8Array([0x20, 0x20, ...b]));
    fc.assert(
      fc.property(anyBytes, (b) => {
        const lenient = new TextDecoder('utf-8').decode(b);
        const r = decodeJsonBytes(b);
        if (r.ok) {
          // Valid: the text the standard decoder gives, which has no U+FFFD of its own making.
          expect(r.text).toBe(lenient);
          expect(() => new TextDecoder('utf-8', { fatal: true }).decode(b)).not.toThrow();
        } else {
          // The bytes before the error are valid, and the standard decoder puts its first U+FFFD right after them.
          const before = new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(0, r.error.byteOffset));
          expect(lenient.startsWith(before + '\uFFFD')).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('UTF-16: a lone surrogate or an odd last byte is an error at its byte', () => {
    const lone = utf16('{"a": "x\uD800"}', true);
    expect(decodeJsonBytes(lone)).toMatchObject({ ok: false, error: { byteOffset: 2 + 2 * 8, line: 1, column: 9 } });
    const low = utf16('[\n"\uDC00"]', false);
    expect(decodeJsonBytes(low)).toMatchObject({ ok: false, error: { byteOffset: 2 + 2 * 3, line: 2, column: 2 } });
    const odd = new Uint8Array([...utf16('[1]', true), 0x20]);
    expect(decodeJsonBytes(odd)).toMatchObject({ ok: false, error: { byteOffset: 8, line: 1, column: 4, message: expect.stringMatching(/^Incomplete UTF-16/) } });
    expect(decodeJsonBytes(utf16('"\uD83D\uDC4B"', true))).toEqual({ ok: true, text: '"👋"', encoding: 'utf-16le' });
  });

  it('UTF-32, and UTF-16 without a byte-order mark, are errors at byte 0', () => {
    expect(decodeJsonBytes(new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]))).toMatchObject({ ok: false, error: { byteOffset: 0, message: expect.stringMatching(/^UTF-32 at byte 0 \(line 1, column 1\)/) } });
    expect(decodeJsonBytes(utf16('{}', true).subarray(2))).toMatchObject({ ok: false, error: { byteOffset: 0, message: expect.stringMatching(/without a byte-order mark/) } });
    expect(decodeJsonBytes(utf16('{}', false).subarray(2))).toMatchObject({ ok: false, error: { byteOffset: 0 } });
  });

  it('checkBytes: a json/encoding error (and nothing else) at its line and column', () => {
    const r = checkBytes(bytes('{\n  "messages": "', [0x80], '"\n}'));
    expect(r.report).toEqual({
      valid: false,
      diagnostics: [{ code: 'json/encoding', severity: 'error', path: '', message: expect.stringMatching(/^Invalid UTF-8 at byte 17 \(line 2, column 16\)/) }],
      messages: [],
    });
    expect(r.at).toEqual({ line: 2, column: 16 });
    expect(checkBytes(utf8('{"a": ')).at).toEqual({ line: 1, column: 7 });
    expect(checkBytes(utf8('{"a": ')).report.diagnostics[0]!.code).toBe('json/syntax');
    expect(checkBytes(utf8(REQUEST))).toEqual({ report: checkText(REQUEST), text: REQUEST });
  });
});
