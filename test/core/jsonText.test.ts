// Pointer <-> text offsets, the bridge behind markers, the selection highlight and cursor-to-canvas selection.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineLocator, locate } from '../../src/core';
import { inexactIntegers } from '../../src/core/exactIntegers';
import { examples } from '../../src/examples';
import { elementSpan, jsonTree, markSpan, markSpans, minimalEdit, nodeAt, pointerAt, syntaxSpan } from '../../src/core/jsonText';

const TEXT = `{
  "messages": {
    "msg": [
      {
        "to": [ { "number": "1" } ],
        "richContent": { "conversation": [ { "text": "Hi", "suggestions": [] } ] }
      }
    ]
  },
  "a/b": { "~c": 1 },
  "dup": 1,
  "dup": 2
}`;
const root = jsonTree(TEXT);
const slice = (s: { offset: number; length: number } | undefined) => (s ? TEXT.slice(s.offset, s.offset + s.length) : undefined);
const lineOf = (offset: number) => locate(TEXT, offset).line;

describe('nodeAt', () => {
  it('finds values by pointer, with escaped tokens', () => {
    expect(nodeAt(root, '/messages/msg/0/to/0/number')?.value).toBe('1');
    expect(nodeAt(root, '/a~1b/~0c')?.value).toBe(1);
    expect(nodeAt(root, '')).toBe(root);
  });

  it('takes the last of repeated keys, as JSON.parse does', () => {
    expect(nodeAt(root, '/dup')?.value).toBe(2);
  });

  it('is undefined for what the text lacks, and for array tokens that are not indexes', () => {
    expect(nodeAt(root, '/messages/nope')).toBeUndefined();
    expect(nodeAt(root, '/messages/msg/1')).toBeUndefined();
    expect(nodeAt(root, '/messages/msg/01')).toBeUndefined();
    expect(nodeAt(root, '/messages/msg/-')).toBeUndefined();
  });
});

describe('markSpan', () => {
  it('underlines a string value exactly', () => {
    expect(slice(markSpan(root, '/messages/msg/0/richContent/conversation/0/text'))).toBe('"Hi"');
  });

  it('underlines an object property by its key and opening bracket, not every line inside', () => {
    expect(slice(markSpan(root, '/messages/msg'))).toBe('"msg": [');
    expect(slice(markSpan(root, '/messages/msg/0/richContent/conversation/0/suggestions'))).toBe('"suggestions": [');
  });

  it('underlines an array entry that is an object by its opening brace', () => {
    expect(slice(markSpan(root, '/messages/msg/0'))).toBe('{');
    expect(lineOf(markSpan(root, '/messages/msg/0')!.offset)).toBe(4);
  });

  it('falls back to the deepest ancestor the text has (a missing field is reported on its object)', () => {
    expect(slice(markSpan(root, '/messages/msg/0/from'))).toBe('{');
    expect(markSpan(undefined, '/x')).toBeUndefined();
  });
});

