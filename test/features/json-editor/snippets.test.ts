// Code snippets: post to CM.com's endpoint, token in the X-CM-PRODUCTTOKEN header, never the real token unless asked.
import { describe, expect, it } from 'vitest';
import { examples } from '../../../src/examples';
import {
  bodyWithoutToken,
  CM_ENDPOINT,
  pythonLiteral,
  shellQuote,
  snippet,
  SNIPPET_LANGUAGES,
  type SnippetLanguage,
} from '../../../src/features/json-editor/snippets';
import { applyOp } from '../../../src/state/ops';
import { rememberText } from '../../../src/state/text';
import { TOKEN_PLACEHOLDER } from '../../../src/state/token';

const SECRET = 'a1b2c3d4-0000-4000-8000-5ec12e7t0k3n';
const base = examples.find((e) => e.id === '06-direct-message-with-quick-reply-suggestions')!.request;
const withToken = applyOp(base, { kind: 'set', path: '/messages/authentication/producttoken', value: SECRET });
const languages = SNIPPET_LANGUAGES.map((l) => l.id);

/** The body a snippet sends, read back out of its text. */
function bodyOf(language: SnippetLanguage, text: string): unknown {
  switch (language) {
    case 'curl':
      return JSON.parse(text.slice(text.indexOf("<<'JSON'\n") + 8, text.lastIndexOf('\nJSON\n')));
    case 'fetch': {
      const literal = text.slice('const request = '.length, text.indexOf(';\n\nconst response'));
      return new Function(`return (${literal});`)();
    }
    case 'csharp': {
      const raw = text.slice(text.indexOf('"""\n') + 4, text.indexOf('\n    """;'));
      return JSON.parse(raw.replace(/^ {4}/gm, ''));
    }
    case 'java': {
      const block = text.slice(text.indexOf('"""\n') + 4, text.indexOf('\n            """;'));
      // Back out of the text block: its indentation, then the doubled backslashes.
      return JSON.parse(block.replace(/^ {12}/gm, '').replace(/\\\\/g, '\\'));
    }
    case 'python': {
      const literal = text.slice(text.indexOf('request = ') + 10, text.indexOf('\n\nresponse'));
      // Back from Python to JSON: only the three literals differ in these examples.
      return JSON.parse(literal.replace(/\bTrue\b/g, 'true').replace(/\bFalse\b/g, 'false').replace(/\bNone\b/g, 'null').replace(/,(\s*[}\]])/g, '$1'));
    }
  }
}

