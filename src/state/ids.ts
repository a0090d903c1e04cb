/**
 * Ephemeral element ids: object identity → a number, kept in a WeakMap and never
 * written into the document, so export stays exact. The document shares every
 * untouched branch between versions, and `applyOp` hands a copied container the
 * id of the one it replaces, so an element keeps its id across edits, moves,
 * undo and redo (xyflow and dnd-kit key by stable ids, not by position).
 */

const ids = new WeakMap<object, number>();
let last = 0;

/** The id of an object or array of the document, given on first read. */
export function idOf(value: object): number {
  let id = ids.get(value);
  if (id === undefined) {
    id = ++last;
    ids.set(value, id);
  }
  return id;
}

/** Gives `copy` the id of `original`: the same element, in a newer version of the document. */
export function carryId(copy: object, original: object): void {
  if (copy !== original) ids.set(copy, idOf(original));
}

/** Whether a value can carry an id. */
export const hasIdentity = (v: unknown): v is object => v !== null && typeof v === 'object';

/** A value computed once per document version (the document's identity); `none` for a value that has no identity. */
export function perVersion<T>(compute: (doc: object) => T, none: T): (doc: unknown) => T {
  const known = new WeakMap<object, T>();
  return (doc) => {
    if (!hasIdentity(doc)) return none;
    if (!known.has(doc)) known.set(doc, compute(doc));
    return known.get(doc)!;
  };
}
