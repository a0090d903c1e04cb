import { describe, expect, it } from 'vitest';
import { applyOp, applyOps } from '../../src/state/ops';

const doc = { a: { b: [1, 2, 3], c: 'x' }, z: true };

describe('applyOp', () => {
  it('set replaces a value and keeps key order and untouched branches', () => {
    const next = applyOp(doc, { kind: 'set', path: '/a/c', value: 'y' }) as typeof doc;
    expect(next).toEqual({ a: { b: [1, 2, 3], c: 'y' }, z: true });
    expect(Object.keys(next.a)).toEqual(['b', 'c']);
    expect(next.a.b).toBe(doc.a.b);
    expect(doc.a.c).toBe('x');
  });
  it('set creates missing parents and appends new keys last', () => {
    const next = applyOp(doc, { kind: 'set', path: '/a/d/e', value: 1 });
    expect(next).toEqual({ a: { b: [1, 2, 3], c: 'x', d: { e: 1 } }, z: true });
    expect(Object.keys((next as typeof doc).a)).toEqual(['b', 'c', 'd']);
  });
  it('remove deletes a key or an array entry', () => {
    expect(applyOp(doc, { kind: 'remove', path: '/a/c' })).toEqual({ a: { b: [1, 2, 3] }, z: true });
    expect(applyOp(doc, { kind: 'remove', path: '/a/b/1' })).toEqual({ a: { b: [1, 3], c: 'x' }, z: true });
  });
  it('remove of a missing location changes nothing', () => {
    expect(applyOp(doc, { kind: 'remove', path: '/nope/x' })).toBe(doc);
    expect(applyOp(doc, { kind: 'remove', path: '/a/b/9' })).toEqual(doc);
  });
  it('insert adds at an index, appends past the end, and creates the array', () => {
    expect(applyOp(doc, { kind: 'insert', path: '/a/b', index: 0, value: 0 })).toMatchObject({ a: { b: [0, 1, 2, 3] } });
    expect(applyOp(doc, { kind: 'insert', path: '/a/b', index: -1, value: 4 })).toMatchObject({ a: { b: [1, 2, 3, 4] } });
    expect(applyOp(doc, { kind: 'insert', path: '/a/n', index: 0, value: 'q' })).toMatchObject({ a: { n: ['q'] } });
  });
  it('move reorders an array like dnd-kit arrayMove', () => {
    expect(applyOp(doc, { kind: 'move', path: '/a/b', from: 0, to: 2 })).toMatchObject({ a: { b: [2, 3, 1] } });
    expect(applyOp(doc, { kind: 'move', path: '/a/b', from: 2, to: 0 })).toMatchObject({ a: { b: [3, 1, 2] } });
    expect(applyOp(doc, { kind: 'move', path: '/a/b', from: 0, to: 5 })).toMatchObject({ a: { b: [1, 2, 3] } });
  });
  it('replace swaps the whole document', () => {
    expect(applyOp(doc, { kind: 'replace', value: [1] })).toEqual([1]);
  });
  it('keeps a "__proto__" key as data', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "k": 1}');
    const next = applyOp(hostile, { kind: 'set', path: '/k', value: 2 }) as Record<string, unknown>;
    expect(Object.keys(next)).toEqual(['__proto__', 'k']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(next)).toBe(Object.prototype);
  });
  it('applyOps applies in order', () => {
    expect(
      applyOps({}, [
        { kind: 'set', path: '/l', value: [] },
        { kind: 'insert', path: '/l', index: 0, value: 'a' },
        { kind: 'insert', path: '/l', index: 0, value: 'b' },
      ]),
    ).toEqual({ l: ['b', 'a'] });
  });
});
