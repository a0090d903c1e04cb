// The product token kept out of text that is not JSON (the JSON editor's, while it has a syntax error).
import { describe, expect, it } from 'vitest';
import { redactBrokenText } from '../../src/state/brokenText';
import { TOKEN_PLACEHOLDER } from '../../src/state/token';

const SECRET = 'a1b2c3d4-0000-4000-8000-123456789abc';
const lastValid = { messages: { authentication: { producttoken: SECRET }, msg: [] } };
const P = JSON.stringify(TOKEN_PLACEHOLDER);

describe('redactBrokenText', () => {
  it('replaces the value after a producttoken key in any letter case or escape spelling, the rest kept as typed', () => {
    expect(redactBrokenText('{"messages": {"authentication": {"ProductToken": "typed-new"},, "msg": []}', {})).toBe(
      `{"messages": {"authentication": {"ProductToken": ${P}},, "msg": []}`,
    );
    expect(redactBrokenText('{"product\\u0074oken": "x-1" ,', {})).toBe(`{"product\\u0074oken": ${P} ,`);
    // A string left open runs to the end of its line: the whole of it goes.
    expect(redactBrokenText('{"producttoken": "half-typed\n}', {})).toBe(`{"producttoken": ${P}\n}`);
  });

  it('leaves empty tokens, null and the placeholder alone, and a text without a token unchanged', () => {
    const text = `{"producttoken": "", "b": {"producttoken": null}, "c": {"producttoken": ${P}}, [`;
    expect(redactBrokenText(text, {})).toBe(text);
    expect(redactBrokenText('{"messages": {', lastValid)).toBe('{"messages": {');
  });

  it('finds the last valid design’s token wherever the break leaves it: without its key, inside a longer string', () => {
    expect(redactBrokenText(`{"producttoken" "${SECRET}"`, lastValid)).toBe(`{"producttoken" ${P}`);
    expect(redactBrokenText(`{"note": "${SECRET}", {`, lastValid)).toBe(`{"note": ${P}, {`);
    expect(redactBrokenText(`{"note": "token ${SECRET} here", {`, lastValid)).toBe(`{"note": "token ${TOKEN_PLACEHOLDER} here", {`);
  });

  it('does not replace ordinary words when the last valid token is short', () => {
    const short = { messages: { authentication: { producttoken: 'abc' } } };
    expect(redactBrokenText('{"label": "abc", "text": "abcdef",', short)).toBe(`{"label": ${P}, "text": "abcdef",`);
  });
});
