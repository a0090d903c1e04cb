/**
 * Incremental equals rebuilt (tldraw's store fuzzing): random sequences of edits,
 * moves, drops, JSON edits, undo and redo on the documentation's examples, and
 * after every step what the views are fed is compared with what a build from
 * scratch gives:
 * - the cached element model = a fresh model of the same document;
 * - the derived report, items, grouped diagnostics and field facts = a fresh check();
 * - the patched JSON text = the document (and the untouched parts keep their spelling);
 * - a counter over its limit ⇔ a too-long error at that pointer;
 * - the selection names the same element after a move;
 * and at the end undo goes back to the start (text and all) and redo to the end.
 * Seeds that once failed are pinned below.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { check, getAt, type Report } from '../../src/core';
import { examples } from '../../src/examples';
import { derivedOf } from '../../src/state/derived';
import { planAnyDrop } from './dropAny';
import { clearHistory, redo, undo, useDocument } from '../../src/state/document';
import { deepEqual } from '../../src/state/equal';
import { buildModel, ownerOf, type DocModel } from '../../src/state/model';
import { applyOp, type Op } from '../../src/state/ops';
import { textOf } from '../../src/state/text';
import { useUi } from '../../src/state/ui';

/** What the run did that changes what may be expected: a JSON edit (texts printed afresh), a layout-only one. */
interface State {
  textual: boolean;
  relaid: boolean;
}

interface Intent {
  kind: number;
  a: number;
  b: number;
  s: string;
}

const intent = fc.record({
  kind: fc.integer({ min: 0, max: 8 }),
  a: fc.nat(1000),
  b: fc.nat(1000),
  s: fc.string({ unit: fc.constantFrom('a', 'é', '😀', ' ', 'Z', '"', '\\', '/', '~'), maxLength: 6 }),
});

/** Lengths around every limit of the core's table. */
const LENGTHS = [0, 1, 19, 20, 21, 65, 66, 79, 80, 81, 640, 641, 1000, 1001, 1999, 2000, 2001];

const dispatch = (ops: Op | Op[], text?: string) =>
  useDocument.getState().dispatch(ops, { source: text === undefined ? 'canvas' : 'json', history: 'record', text });

const doc = () => useDocument.getState().doc;

/** Runs one intent against the current document. */
function run(i: Intent, state: State): void {
  const d = derivedOf(doc());
  const entries = [...d.model.elements.values()];
  const pick = <T>(list: T[]): T | undefined => (list.length ? list[i.a % list.length] : undefined);
  switch (i.kind) {
    case 0: {
      // Type into a text field: a text, header or tag, or a suggestion's label or postback data.
      const fields = entries.flatMap((e) =>
        e.type === 'text' || e.type === 'header' || e.type === 'tag' ? [e.path] : e.type === 'suggestion' ? [`${e.path}/label`, `${e.path}/postbackdata`] : [],
      );
      const path = pick(fields);
      if (!path) return;
      const n = LENGTHS[i.b % LENGTHS.length]!;
      const unit = i.s || 'x';
      const value = [...unit.repeat(Math.ceil(n / [...unit].length) || 0)].slice(0, n).join('');
      useDocument.getState().dispatch({ kind: 'set', path, value }, { source: 'inspector', history: { coalesce: path } });
      return;
    }
    case 1: {
      const e = pick(entries.filter((x) => x.type !== 'message'));
      if (e) dispatch({ kind: 'remove', path: e.path });
      return;
    }
    case 2: {
      const plan = planAnyDrop(doc(), d.model, i.b, pick);
      if (plan) useDocument.getState().dispatch(plan.ops, { source: 'palette', history: 'record', selectPath: plan.select });
      return;
    }
    case 3: {
      // Move an entry, with some element selected: the selection must follow its element.
      const e = pick(entries.filter((x) => x.arrayPath !== undefined && x.type !== 'message'));
      if (!e) return;
      const list = getAt(doc(), e.arrayPath!) as unknown[];
      const selected = entries[i.b % entries.length]!;
      useUi.getState().select(selected.key);
      const before = getAt(doc(), selected.path);
      dispatch({ kind: 'move', path: e.arrayPath!, from: e.index!, to: i.b % list.length });
      const now = derivedOf(doc()).model.elements.get(selected.key);
      // An element that holds the moved list changed inside; any other is the very same value, wherever it went.
      const holdsList = e.arrayPath!.startsWith(selected.path + '/') || e.arrayPath === selected.path;
      if (now && !holdsList && selected.type !== 'text' && selected.type !== 'header' && selected.type !== 'tag')
        expect(getAt(doc(), now.path), 'the selection follows its element').toBe(before);
      return;
    }
    case 4: {
      const e = pick(entries.filter((x) => x.arrayPath !== undefined && x.type !== 'message'));
      if (e) dispatch({ kind: 'insert', path: e.arrayPath!, index: e.index! + 1, value: structuredClone(getAt(doc(), e.path)) });
      return;
    }
    case 5: {
      // A JSON edit: the same document with one value changed, typed in some layout.
      const e = pick(entries.filter((x) => x.type === 'text' || x.type === 'header'));
      const next = e ? applyOp(structuredClone(doc()), { kind: 'set', path: e.path, value: i.s }) : structuredClone(doc());
      const layout = [2, 4, '\t', undefined][i.b % 4];
      state.textual = false;
      // The same values typed in another layout change the text of the version itself (no undo step).
      if (deepEqual(next, doc())) state.relaid = true;
      dispatch({ kind: 'replace', value: next }, JSON.stringify(next, null, layout));
      return;
    }
    case 6:
      undo();
      return;
    case 7:
      redo();
      return;
    case 8: {
      const e = pick(entries.filter((x) => x.type === 'item'));
      if (e) dispatch({ kind: 'move', path: e.arrayPath!, from: e.index!, to: 0 });
      return;
    }
  }
}