describe('every snippet', () => {
  it.each(languages)('%s posts to the CM endpoint with the token header', (lang) => {
    const text = snippet(lang, withToken, { includeToken: false });
    expect(text).toContain(CM_ENDPOINT);
    expect(text).toContain('X-CM-PRODUCTTOKEN');
    expect(text).toMatch(/POST|requests\.post|method: 'POST'|HttpMethod\.Post|\.POST\(/);
  });

  it.each(languages)('%s holds the placeholder, never the real token, unless asked', (lang) => {
    const text = snippet(lang, withToken, { includeToken: false });
    expect(text).not.toContain(SECRET);
    expect(text).toContain(TOKEN_PLACEHOLDER);
    const asked = snippet(lang, withToken, { includeToken: true });
    expect(asked).toContain(SECRET);
    // Once: in the header, not in the body.
    expect(asked.split(SECRET)).toHaveLength(2);
  });

  it.each(languages)('%s sends the request without its token, everything else as designed (values and key order)', (lang) => {
    for (const ex of examples) {
      const body = bodyOf(lang, snippet(lang, ex.request, { includeToken: false }));
      expect(JSON.stringify(body)).toBe(JSON.stringify(bodyWithoutToken(ex.request)));
    }
  });

  it.each(languages)('%s uses the placeholder when the request has no token, even when asked', (lang) => {
    const empty = applyOp(base, { kind: 'set', path: '/messages/authentication/producttoken', value: '' });
    expect(snippet(lang, empty, { includeToken: true })).toContain(TOKEN_PLACEHOLDER);
  });
});

describe('bodyWithoutToken', () => {
  it('drops the token, and an authentication object it leaves empty, keeping key order', () => {
    const body = bodyWithoutToken(withToken) as { messages: Record<string, unknown> };
    expect(Object.keys(body.messages)).toEqual(['msg']);
    const doc = applyOp(withToken, { kind: 'set', path: '/messages/authentication/extra', value: 1 });
    expect(JSON.stringify(bodyWithoutToken(doc))).toContain('"authentication":{"extra":1}');
  });

  it('finds the token in any letter case', () => {
    const doc = { Messages: { Authentication: { ProductToken: SECRET }, msg: [] } };
    expect(JSON.stringify(bodyWithoutToken(doc))).toBe('{"Messages":{"msg":[]}}');
    expect(snippet('curl', doc, { includeToken: false })).not.toContain(SECRET);
  });

  it('leaves a request without a token as it is', () => {
    const doc = { messages: { msg: [] }, extra: true };
    expect(bodyWithoutToken(doc)).toBe(doc);
  });
});

describe('quoting', () => {
  it('shell-quotes single quotes', () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });

  it('puts a token with quotes safely in every language', () => {
    const odd = applyOp(base, { kind: 'set', path: '/messages/authentication/producttoken', value: `a'b"c\\d` });
    expect(snippet('curl', odd, { includeToken: true })).toContain(`-H 'X-CM-PRODUCTTOKEN: a'\\''b"c\\d'`);
    expect(snippet('fetch', odd, { includeToken: true })).toContain(`"X-CM-PRODUCTTOKEN": "a'b\\"c\\\\d"`);
    expect(snippet('python', odd, { includeToken: true })).toContain(`"X-CM-PRODUCTTOKEN": "a'b\\"c\\\\d"`);
    expect(snippet('csharp', odd, { includeToken: true })).toContain(`request.Headers.Add("X-CM-PRODUCTTOKEN", "a'b\\"c\\\\d")`);
    expect(snippet('java', odd, { includeToken: true })).toContain(`.header("X-CM-PRODUCTTOKEN", "a'b\\"c\\\\d")`);
  });

  it('keeps a __proto__ key as data in the JavaScript snippet', () => {
    const doc = { messages: { msg: [] }, __proto__x: 1 };
    const tricky = JSON.parse('{"messages":{"msg":[]},"__proto__":{"a":1}}');
    expect(bodyOf('fetch', snippet('fetch', doc, { includeToken: false }))).toEqual(doc);
    const back = bodyOf('fetch', snippet('fetch', tricky, { includeToken: false }));
    expect(JSON.stringify(back)).toBe(JSON.stringify(tricky));
  });

  it('writes Python literals', () => {
    expect(pythonLiteral({ a: true, b: false, c: null, d: [1, 'x\n"'], e: {}, f: [] })).toBe(
      '{\n    "a": True,\n    "b": False,\n    "c": None,\n    "d": [\n        1,\n        "x\\n\\"",\n    ],\n    "e": {},\n    "f": [],\n}',
    );
  });

  it('never writes three quotes in a row into the C# raw string', () => {
    const doc = { messages: { msg: [{ body: { content: '"""x""""' } }] }, '': '' };
    const text = snippet('csharp', doc, { includeToken: false });
    const raw = text.slice(text.indexOf('"""\n') + 4, text.indexOf('\n    """;'));
    expect(raw).not.toContain('"""');
    expect(JSON.parse(raw)).toEqual(doc);
  });
});

describe('integers too long for a JavaScript number', () => {
  const TEXT = `{"messages": {"authentication": {"producttoken": "${SECRET}"}, "msg": [{"from": "Shop", "to": [{"number": 24567890123456789}], "body": {"type": "auto", "content": "Hi"}, "count": 9007199254740993}]}}`;
  const doc = JSON.parse(TEXT) as unknown;
  rememberText(doc, TEXT);

  it('every snippet sends the digits the request text has, not the rounded number', () => {
    for (const language of languages) {
      const text = snippet(language, doc, { includeToken: false });
      expect(text, language).toContain('24567890123456789');
      expect(text, language).toContain('9007199254740993');
      expect(text, language).not.toContain('24567890123456788');
      expect(text, language).not.toContain('@@exact');
      expect(text, language).not.toContain(SECRET);
    }
  });

  it('fetch sends it as JSON text (an object would round it); the text is the body without the token', () => {
    const text = snippet('fetch', doc, { includeToken: false });
    const literal = text.slice(text.indexOf('const body = ') + 'const body = '.length, text.indexOf(';\n\nconst response'));
    const body = new Function(`return (${literal});`)() as string;
    expect(body).toContain('"number": 24567890123456789');
    expect(JSON.parse(body)).toEqual(bodyWithoutToken(doc));
    expect(text).toContain('  body,\n');
  });

  it('a request without such integers is written as before (an object literal)', () => {
    const text = snippet('fetch', base, { includeToken: false });
    expect(text.startsWith('const request = {')).toBe(true);
  });
});