describe('markSpans', () => {
  const pointers = [
    '',
    '/messages/msg',
    '/messages/msg/0',
    '/messages/msg/0/from',
    '/messages/msg/0/to/0/number',
    '/messages/msg/0/richContent/conversation/0/text',
    '/messages/msg/0/richContent/conversation/0/suggestions',
    '/messages/msg/0/richContent/conversation/0/suggestions/0/label',
    '/messages/msg/01',
    '/a~1b/~0c',
    '/dup',
    '/dup/x',
  ];

  it('gives what markSpan gives, for every pointer at once', () => {
    expect(markSpans(TEXT, pointers)).toEqual(pointers.map((p) => markSpan(root, p)));
    expect(slice(markSpans(TEXT, ['/messages/msg'])[0])).toBe('"msg": [');
  });

  it('takes the last of repeated keys, and nothing below an earlier one', () => {
    const text = '{"a": {"b": 1, "c": 2}, "a": {"b": 3}}';
    const [b, c] = markSpans(text, ['/a/b', '/a/c']);
    expect(text.slice(b!.offset, b!.offset + b!.length)).toBe('3');
    expect(c).toEqual(markSpan(jsonTree(text), '/a/c'));
    expect(text.slice(c!.offset, c!.offset + c!.length)).toBe('"a": {');
  });

  it('agrees with markSpan on any JSON, printed any way, for pointers in it and beside it (fast-check)', () => {
    /** Every pointer of a value, and one more token under each. */
    const pointersOf = (value: unknown, at = ''): string[] => {
      const own = [at, `${at}/x`, `${at}/0`, `${at}/01`];
      if (Array.isArray(value)) return [...own, ...value.flatMap((v, i) => pointersOf(v, `${at}/${i}`))];
      if (value && typeof value === 'object')
        return [...own, ...Object.entries(value).flatMap(([k, v]) => pointersOf(v, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`))];
      return own;
    };
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(undefined, 1, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const ps = pointersOf(value);
        expect(markSpans(text, ps)).toEqual(ps.map((p) => markSpan(jsonTree(text), p)));
      }),
    );
  });

  it('finds a pointer 100 000 levels deep, without recursion', () => {
    const depth = 100_000;
    const text = '{"a":'.repeat(depth) + '[1, 2]' + '}'.repeat(depth);
    const [span] = markSpans(text, ['/a'.repeat(depth) + '/1']);
    expect(span).toEqual({ offset: text.indexOf('2'), length: 1 });
  });
});

describe('elementSpan', () => {
  it('covers a property with its key, and an array entry whole', () => {
    expect(slice(elementSpan(root, '/messages/msg/0/richContent/conversation/0/text'))).toBe('"text": "Hi"');
    expect(slice(elementSpan(root, '/messages/msg/0/richContent/conversation/0'))).toBe('{ "text": "Hi", "suggestions": [] }');
    expect(elementSpan(root, '/nope')).toBeUndefined();
  });
});

describe('pointerAt', () => {
  const at = (needle: string, delta = 0) => pointerAt(root, TEXT.indexOf(needle) + delta);
  it('gives the property for its key, its value, and the cursor right after the value', () => {
    expect(at('"text"', 2)).toBe('/messages/msg/0/richContent/conversation/0/text');
    expect(at('"Hi"', 1)).toBe('/messages/msg/0/richContent/conversation/0/text');
    expect(at('"Hi"', 4)).toBe('/messages/msg/0/richContent/conversation/0/text');
    expect(at('"number"', 0)).toBe('/messages/msg/0/to/0/number');
  });

  it('gives the object or array for white space inside it', () => {
    expect(at('{ "number"', 1)).toBe('/messages/msg/0/to/0');
    expect(at('[ {', 1)).toBe('/messages/msg/0/to');
  });

  it('escapes keys as pointer tokens', () => {
    expect(at('"~c"', 1)).toBe('/a~1b/~0c');
  });

  it('is the root before the first key, and undefined without a tree', () => {
    expect(pointerAt(root, 1)).toBe('');
    expect(pointerAt(undefined, 0)).toBeUndefined();
  });

  it('maps every value of every shared example back to its own pointer', () => {
    for (const ex of examples) {
      const text = JSON.stringify(ex.request, null, 2);
      const tree = jsonTree(text)!;
      const walk = (v: unknown, p: string) => {
        const node = nodeAt(tree, p)!;
        expect(pointerAt(tree, node.offset + 1)).toBe(p);
        if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${p}/${i}`));
        else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${p}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      };
      walk(ex.request, '');
    }
  });
});

