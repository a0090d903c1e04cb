/**
 * Edits of a JSON text by pointer (core/jsonEdit.ts): only the span an edit touches
 * changes, in the text's own style; the rest stays as written.
 */
import { describe, expect, it } from 'vitest';
import { insertInText, minifyText, moveInText, removeInText, setInText } from '../../src/core';

const FOUR = '{\n    "price": 1.50,\n    "list": [\n        1,\n        2\n    ],\n    "o": {\n        "k": "\\u00e9"\n    }\n}\n';

describe('setInText', () => {
  it('replaces one value and keeps every other byte', () => {
    const out = setInText(FOUR, '/o/k', 'new')!;
    expect(out).toBe(FOUR.replace('"\\u00e9"', '"new"'));
  });
  it('writes a new key in the text’s indentation, after the last one', () => {
    const out = setInText(FOUR, '/o/z', { deep: [1] })!;
    expect(out).toBe('{\n    "price": 1.50,\n    "list": [\n        1,\n        2\n    ],\n    "o": {\n        "k": "\\u00e9",\n        "z": {\n            "deep": [\n                1\n            ]\n        }\n    }\n}\n');
    expect(JSON.parse(out)).toEqual({ price: 1.5, list: [1, 2], o: { k: 'é', z: { deep: [1] } } });
  });
  it('creates missing parents, as the document does', () => {
    expect(JSON.parse(setInText(FOUR, '/a/b/c', 1)!)).toMatchObject({ a: { b: { c: 1 } } });
    expect(setInText(FOUR, '/a/b/c', 1)).toContain('"price": 1.50');
  });
  it('stays compact in a compact text', () => {
    expect(setInText('{"a":1.50,"b":{}}', '/b/c', [1, { d: 2 }])).toBe('{"a":1.50,"b":{"c":[1,{"d":2}]}}');
    expect(setInText('{"a": 1.50, "b": 2}', '/c', 'x')).toBe('{"a": 1.50, "b": 2, "c": "x"}');
  });
  it('appends to an array at its length; elsewhere past the end changes nothing', () => {
    expect(JSON.parse(setInText(FOUR, '/list/2', 3)!).list).toEqual([1, 2, 3]);
    expect(setInText(FOUR, '/list/5', 3)).toBe(FOUR);
  });
  it('keeps CRLF line ends', () => {
    const crlf = FOUR.replace(/\n/g, '\r\n');
    const out = setInText(crlf, '/o/z', { a: 1 })!;
    expect(out).not.toMatch(/[^\r]\n/);
    expect(JSON.parse(out).o.z).toEqual({ a: 1 });
  });
});

describe('removeInText', () => {
  it('removes a key with its comma, first, middle or last', () => {
    for (const key of ['price', 'list', 'o']) {
      const out = removeInText(FOUR, `/${key}`)!;
      const want = JSON.parse(FOUR);
      delete want[key];
      expect(JSON.parse(out), key).toEqual(want);
    }
    expect(removeInText(FOUR, '/o')).toBe('{\n    "price": 1.50,\n    "list": [\n        1,\n        2\n    ]\n}\n');
  });
  it('removes the last object of an inline array (where jsonc-parser’s modify breaks the text)', () => {
    expect(removeInText('{"b": [1, 2, {"c": 3}]}', '/b/2')).toBe('{"b": [1, 2]}');
  });
  it('empties a container that loses its only entry', () => {
    expect(removeInText('{"o": {\n  "k": 1\n}}', '/o/k')).toBe('{"o": {}}');
  });
  it('changes nothing where nothing is', () => {
    expect(removeInText(FOUR, '/nope')).toBe(FOUR);
  });
});

describe('insertInText and moveInText', () => {
  it('inserts before an index, in the array’s layout', () => {
    const out = insertInText(FOUR, '/list', 1, { x: 1 })!;
    expect(out).toContain('        1,\n        {\n            "x": 1\n        },\n        2');
    expect(JSON.parse(out).list).toEqual([1, { x: 1 }, 2]);
  });
  it('inserts into an empty array on lines of its own', () => {
    expect(insertInText('{\n  "a": []\n}', '/a', 0, 'x')).toBe('{\n  "a": [\n    "x"\n  ]\n}');
  });
  it('creates the array when it is missing', () => {
    expect(JSON.parse(insertInText('{"a":1}', '/b', 0, 'x')!)).toEqual({ a: 1, b: ['x'] });
  });
  it('moves an entry with its text as written', () => {
    const text = '[\n  {"n": 1.50},\n  2,\n  3\n]';
    expect(moveInText(text, '', 0, 2)).toBe('[\n  2,\n  3,\n  {"n": 1.50}\n]');
    expect(moveInText(text, '', 2, 0)).toBe('[\n  3,\n  {"n": 1.50},\n  2\n]');
    expect(moveInText(text, '', 0, 9)).toBe(text);
  });
});

describe('minifyText', () => {
  it('drops white space and keeps every token as written', () => {
    expect(minifyText(FOUR)).toBe('{"price":1.50,"list":[1,2],"o":{"k":"\\u00e9"}}');
  });
});
