import { parse as parseLenient, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { check } from './check';
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

/** Parses strict JSON; on failure says where, with line and column. */
export function parseJson(text: string): ParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const errors: ParseError[] = [];
    parseLenient(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const offset = first ? first.offset : text.length;
    const { line, column } = locate(text, offset);
    const what = first
      ? (MESSAGES[printParseErrorCode(first.error)] ?? printParseErrorCode(first.error))
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

/** Checks a request given as text: a `json/syntax` report when it is not JSON. Never throws. */
export function checkText(text: string): Report {
  const parsed = parseJson(text);
  if (parsed.ok) return check(parsed.value);
  return {
    valid: false,
    diagnostics: [{ code: 'json/syntax', severity: 'error', path: '', message: parsed.error.message }],
    messages: [],
  };
}
