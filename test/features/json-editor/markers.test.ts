// Editor markers come from the core alone: its diagnostics on the text their pointers name, and parseJson's syntax error.
import { describe, expect, it } from 'vitest';
import { check, getAt, locate, parseJson } from '../../../src/core';
import { examples } from '../../../src/examples';
import { jsonTree } from '../../../src/core/jsonText';
import { coreMarkers, syntaxMarker } from '../../../src/features/json-editor/markers';
import { canvasTargetOf } from '../../../src/features/json-editor/pointing';
import { applyOps, type Op } from '../../../src/state/ops';
import { derivedOf } from '../../../src/state/derived';

const example = (id: string, ...ops: Op[]) => applyOps(examples.find((e) => e.id === id)!.request, ops);
const SUGGESTIONS = '/messages/msg/0/richContent/conversation/0/suggestions';

describe('coreMarkers', () => {
  it('puts suggestion/label-too-long on the line of the 21-character label', () => {
    const doc = example('06-direct-message-with-quick-reply-suggestions', { kind: 'set', path: `${SUGGESTIONS}/1/label`, value: 'Call me back, please!' });
    const text = JSON.stringify(doc, null, 2);
    const markers = coreMarkers(jsonTree(text), check(doc).diagnostics);
    const m = markers.find((x) => x.code === 'suggestion/label-too-long')!;
    expect(m.severity).toBe('error');
    expect(text.slice(m.offset, m.offset + m.length)).toBe('"Call me back, please!"');
    const line = text.split('\n').findIndex((l) => l.includes('"label": "Call me back, please!"')) + 1;
    expect(locate(text, m.offset).line).toBe(line);
  });

  it('keeps the user’s own formatting: the marker follows the text, not a pretty print', () => {
    const doc = example('06-direct-message-with-quick-reply-suggestions', { kind: 'set', path: `${SUGGESTIONS}/0/label`, value: 'x'.repeat(21) });
    const text = JSON.stringify(doc); // one line
    const m = coreMarkers(jsonTree(text), check(doc).diagnostics).find((x) => x.code === 'suggestion/label-too-long')!;
    expect(text.slice(m.offset, m.offset + m.length)).toBe(`"${'x'.repeat(21)}"`);
  });

  it('gives one marker per diagnostic, with its severity, for warnings and infos too', () => {
    const doc = example(
      '08-direct-message-with-button-rich-card',
      { kind: 'insert', path: SUGGESTIONS, index: -1, value: { action: 'Reply', label: 'Four', postbackdata: '4' } },
      { kind: 'insert', path: SUGGESTIONS, index: -1, value: { action: 'Reply', label: 'Five', postbackdata: '5' } },
    );
    const { diagnostics } = check(doc);
    expect(diagnostics.length).toBeGreaterThan(0);
    const markers = coreMarkers(jsonTree(JSON.stringify(doc, null, 2)), diagnostics);
    expect(markers.map((m) => [m.code, m.severity])).toEqual(diagnostics.map((d) => [d.code, d.severity]));
  });

  it('every shared example checks without a marker of severity error', () => {
    for (const ex of examples) {
      const text = JSON.stringify(ex.request, null, 2);
      expect(coreMarkers(jsonTree(text), check(ex.request).diagnostics).filter((m) => m.severity === 'error')).toEqual([]);
    }
  });
});

describe('syntaxMarker', () => {
  it('sits at parseJson’s line and column, with its message', () => {
    const text = '{\n  "a": 1\n  "b": 2\n}';
    const parsed = parseJson(text);
    if (parsed.ok) throw new Error('expected a syntax error');
    const m = syntaxMarker(text, parsed.error);
    expect(m.code).toBe('json/syntax');
    expect(m.severity).toBe('error');
    expect(locate(text, m.offset)).toEqual({ line: parsed.error.line, column: parsed.error.column });
    expect(m.message).toMatch(/line 3, column 3/);
    expect(m.length).toBeGreaterThan(0);
  });

  it('has a visible span for an error at the very end of the text', () => {
    const text = '{"a": [1, 2';
    const parsed = parseJson(text);
    if (parsed.ok) throw new Error('expected a syntax error');
    const m = syntaxMarker(text, parsed.error);
    expect(m.length).toBe(1);
    expect(m.offset).toBeLessThan(text.length);
  });
});

/** canvasTargetOf with the selected element named by its pointer. */
function target(doc: unknown, pointer: string) {
  const d = derivedOf(doc);
  const t = canvasTargetOf(d, pointer);
  return t && { msgIndex: t.msgIndex, selection: t.selection === null ? null : d.model.elements.get(t.selection)!.path };
}

describe('canvasTargetOf (cursor in the JSON -> canvas selection)', () => {
  const doc = example('12-rich-card-carousel');
  const conv = '/messages/msg/0/richContent/conversation/0';

  it('selects the element that owns the place, as problems do', () => {
    expect(target(doc, `${conv}/carousel/cards/0/suggestions/1/label`)).toEqual({
      msgIndex: 0,
      selection: `${conv}/carousel/cards/0/suggestions/1`,
    });
    expect(target(doc, `${conv}/carousel/cards/0/media/mimeType`)).toEqual({ msgIndex: 0, selection: `${conv}/carousel/cards/0/media` });
    expect(target(doc, `${conv}/carousel`)).toEqual({ msgIndex: 0, selection: conv });
  });

  it('selects the message itself (no element) for its envelope fields', () => {
    expect(target(doc, '/messages/msg/0/from')).toEqual({ msgIndex: 0, selection: null });
  });

  it('finds the message a place belongs to', () => {
    const two = applyOps(doc, [{ kind: 'insert', path: '/messages/msg', index: -1, value: getAt(doc, '/messages/msg/0') }]);
    expect(target(two, '/messages/msg/1/richContent/conversation/0/carousel/cards/1')).toEqual({
      msgIndex: 1,
      selection: '/messages/msg/1/richContent/conversation/0/carousel/cards/1',
    });
  });

  it('leaves the canvas alone outside every message', () => {
    expect(target(doc, '/messages/authentication/producttoken')).toBeUndefined();
    expect(target(doc, '')).toBeUndefined();
  });
});
