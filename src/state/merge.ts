import { joinPointer } from '../core';
import { deepEqual } from './equal';
import type { Op } from './ops';

/**
 * A three-way merge of JSON values: `base` is the version both sides last agreed
 * on, `mine` and `theirs` what each made of it. Whatever one side changed and the
 * other did not is taken from the side that changed it, key by key and array entry
 * by array entry; where both changed the same thing differently, mine is kept and
 * the place is reported. Pure: the inputs are never mutated.
 *
 * Arrays: each side's entries are paired with the base's (equal entries in order,
 * then equal entries elsewhere, which were moved, then, between the ones in order,
 * entries edited in place: alike ones, or the same kind of element), so
 * an entry edited on one side and moved, removed or left alone on the other merges
 * as one would expect; entries added on both sides are all kept, mine first.
 * The order of the result is mine, with their insertions and moves placed after the
 * entry that precedes them on their side.
 */

export interface MergeResult {
  /** The merged value: `mine` with their changes applied (shares every branch it did not change). */
  value: unknown;
  /** Operations that turn `mine` into `value`, in order (pointers into `mine`): for the document's text. */
  ops: Op[];
  /** Pointers (into `mine`) where both sides changed the same thing differently: mine was kept there. */
  conflicts: string[];
}

export function merge3(base: unknown, mine: unknown, theirs: unknown): MergeResult {
  const ops: Op[] = [];
  const conflicts: string[] = [];
  const value = mergeValue('', base, mine, theirs, ops, conflicts);
  return { value, ops, conflicts };
}

/** Stands for a key or an entry a version does not have. */
const ABSENT = Symbol('absent');

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const same = (a: unknown, b: unknown) => (a === ABSENT || b === ABSENT ? a === b : deepEqual(a, b));

function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

function mergeValue(path: string, b: unknown, m: unknown, t: unknown, ops: Op[], conflicts: string[]): unknown {
  if (same(m, t)) return m;
  // Containers on both sides merge inside, even when one side left them alone: the changes stay as small as they were.
  if (isPlainObject(m) && isPlainObject(t)) return mergeObject(path, isPlainObject(b) ? b : {}, m, t, ops, conflicts);
  if (Array.isArray(m) && Array.isArray(t)) return mergeArray(path, Array.isArray(b) ? b : [], m, t, ops, conflicts);
  if (same(b, t)) return m;
  if (same(b, m)) {
    ops.push({ kind: 'set', path, value: t });
    return t;
  }
  conflicts.push(path);
  return m;
}

function mergeObject(path: string, b: Record<string, unknown>, m: Record<string, unknown>, t: Record<string, unknown>, ops: Op[], conflicts: string[]): unknown {
  const out: Record<string, unknown> = {};
  let changed = false;
  for (const k of Object.keys(m)) {
    const at = joinPointer(path, k);
    const inB = hasOwn(b, k);
    if (hasOwn(t, k)) {
      const v = mergeValue(at, inB ? b[k] : ABSENT, m[k], t[k], ops, conflicts);
      if (v !== m[k]) changed = true;
      setOwn(out, k, v);
    } else if (inB && same(b[k], m[k])) {
      // They removed it, and it is as it was here: it goes.
      ops.push({ kind: 'remove', path: at });
      changed = true;
    } else {
      if (inB) conflicts.push(at); // they removed what was changed here: kept
      setOwn(out, k, m[k]);
    }
  }
  for (const k of Object.keys(t)) {
    if (hasOwn(m, k)) continue;
    if (hasOwn(b, k)) {
      // Removed here: it stays removed, unless they changed it (then it is a conflict, and it stays removed too).
      if (!same(b[k], t[k])) conflicts.push(joinPointer(path, k));
      continue;
    }
    ops.push({ kind: 'set', path: joinPointer(path, k), value: t[k] });
    setOwn(out, k, t[k]);
    changed = true;
  }
  return changed ? out : m;
}

/** How one side's entries pair with the base's. */
interface Alignment {
  /** For each base entry, its index on this side, or -1 when this side removed it. */
  sideOf: number[];
  /** For each entry of this side, the base entry it is, or -1 when this side added it. */
  baseOf: number[];
  /** For each base entry, whether this side moved it (it is elsewhere, unchanged). */
  moved: boolean[];
}

