import { createScanner } from 'jsonc-parser';
import { getAt } from '../core';
import { TOKEN_PLACEHOLDER, tokenPaths } from './token';

// Apart from token.ts, which the first load carries: only the JSON panel (a chunk of its own) copies broken text.
// jsonc-parser's token kinds (its const enums cannot be imported under isolatedModules).
const STRING = 10;
const COLON = 6;
const NULL = 7;
const TRIVIA = new Set([12, 13, 14, 15]); // comments, line breaks, white space
const VALUE_TOKENS = new Set([7, 8, 9, 10, 11, 16]); // null, true, false, string, number, unknown

/**
 * A text that is not JSON (the JSON editor's, while it has a syntax error) with the
 * product token replaced as redactText replaces it in JSON: no parse can be trusted,
 * so the text is read token by token. The value after every key that spells
 * `producttoken` (any letter case, escapes included; the colon may be missing) is
 * replaced, wherever the key stands; so is every string that equals a token of
 * `doc` (the last valid design), and every other place its text (8 characters or
 * more) is written. What is not a token is kept as typed.
 */
export function redactBrokenText(text: string, doc: unknown, replacement: string = TOKEN_PLACEHOLDER): string {
  const secrets = new Set(
    tokenPaths(doc)
      .map((p) => getAt(doc, p))
      .filter((v): v is string => typeof v === 'string' && v !== '' && v !== replacement),
  );
  const quoted = JSON.stringify(replacement);
  const scanner = createScanner(text, false);
  const spans: { offset: number; length: number }[] = [];
  /** The next token that is not white space or a comment. */
  const next = (): number => {
    for (;;) {
      const t = scanner.scan();
      if (!TRIVIA.has(t)) return t;
    }
  };
  let token = next();
  while (token !== 17 /* end of text */) {
    if (token === STRING && scanner.getTokenValue().toLowerCase() === 'producttoken') {
      token = next();
      if (token === COLON) token = next();
      if (VALUE_TOKENS.has(token)) {
        const nothing = token === NULL || (token === STRING && (scanner.getTokenValue() === '' || scanner.getTokenValue() === replacement));
        if (!nothing) spans.push({ offset: scanner.getTokenOffset(), length: scanner.getTokenLength() });
        token = next();
      }
      continue;
    }
    if (token === STRING && secrets.has(scanner.getTokenValue())) spans.push({ offset: scanner.getTokenOffset(), length: scanner.getTokenLength() });
    token = next();
  }
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.offset) + quoted;
    at = s.offset + s.length;
  }
  out += text.slice(at);
  // A token typed inside a longer string, or in a string the break leaves open across lines: wherever it still
  // stands as written (a real token is a GUID; a value shorter than 8 characters would replace ordinary words).
  for (const secret of secrets) {
    const written = JSON.stringify(secret).slice(1, -1);
    if (written.length >= 8) out = out.split(written).join(replacement);
  }
  return out;
}