/** The model as plain data (Maps as arrays, without the cache), for comparing two builds. */
const plainModel = (m: DocModel) => JSON.stringify({ messages: m.messages, elements: [...m.elements], byPath: [...m.byPath] });

function expectConsistent(state: Pick<State, 'textual'>) {
  const current = doc();
  const d = derivedOf(current);
  const fresh: Report = check(current);
  // The cached model is the fresh one.
  expect(plainModel(d.model)).toBe(plainModel(buildModel(current)));
  // The published report, items, diagnostics and facts are a fresh check's.
  expect(deepEqual(d.report, fresh)).toBe(true);
  expect(deepEqual(d.messages, fresh.messages)).toBe(true);
  const model = buildModel(current);
  const grouped = new Map<string, unknown[]>();
  for (const x of fresh.diagnostics) {
    const owner = ownerOf(model, x.path) ?? '';
    grouped.set(owner, [...(grouped.get(owner) ?? []), x]);
  }
  expect(deepEqual(Object.fromEntries(d.diagnostics), Object.fromEntries(grouped))).toBe(true);
  const facts = fresh.messages.flatMap((m) => m.items.flatMap((it) => it.fields));
  expect(deepEqual(Object.fromEntries(d.fieldFacts), Object.fromEntries(facts.map((f) => [f.path, f])))).toBe(true);
  // A counter over its limit ⇔ a too-long error at that pointer.
  for (const f of facts) {
    if (!f.limit) continue;
    const tooLong = fresh.diagnostics.some((x) => x.path === f.path && /too-long$/.test(x.code));
    expect(f.length > f.limit.max, `${f.path}: ${f.length}/${f.limit.max}`).toBe(tooLong);
  }
  // The patched text is the document; the untouched parts keep their spelling.
  const text = textOf(current);
  expect(deepEqual(JSON.parse(text), current)).toBe(true);
  if (state.textual && JSON.stringify(current).includes('"x-price"')) expect(text).toContain('"x-price": 1.50');
}

/** Opens an example as the user's own text: four-space indentation and a number spelled 1.50. */
function open(request: unknown): { text: string; doc: unknown } {
  const text = JSON.stringify(request, null, 4).replace(/^\{\n/, '{\n    "x-price": 1.50,\n');
  useDocument.setState({ doc: undefined, source: 'load', revision: 0 });
  dispatch({ kind: 'replace', value: JSON.parse(text) }, text);
  clearHistory();
  useUi.setState({ msgIndex: 0, selection: null });
  return { text, doc: doc() };
}

function scenario(request: unknown, intents: Intent[]) {
  const start = open(request);
  const state: State = { textual: true, relaid: false };
  expect(textOf(start.doc)).toBe(start.text);
  expectConsistent(state);
  for (const i of intents) {
    run(i, state);
    expectConsistent(state);
  }
  const end = doc();
  let steps = 0;
  while (useDocument.temporal.getState().pastStates.length > 0) {
    undo();
    steps++;
    expectConsistent({ textual: false });
  }
  expect(doc()).toBe(start.doc);
  if (!state.relaid) expect(textOf(doc())).toBe(start.text);
  for (let k = 0; k < steps; k++) redo();
  expect(deepEqual(doc(), end)).toBe(true);
  expectConsistent({ textual: false });
}

beforeEach(() => {
  clearHistory();
});

describe('incremental results equal rebuilt ones', () => {
  it.each(examples.map((e) => [e.id, e.request] as const))('%s: random edits, moves, drops, JSON edits, undo and redo', (_id, request) => {
    fc.assert(
      fc.property(fc.array(intent, { maxLength: 25 }), (intents) => scenario(request, intents)),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 40) },
    );
  });
});

/** Sequences that once failed, kept as they were found. */
describe('pinned sequences', () => {
  const request = (id: string) => examples.find((e) => e.id.startsWith(id))!.request;
  it('a JSON edit that only lays the same values out anew changes no value and no undo step', () => {
    scenario(request('01'), [{ kind: 5, a: 0, b: 0, s: '' }]);
  });
  it('a move while the message that holds the list is selected', () => {
    scenario(request('02'), [{ kind: 3, a: 0, b: 0, s: '' }]);
  });
  it('typing past a limit, a drop, a move, undo and redo on a carousel', () => {
    scenario(request('12'), [
      { kind: 0, a: 7, b: 4, s: '😀' },
      { kind: 2, a: 1, b: 13, s: '' },
      { kind: 3, a: 2, b: 1, s: '' },
      { kind: 6, a: 0, b: 0, s: '' },
      { kind: 7, a: 0, b: 0, s: '' },
      { kind: 5, a: 1, b: 1, s: 'é' },
    ]);
  });
});
