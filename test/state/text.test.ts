/**
 * The user's JSON text is kept (text.ts): after an import, export gives back the
 * same bytes; an edit rewrites only the span it touches; undo brings the text back;
 * a saved design keeps its text across a reload.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportText } from '../../src/features/json-editor/io';
import { importText } from '../../src/features/json-editor/importing';
import { flushSave, initDesigns, useDesigns } from '../../src/state/designs';
import { undo, useDocument } from '../../src/state/document';
import { STORAGE_KEY } from '../../src/state/persist';
import { applyOp } from '../../src/state/ops';
import { recordEdit, rememberText, textOf, TooDeepError } from '../../src/state/text';
import { MemoryStorage } from './storage';

/** A request as a developer's code writes it: four spaces, a price spelled 1.50, an escaped é, CRLF line ends. */
const TEXT = [
  '{',
  '    "messages": {',
  '        "authentication": { "producttoken": "secret" },',
  '        "msg": [',
  '            {',
  '                "from": "Page",',
  '                "to": [ { "number": "123" } ],',
  '                "body": { "type": "AUTO", "content": "Caf\\u00e9" },',
  '                "allowedChannels": [ "Facebook Messenger" ],',
  '                "customPrice": 1.50,',
  '                "richContent": {',
  '                    "conversation": [',
  '                        { "text": "First" },',
  '                        { "text": "Second" }',
  '                    ]',
  '                }',
  '            }',
  '        ]',
  '    }',
  '}',
  '',
].join('\r\n');

const doc = () => useDocument.getState().doc;
const conv = '/messages/msg/0/richContent/conversation';

afterEach(() => {
  flushSave();
  vi.useRealTimers();
});

describe('the user’s JSON text', () => {
  it('comes back byte for byte after an import, with or without the token', async () => {
    await importText(TEXT);
    expect(exportText(doc())).toBe(TEXT);
    expect(exportText(doc(), { includeToken: false })).toBe(TEXT.replace('"secret"', '"YOUR_PRODUCT_TOKEN"'));
    expect(exportText(doc(), { minified: true })).toContain('"customPrice":1.50');
  });

  it('is rewritten only where an edit changes it, and undo brings it back', async () => {
    await importText(TEXT);
    useDocument.getState().dispatch({ kind: 'set', path: `${conv}/1/text`, value: 'Zweite' }, { source: 'inspector', history: 'record' });
    expect(textOf(doc())).toBe(TEXT.replace('"Second"', '"Zweite"'));
    useDocument.getState().dispatch({ kind: 'move', path: conv, from: 1, to: 0 }, { source: 'canvas', history: 'record' });
    expect(textOf(doc())).toBe(TEXT.replace('{ "text": "First" },\r\n                        { "text": "Second" }', '{ "text": "Zweite" },\r\n                        { "text": "First" }'));
    useDocument.getState().dispatch({ kind: 'insert', path: conv, index: 2, value: { header: 'New' } }, { source: 'palette', history: 'record' });
    const text = textOf(doc());
    expect(text).toContain('{ "text": "First" },\r\n                        {\r\n                            "header": "New"\r\n                        }\r\n                    ]');
    expect(text).toContain('"customPrice": 1.50');
    expect(text).toContain('Caf\\u00e9');
    undo();
    undo();
    undo();
    expect(textOf(doc())).toBe(TEXT);
  });

  it('is saved with its design and comes back after a reload', async () => {
    vi.useFakeTimers();
    const storage = new MemoryStorage();
    await initDesigns(storage);
    await importText(TEXT);
    flushSave();
    // The token is not remembered: the stored text lacks it as the stored document does.
    const saved = JSON.parse(storage.getItem(STORAGE_KEY)!) as { designs: { text?: string }[] };
    expect(saved.designs[0]!.text).toBe(TEXT.replace('"secret"', '""'));
    useDesigns.setState({ designs: [], currentId: null });
    await initDesigns(storage);
    expect(exportText(doc())).toBe(TEXT.replace('"secret"', '""'));
  });
});

describe('a version nested too deeply to be written', () => {
  it('does not keep later versions from having a text', () => {
    const start = { messages: { msg: [] as unknown[] } };
    rememberText(start, '{ "messages": { "msg": [] } }');
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const withDeep = applyOp(start, { kind: 'set', path: '/messages/deep', value: deep });
    recordEdit(start, withDeep, [{ kind: 'set', path: '/messages/deep', value: deep }]);
    const without = applyOp(withDeep, { kind: 'remove', path: '/messages/deep' });
    recordEdit(withDeep, without, [{ kind: 'remove', path: '/messages/deep' }]);
    expect(() => textOf(withDeep)).toThrow(TooDeepError);
    expect(JSON.parse(textOf(without))).toEqual({ messages: { msg: [] } });
  });

  it('a replaced document is printed afresh, without its predecessor', () => {
    const a = { messages: { a: 1 } };
    rememberText(a, '{"messages": {"a": 1}}');
    const b = { messages: { b: 2 } };
    recordEdit(a, b, [{ kind: 'replace', value: b }]);
    expect(textOf(b)).toBe('{\n  "messages": {\n    "b": 2\n  }\n}\n');
  });
});
