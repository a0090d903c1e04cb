import { createScanner } from 'jsonc-parser';
import { check } from './check';
import { decodeJsonBytes } from './encoding';
import type { Report } from './types';

/** Where a JSON text breaks, 1-based line and column. */
export interface SyntaxErrorInfo {
  message: string;
  offset: number;
  length: number;
  line: number;
  column: number;
}

export type ParseResult = { ok: true; value: unknown } | { ok: false; error: SyntaxErrorInfo };

/** Line and column (1-based, column in UTF-16 units as editors count) of an offset. */
export function locate(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Line and column, as `locate` gives them, for many offsets of one text: the line starts
 * are found once and each offset by binary search (locating every problem of a large
 * report from the start of the text was quadratic).
 */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    // The last line start at or before the offset.
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

const MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Unexpected character',
  InvalidNumberFormat: 'Invalid number',
  PropertyNameExpected: 'Property name in double quotes expected',
  ValueExpected: 'Value expected',
  ColonExpected: 'Colon expected',
  CommaExpected: 'Comma expected',
  CloseBraceExpected: 'Closing } expected',
  CloseBracketExpected: 'Closing ] expected',
  EndOfFileExpected: 'Nothing may follow the JSON value',
  InvalidCommentToken: 'Comments are not allowed in JSON',
  UnexpectedEndOfComment: 'Comments are not allowed in JSON',
  UnexpectedEndOfString: 'Unterminated string',
  UnexpectedEndOfNumber: 'Unterminated number',
  InvalidUnicode: 'Invalid \\u escape',
  InvalidEscapeCharacter: 'Invalid escape character',
  InvalidCharacter: 'Control character in a string',
};

// jsonc-parser's token kinds and scan errors (its const enums cannot be imported under isolatedModules).
export const T = {
  openBrace: 1,
  closeBrace: 2,
  openBracket: 3,
  closeBracket: 4,
  comma: 5,
  colon: 6,
  null: 7,
  true: 8,
  false: 9,
  string: 10,
  number: 11,
  lineComment: 12,
  blockComment: 13,
  lineBreak: 14,
  trivia: 15,
  unknown: 16,
  eof: 17,
} as const;
const SCAN_ERRORS: Record<number, string> = {
  2: 'UnexpectedEndOfString',
  3: 'UnexpectedEndOfNumber',
  4: 'InvalidUnicode',
  5: 'InvalidEscapeCharacter',
  6: 'InvalidCharacter',
};

/** The first syntax error of a text, as jsonc-parser names it; undefined when there is none. */
export interface FirstSyntaxError {
  code: string;
  offset: number;
  length: number;
}

/**
 * Finds the first syntax error of strict JSON (no comments, no trailing commas), the one
 * jsonc-parser's `parse` reports first, with an explicit stack instead of recursion: a text
 * nested thousands of levels deep must give json/syntax, not overflow the call stack.
 */
