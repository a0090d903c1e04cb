/**
 * Issue 16, F9: a request can hold its token under several keys: `producttoken`
 * in any letter case, under `authentication` and `messages` in any letter case,
 * and a text can even repeat a key exactly (JSON.parse keeps the last). The token
 * is kept out of storage, copies, downloads, snippets and share links under every one.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportText } from '../../src/features/json-editor/io';
import { snippet, SNIPPET_LANGUAGES } from '../../src/features/json-editor/snippets';
import { flushSave, initDesigns, setRememberToken, useDesigns } from '../../src/state/designs';
import { useDocument } from '../../src/state/document';
import { STORAGE_KEY } from '../../src/state/persist';
import { decodeShare, encodeShare } from '../../src/state/share';
import { holdsToken, redactText, redactToken, restoreTokens, textHoldsToken, TOKEN_PLACEHOLDER, tokenOf, tokenPaths } from '../../src/state/token';
import { MemoryStorage } from './storage';

const SECRET = 'SECRET-7f3a9c1e';

/** Texts that hide the token behind another key; each parses to a request. */
const TEXTS: [string, string][] = [
  ['a case-variant key beside an empty one', `{"messages": {"authentication": {"producttoken": "", "ProductToken": "${SECRET}"}, "msg": []}}`],
  ['a case-variant key after a set one', `{"messages": {"authentication": {"producttoken": "other", "PRODUCTTOKEN": "${SECRET}"}, "msg": []}}`],
  ['a second authentication object', `{"messages": {"authentication": {"producttoken": ""}, "Authentication": {"producttoken": "${SECRET}"}, "msg": []}}`],
  ['a second messages object', `{"messages": {"authentication": {"producttoken": ""}, "msg": []}, "Messages": {"authentication": {"productToken": "${SECRET}"}}}`],
  ['an exactly repeated key (the text holds the secret, the document does not)', `{"messages": {"authentication": {"producttoken": "${SECRET}", "producttoken": ""}, "msg": []}}`],
  ['an escaped key', `{"messages": {"authentication": {"producttoken": "", "product\\u0074oken": "${SECRET}"}, "msg": []}}`],
  ['a token that is not a string', `{"messages": {"authentication": {"producttoken": "", "ProductToken": {"value": "${SECRET}"}}, "msg": []}}`],
];


describe('every token key', () => {
  it('is found, whatever the spelling of each key on the way', () => {
    const doc = JSON.parse(TEXTS[3]![1]);
    expect(tokenPaths(doc)).toEqual(['/messages/authentication/producttoken', '/Messages/authentication/productToken']);
    expect(tokenOf(doc)).toBe(''); // the checker reads the first
    expect(holdsToken(doc)).toBe(true);
    expect(holdsToken({ messages: { authentication: { producttoken: '' } } })).toBe(false);
  });

  it('is redacted, and everything else is kept', () => {
    const doc = JSON.parse(TEXTS[0]![1]);
    expect(redactToken(doc)).toEqual({ messages: { authentication: { producttoken: '', ProductToken: TOKEN_PLACEHOLDER }, msg: [] } });
    expect(JSON.stringify(doc)).toContain(SECRET); // not mutated
  });

  it('is put back from the live document where storage has it empty', () => {
    const live = JSON.parse(TEXTS[0]![1]);
    const stored = redactToken(live, '');
    expect(restoreTokens(stored, live)).toEqual(live);
    expect(restoreTokens({ messages: { msg: [] } }, live)).toEqual({ messages: { msg: [] } }); // no authentication object is made up
  });

  it.each(TEXTS)('is kept out of the text: %s', (_what, text) => {
    const doc = JSON.parse(text);
    for (const replacement of ['', TOKEN_PLACEHOLDER]) {
      const out = redactText(text, doc, replacement);
      expect(out).not.toContain(SECRET);
      expect(JSON.parse(out)).toEqual(redactToken(doc, replacement));
    }
  });

  it.each([
    ['{"messages": {"authentication": {"producttoken": ""}}}', false],
    ['{"messages": {"authentication": {"producttoken" :\n  null, "x": 1}}}', false],
    ['{"messages": {"authentication": {"producttoken": "", "ProductToken" : "S"}}}', true],
    ['{"messages": {"authentication": {"producttoken": "S"}}, "Messages": {}}', true],
    ['{"messages": {"authentication": {"producttoken": 5}}}', true],
    ['{"messages": {"authentication": {"product\\u0074oken": "S"}}}', true],
    ['{"messages": {"note": "\\"producttoken\\": \\"S\\""}}', false], // in a string value
    ['{"messages": {"producttoken": "S"}}', false], // not under authentication
  ])('a text holds a token: %s → %s', (text, holds) => {
    JSON.parse(text);
    expect(textHoldsToken(text)).toBe(holds);
  });

  it('leaves a text without a token as written', () => {
    const text = '{ "messages" : {"authentication": {"producttoken": ""}, "msg": [ 1.50 ]} }';
    expect(redactText(text, JSON.parse(text))).toBe(text);
  });
});

describe('the token under another key never leaves the page unless asked', () => {
  afterEach(() => {
    flushSave();
    vi.useRealTimers();
  });

  it.each(TEXTS)('storage: %s', async (_what, text) => {
    vi.useFakeTimers();
    const storage = new MemoryStorage();
    await initDesigns(storage);
    useDesigns.setState({ notices: [] });
    useDocument.getState().dispatch({ kind: 'replace', value: JSON.parse(text) }, { source: 'load', history: 'record', text });
    flushSave();
    expect(storage.getItem(STORAGE_KEY)).toContain('"msg"');
    expect(storage.getItem(STORAGE_KEY)).not.toContain(SECRET);
    // Remembered, the text goes as written.
    setRememberToken(true);
    expect(storage.getItem(STORAGE_KEY)).toContain(SECRET);
    setRememberToken(false);
    expect(storage.getItem(STORAGE_KEY)).not.toContain(SECRET);
  });

  it.each(TEXTS)('Copy and Download (exportText): %s', (_what, text) => {
    const doc = JSON.parse(text);
    useDocument.getState().dispatch({ kind: 'replace', value: doc }, { source: 'load', history: 'record', text });
    const live = useDocument.getState().doc;
    for (const minified of [false, true]) {
      expect(exportText(live, { minified, includeToken: false })).not.toContain(SECRET);
      // Asked for, the token stays: the user's own text.
      expect(exportText(live, { minified, includeToken: true })).toContain(SECRET);
    }
  });

  it.each(TEXTS)('share links: %s', async (_what, text) => {
    const fragment = await encodeShare('x', JSON.parse(text));
    const decoded = await decodeShare(fragment);
    expect(decoded).toMatchObject({ ok: true });
    expect(JSON.stringify(decoded)).not.toContain(SECRET);
  });

  it.each(TEXTS)('snippets: %s', (_what, text) => {
    for (const { id } of SNIPPET_LANGUAGES) expect(snippet(id, JSON.parse(text), { includeToken: false })).not.toContain(SECRET);
  });
});
