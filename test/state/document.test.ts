import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_REQUEST, HISTORY_LIMIT, clearHistory, prepareDocument, redo, undo, useDocument } from '../../src/state/document';
import { derived } from '../../src/state/hooks';
import { getAt } from '../../src/core';

const dispatch = useDocument.getState().dispatch;
const doc = () => useDocument.getState().doc;

beforeEach(() => {
  useDocument.setState({ doc: EMPTY_REQUEST, source: 'load', revision: 0 });
  clearHistory();
});

describe('document store', () => {
  it('applies an edit and tags it with its source', () => {
    dispatch({ kind: 'set', path: '/messages/msg/0/from', value: '123' }, { source: 'inspector', history: 'record' });
    expect(getAt(doc(), '/messages/msg/0/from')).toBe('123');
    expect(useDocument.getState().source).toBe('inspector');
  });
  it('undo and redo step through edits', () => {
    dispatch({ kind: 'set', path: '/messages/msg/0/from', value: 'a' }, { source: 'inspector', history: 'record' });
    dispatch({ kind: 'set', path: '/messages/msg/0/from', value: 'b' }, { source: 'inspector', history: 'record' });
    undo();
    expect(getAt(doc(), '/messages/msg/0/from')).toBe('a');
    expect(useDocument.getState().source).toBe('history');
    undo();
    expect(getAt(doc(), '/messages/msg/0/from')).toBe('Your Page ID');
    redo();
    redo();
    expect(getAt(doc(), '/messages/msg/0/from')).toBe('b');
  });
  it('a multi-operation change (a whole drag) is one undo step', () => {
    const conv = '/messages/msg/0/richContent/conversation';
    dispatch(
      [
        { kind: 'insert', path: conv, index: 0, value: { text: 'a' } },
        { kind: 'insert', path: conv, index: 1, value: { text: 'b' } },
        { kind: 'move', path: conv, from: 0, to: 1 },
      ],
      { source: 'canvas', history: 'record' },
    );
    expect(getAt(doc(), conv)).toEqual([{ text: 'b' }, { text: 'a' }]);
    undo();
    expect(getAt(doc(), conv)).toEqual([]);
  });
  it('a change with history "skip" is not an undo step', () => {
    dispatch({ kind: 'set', path: '/messages/msg/0/from', value: 'a' }, { source: 'inspector', history: 'record' });
    dispatch({ kind: 'set', path: '/messages/msg/0/body/content', value: 'quiet' }, { source: 'load', history: 'skip' });
    expect(useDocument.temporal.getState().pastStates).toHaveLength(1);
  });
  it('an edit that changes nothing adds no step', () => {
    dispatch({ kind: 'remove', path: '/nothing/here' }, { source: 'canvas', history: 'record' });
    expect(useDocument.temporal.getState().pastStates).toHaveLength(0);
  });
  it(`keeps at least 100 steps (limit ${HISTORY_LIMIT})`, () => {
    for (let i = 0; i < 150; i++) dispatch({ kind: 'set', path: '/messages/msg/0/from', value: `v${i}` }, { source: 'inspector', history: 'record' });
    for (let i = 0; i < 120; i++) undo();
    expect(getAt(doc(), '/messages/msg/0/from')).toBe('v29');
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(100);
  });
  it('a new edit after undo drops the redo branch', () => {
    dispatch({ kind: 'set', path: '/messages/msg/0/from', value: 'a' }, { source: 'inspector', history: 'record' });
    undo();
    dispatch({ kind: 'set', path: '/messages/msg/0/from', value: 'c' }, { source: 'inspector', history: 'record' });
    redo();
    expect(getAt(doc(), '/messages/msg/0/from')).toBe('c');
  });
});

describe('typing in one field', () => {
  it('is one undo step until the field loses focus', () => {
    const key = { coalesce: '/messages/msg/0/from' };
    for (const v of ['a', 'ab', 'abc'])
      dispatch({ kind: 'set', path: '/messages/msg/0/from', value: v }, { source: 'inspector', history: key });
    useDocument.getState().endBurst();
    dispatch({ kind: 'set', path: '/messages/msg/0/from', value: 'abcd' }, { source: 'inspector', history: key });
    undo();
    expect(getAt(doc(), '/messages/msg/0/from')).toBe('abc');
    undo();
    expect(getAt(doc(), '/messages/msg/0/from')).toBe('Your Page ID');
  });
  it('another field starts a new step', () => {
    dispatch({ kind: 'set', path: '/messages/msg/0/from', value: 'a' }, { source: 'inspector', history: { coalesce: 'from' } });
    dispatch({ kind: 'set', path: '/messages/msg/0/body/content', value: 'b' }, { source: 'inspector', history: { coalesce: 'body' } });
    undo();
    expect(getAt(doc(), '/messages/msg/0/from')).toBe('a');
  });
});

describe('a large document from outside (a share link, an import)', () => {
  const large = () => ({
    messages: {
      msg: [{ from: 'Page', to: [{ number: '1' }], body: { content: 'x' }, richContent: { conversation: Array.from({ length: 2_000 }, (_, i) => ({ text: `Item ${i}` })) } }],
    },
  });

  it('is prepared in one task and shown in the next, with the element model built ahead', async () => {
    const doc = large();
    let settled = false;
    const ready = prepareDocument(doc).then((fresh) => {
      settled = true;
      return fresh;
    });
    // The model is built before the promise settles (in this task); the next task shows it.
    await Promise.resolve();
    expect(settled).toBe(false);
    expect(await ready).toBe(true);
    useDocument.getState().dispatch({ kind: 'replace', value: doc, fresh: true }, { source: 'load', history: 'record' });
    expect(useDocument.getState().doc).toBe(doc); // taken as it is
    const model = derived().model;
    expect(model.messages[0]!.items).toHaveLength(2_000);
    expect(model.messages[0]!.items[1999]!.text?.value).toBe('Item 1999');
  });

  it('a small one is not prepared: it is reconciled with the design as usual', async () => {
    expect(await prepareDocument(structuredClone(EMPTY_REQUEST))).toBe(false);
  });
});