export function firstSyntaxError(text: string): FirstSyntaxError | undefined {
  const scanner = createScanner(text, false);
  let error: FirstSyntaxError | undefined;
  /** Records an error at the current token, unless an earlier one was found. */
  const fail = (code: string): void => {
    error ??= { code, offset: scanner.getTokenOffset(), length: scanner.getTokenLength() };
  };
  /** The next token that is not whitespace; the first scan error, comment or unknown symbol is the error. */
  const next = (): number => {
    for (;;) {
      const token: number = scanner.scan();
      const scanError = SCAN_ERRORS[scanner.getTokenError()];
      if (scanError) fail(scanError);
      if (token === T.lineComment || token === T.blockComment) fail('InvalidCommentToken');
      else if (token === T.unknown) fail('InvalidSymbol');
      else if (token !== T.trivia && token !== T.lineBreak) return token;
    }
  };

  const stack: { object: boolean; needsComma: boolean }[] = [];
  let token = next();
  if (token === T.eof) {
    fail('ValueExpected');
    return error;
  }
  let expectValue = true;
  while (!error) {
    if (expectValue) {
      expectValue = false;
      if (token === T.openBracket || token === T.openBrace) {
        stack.push({ object: token === T.openBrace, needsComma: false });
        token = next();
        continue;
      }
      if (token === T.number && Number.isNaN(Number(scanner.getTokenValue()))) fail('InvalidNumberFormat');
      else if (token !== T.string && token !== T.number && token !== T.null && token !== T.true && token !== T.false) {
        fail('ValueExpected');
        break;
      }
      token = next();
      const top = stack[stack.length - 1];
      if (!top) {
        if (token !== T.eof) fail('EndOfFileExpected');
        break;
      }
      top.needsComma = true;
      continue;
    }
    // Inside an array or an object, after its opening or after one of its members.
    const top = stack[stack.length - 1]!;
    const close = top.object ? T.closeBrace : T.closeBracket;
    if (token === close) {
      stack.pop();
      token = next();
      const parent = stack[stack.length - 1];
      if (!parent) {
        if (token !== T.eof) fail('EndOfFileExpected');
        break;
      }
      parent.needsComma = true;
      continue;
    }
    if (token === T.eof) {
      fail(top.object ? 'CloseBraceExpected' : 'CloseBracketExpected');
      break;
    }
    if (token === T.comma) {
      if (!top.needsComma) fail('ValueExpected');
      token = next();
    } else if (top.needsComma) {
      fail('CommaExpected');
    }
    if (top.object) {
      if (token !== T.string) {
        fail('PropertyNameExpected');
        break;
      }
      token = next();
      if (token !== T.colon) {
        fail('ColonExpected');
        break;
      }
      token = next();
    }
    expectValue = true;
  }
  return error;
}

/** Parses strict JSON; on failure says where, with line and column. */
export function parseJson(text: string): ParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const first = firstSyntaxError(text);
    const offset = first ? first.offset : text.length;
    const { line, column } = locate(text, offset);
    const what = first
      ? (MESSAGES[first.code] ?? first.code)
      : text.trim() === ''
        ? 'Empty text: a JSON value expected'
        : e instanceof Error
          ? e.message
          : 'Not JSON';
    return {
      ok: false,
      error: { message: `${what} at line ${line}, column ${column}.`, offset, length: first?.length ?? 0, line, column },
    };
  }
}

/** A report of one error about the whole text: it is not JSON, or not text. */
function failedReport(code: 'json/syntax' | 'json/encoding', message: string): Report {
  return { valid: false, diagnostics: [{ code, severity: 'error', path: '', message }], messages: [] };
}

/** Checks a request given as text: a `json/syntax` report when it is not JSON. Never throws. */
export function checkText(text: string): Report {
  const parsed = parseJson(text);
  if (parsed.ok) return check(parsed.value);
  return failedReport('json/syntax', parsed.error.message);
}

/** A request file checked: its report, the text that was checked, and where the text fails when it does (json/encoding, json/syntax). */
export interface CheckedBytes {
  report: Report;
  /** The decoded text ('' when the bytes are not text). */
  text: string;
  /** The line and column of a json/encoding or json/syntax error. */
  at?: { line: number; column: number };
}

/**
 * Checks a request given as a file's bytes: decoded as decodeJsonBytes does (UTF-8, or
 * UTF-16 with a byte-order mark), a `json/encoding` report when they are not text, then
 * as checkText does. Never throws, but for a text too long for a string (decodeJsonBytes).
 */
export function checkBytes(bytes: Uint8Array): CheckedBytes {
  const decoded = decodeJsonBytes(bytes);
  if (!decoded.ok) {
    const { message, line, column } = decoded.error;
    return { report: failedReport('json/encoding', message), text: '', at: { line, column } };
  }
  return checkTextAt(decoded.text);
}

/** Checks a request given as text, as checkText does, and says where the text fails when it is not JSON. */
export function checkTextAt(text: string): CheckedBytes {
  const parsed = parseJson(text);
  if (!parsed.ok) return { report: failedReport('json/syntax', parsed.error.message), text, at: { line: parsed.error.line, column: parsed.error.column } };
  return { report: check(parsed.value), text };
}