/** A key that equal JSON values share (key order ignored), for pairing array entries. */
function canon(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canon).join(',')}]`;
  if (isPlainObject(v))
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canon(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'undefined';
}

/** How alike two values are, from 0 (nothing in common) to 1 (equal): an object by the likeness of its keys' values, an array by its equal entries. */
function likeness(a: unknown, b: unknown): number {
  if (deepEqual(a, b)) return 1;
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    let sum = 0;
    for (const k of keys) if (hasOwn(a, k) && hasOwn(b, k)) sum += likeness(a[k], b[k]);
    return sum / keys.size;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const left = new Map<string, number>();
    for (const x of a) left.set(canon(x), (left.get(canon(x)) ?? 0) + 1);
    let common = 0;
    for (const y of b) {
      const k = canon(y);
      const n = left.get(k) ?? 0;
      if (n > 0) {
        common++;
        left.set(k, n - 1);
      }
    }
    return common / Math.max(a.length, b.length);
  }
  return 0;
}

/** Whether two values are the same kind of element: objects with the same keys, or values of one type. */
function sameShape(a: unknown, b: unknown): boolean {
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => hasOwn(b, k));
  }
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b);
  return a !== null && b !== null && typeof a === typeof b && !isPlainObject(a) && !isPlainObject(b);
}

/** Past this many cells the longest common subsequence is not worth its time: entries pair by position. */
const MAX_LCS_CELLS = 250_000;

function align(base: unknown[], side: unknown[]): Alignment {
  const sideOf = base.map(() => -1);
  const baseOf = side.map(() => -1);
  const moved = base.map(() => false);
  const bk = base.map(canon);
  const sk = side.map(canon);
  const n = base.length;
  const m = side.length;
  const pair = (i: number, j: number) => {
    sideOf[i] = j;
    baseOf[j] = i;
  };
  // 1. Equal entries, in order (the longest common subsequence).
  const anchors: [number, number][] = [];
  if (n * m <= MAX_LCS_CELLS) {
    const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--) table[i]![j] = bk[i] === sk[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    for (let i = 0, j = 0; i < n && j < m; ) {
      if (bk[i] === sk[j]) {
        anchors.push([i, j]);
        i++;
        j++;
      } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
      else j++;
    }
  } else {
    for (let i = 0; i < Math.min(n, m); i++) if (bk[i] === sk[i]) anchors.push([i, i]);
  }
  for (const [i, j] of anchors) pair(i, j);
  // 2. Equal entries out of order (moved).
  for (let j = 0; j < m; j++) {
    if (baseOf[j] !== -1) continue;
    const i = bk.findIndex((key, k) => sideOf[k] === -1 && key === sk[j]);
    if (i >= 0) pair(i, j);
  }
  // 3. Between anchors, what is left: entries edited in place. First the alike ones, in order;
  //    then, as many left on both sides, the same kind of element by position.
  let pi = 0;
  let pj = 0;
  for (const [i1, j1] of [...anchors, [n, m] as [number, number]]) {
    const bs: number[] = [];
    const ss: number[] = [];
    for (let i = pi; i < i1; i++) if (sideOf[i] === -1) bs.push(i);
    for (let j = pj; j < j1; j++) if (baseOf[j] === -1) ss.push(j);
    pi = i1 + 1;
    pj = j1 + 1;
    let from = 0;
    for (const i of bs)
      for (let k = from; k < ss.length; k++)
        if (likeness(base[i], side[ss[k]!]) >= 0.5) {
          pair(i, ss[k]!);
          from = k + 1;
          break;
        }
    const restB = bs.filter((i) => sideOf[i] === -1);
    const restS = ss.filter((j) => baseOf[j] === -1);
    if (restB.length === restS.length) restB.forEach((i, k) => sameShape(base[i], side[restS[k]!]) && pair(i, restS[k]!));
  }
  // 4. The pairs that keep their order are the most that can (a longest increasing run of side indices); the others were moved.
  const paired = sideOf.flatMap((j, i) => (j === -1 ? [] : [i]));
  const inOrder = new Set(longestIncreasing(paired.map((i) => sideOf[i]!)).map((k) => paired[k]!));
  for (const i of paired) if (!inOrder.has(i)) moved[i] = true;
  return { sideOf, baseOf, moved };
}

/** The positions of a longest strictly increasing subsequence of `xs` (patience sorting). */
function longestIncreasing(xs: number[]): number[] {
  const tails: number[] = []; // tails[k]: position of the smallest last value of an increasing run of length k + 1
  const prev: number[] = xs.map(() => -1);
  for (let p = 0; p < xs.length; p++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[tails[mid]!]! < xs[p]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[p] = tails[lo - 1]!;
    tails[lo] = p;
  }
  const out: number[] = [];
  for (let p = tails.length ? tails[tails.length - 1]! : -1; p !== -1; p = prev[p]!) out.push(p);
  return out.reverse();
}

/** An entry of the merged array: where it came from. */
interface Entry {
  value: unknown;
  /** Its index in mine, when it is mine's entry (merged or not). */
  mine: number;
  /** The base entry it is, or -1 when one side added it. */
  base: number;
  /** Whether mine added it. */
  mineAdded: boolean;
  /** Its index in theirs, when it was placed from theirs (an addition or a move). */
  theirs: number;
}

function mergeArray(path: string, b: unknown[], m: unknown[], t: unknown[], ops: Op[], conflicts: string[]): unknown {
  const am = align(b, m);
  const at = align(b, t);
  const inner: Op[] = [];
  const out: Entry[] = [];
  /** Base entries they moved and mine did not: placed where they put them, below. */
  const deferred = new Map<number, unknown>();
  for (let mi = 0; mi < m.length; mi++) {
    const bi = am.baseOf[mi]!;
    if (bi === -1) {
      out.push({ value: m[mi], mine: mi, base: -1, mineAdded: true, theirs: -1 });
      continue;
    }
    const ti = at.sideOf[bi]!;
    if (ti === -1) {
      // They removed it: it goes if it is unchanged here, else mine is kept.
      if (same(b[bi], m[mi])) continue;
      conflicts.push(joinPointer(path, mi));
      out.push({ value: m[mi], mine: mi, base: bi, mineAdded: false, theirs: -1 });
      continue;
    }
    const v = mergeValue(joinPointer(path, mi), b[bi], m[mi], t[ti], inner, conflicts);
    if (at.moved[bi] && !am.moved[bi]) deferred.set(bi, v);
    else out.push({ value: v, mine: mi, base: bi, mineAdded: false, theirs: -1 });
  }
  // Removed here, changed there: it stays removed, and that is a conflict.
  for (let bi = 0; bi < b.length; bi++) {
    const ti = at.sideOf[bi]!;
    if (am.sideOf[bi] === -1 && ti !== -1 && !same(b[bi], t[ti])) conflicts.push(joinPointer(path, bi));
  }
  // Their additions and moves, each after the entry before it on their side (and after what mine added there).
  for (let ti = 0; ti < t.length; ti++) {
    const bi = at.baseOf[ti]!;
    const isMove = bi !== -1 && deferred.has(bi);
    if (bi !== -1 && !isMove) continue;
    const value = isMove ? deferred.get(bi) : t[ti];
    let p = -1;
    for (let tj = ti - 1; tj >= 0 && p === -1; tj--) {
      const bj = at.baseOf[tj]!;
      p = out.findIndex((e) => e.theirs === tj || (bj !== -1 && e.base === bj));
    }
    let q = p + 1;
    let duplicate = false;
    while (q < out.length && out[q]!.mineAdded) {
      if (!isMove && same(out[q]!.value, value)) duplicate = true; // both added the same entry: once
      q++;
    }
    if (duplicate) continue;
    out.splice(q, 0, { value, mine: -1, base: isMove ? bi : -1, mineAdded: false, theirs: ti });
  }
  const inPlace = out.length === m.length && out.every((e, i) => e.mine === i);
  if (inPlace) {
    ops.push(...inner);
    return out.every((e, i) => e.value === m[i]) ? m : out.map((e) => e.value);
  }
  const value = out.map((e) => e.value);
  ops.push({ kind: 'set', path, value });
  return value;
}

/**
 * What taking another tab's version of a design did, as the notice that says it (none
 * when nothing changed): `both`, this tab's own changes are kept beside it.
 */
export function mergeNotice(name: string, { changed, conflicts }: { changed: boolean; conflicts: string[] }, both: boolean): { kind: 'warning' | 'info'; text: string } | null {
  if (conflicts.length > 0) {
    const where = conflicts[0] ? `at ${conflicts[0]}` : 'throughout';
    const more = conflicts.length > 1 ? ` and ${conflicts.length - 1} more ${conflicts.length === 2 ? 'place' : 'places'}` : '';
    return {
      kind: 'warning',
      text: `“${name}” was changed both here and in another tab at the same place (${where}${more}): this tab’s version is kept there${changed ? '; the other tab’s other changes were taken in (Undo takes them out)' : ''}.`,
    };
  }
  if (changed && both) return { kind: 'info', text: `“${name}” was changed in another tab too: this tab now has the changes of both (Undo takes the other tab’s out).` };
  if (changed) return { kind: 'info', text: `“${name}” was changed in another tab: this tab now shows that version (Undo goes back).` };
  return null;
}