describe('minimalEdit', () => {
  const apply = (a: string, e: ReturnType<typeof minimalEdit>) => (e ? a.slice(0, e.offset) + e.text + a.slice(e.offset + e.length) : a);

  it('is null for equal texts', () => {
    expect(minimalEdit('abc', 'abc')).toBeNull();
  });

  it('replaces only the middle that differs', () => {
    expect(minimalEdit('{"a": 1, "b": 2}', '{"a": 1, "b": 3}')).toEqual({ offset: 14, length: 1, text: '3' });
    expect(minimalEdit('abc', 'abXYc')).toEqual({ offset: 2, length: 0, text: 'XY' });
    expect(minimalEdit('aaaa', 'aa')).toEqual({ offset: 2, length: 2, text: '' });
  });

  it('never splits a surrogate pair', () => {
    const e = minimalEdit('x\u{1F600}y', 'x\u{1F601}y')!;
    expect(e.text).toBe('\u{1F601}');
    expect(e.length).toBe(2);
  });

  it('always turns the first text into the second', () => {
    const cases = [
      ['', 'abc'],
      ['abc', ''],
      ['abcabc', 'abc'],
      ['abc', 'abcabc'],
      ['a\u{1F600}\u{1F600}b', 'a\u{1F600}b'],
      ['{\n  "x": 1\n}', '{\n  "x": 1,\n  "y": 2\n}'],
    ];
    for (const [a, b] of cases) expect(apply(a!, minimalEdit(a!, b!))).toBe(b);
  });
});

describe('syntaxSpan', () => {
  it('keeps a real span, widens an empty one to a character inside the text', () => {
    expect(syntaxSpan('{"a" 1}', 5, 1)).toEqual({ offset: 5, length: 1 });
    expect(syntaxSpan('{"a": ', 6, 0)).toEqual({ offset: 5, length: 1 });
    expect(syntaxSpan('', 0, 0)).toEqual({ offset: 0, length: 0 });
  });
});

describe('lineLocator', () => {
  it('gives what locate gives, for every offset of any text (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '\r', ' ', '\u{1F600}') }), (text) => {
        const at = lineLocator(text);
        for (let offset = 0; offset <= text.length + 1; offset++) expect(at(offset)).toEqual(locate(text, offset));
      }),
    );
  });

  it('finds the line of an offset without scanning from the start each time', () => {
    const text = 'x\n'.repeat(200_000);
    const at = lineLocator(text);
    const start = performance.now();
    let wrong = 0;
    for (let i = 0; i < 200_000; i++) if (at(2 * i + 1).line !== i + 1) wrong++;
    expect(wrong).toBe(0);
    // Scanning from the start each time would take minutes (4e10 characters).
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe('jsonTree', () => {
  it('gives no tree, rather than throwing, for a text nested deeper than the parser can recurse', () => {
    const depth = 100_000;
    const text = '{"messages":{"deep":' + '['.repeat(depth) + ']'.repeat(depth) + '}}';
    expect(jsonTree(text)).toBeUndefined();
    // Without a tree, a place has no span (the editor marks nothing rather than failing).
    expect(markSpan(jsonTree(text), '/messages')).toBeUndefined();
  });

  it('still parses a text of ordinary depth', () => {
    expect(jsonTree('{"a":[[1]]}')?.children?.[0]?.children?.[1]?.type).toBe('array');
  });
});

describe('inexactIntegers', () => {
  it('finds the integers a JavaScript number would round, by pointer, as written', () => {
    const text = '{"to": [{"number": 24567890123456789}, {"number": 12345678901234567890}], "safe": 9007199254740991, "exact": 9007199254740992, "fraction": 1234567890123456.5, "s": "24567890123456789"}';
    expect([...inexactIntegers(text)]).toEqual(
      expect.arrayContaining([
        ['/to/0/number', '24567890123456789'],
        ['/to/1/number', '12345678901234567890'],
      ]),
    );
    // 2^53 itself is held exactly; a fraction or a string is not an integer literal.
    expect(inexactIntegers(text).size).toBe(2);
    expect(inexactIntegers('{"a": 1, "b": "x"}').size).toBe(0);
  });
  it('a repeated key: the last one, as JSON.parse keeps it', () => {
    expect([...inexactIntegers('{"n": 24567890123456789, "n": 5}')]).toEqual([]);
    expect([...inexactIntegers('{"n": 5, "n": 24567890123456789}')]).toEqual([['/n', '24567890123456789']]);
  });
});
