/**
 * RULES.md 2.2, the input matrix: which inputs an item has (text, media, suggestions,
 * header) decides what Messenger receives, and how the suggestions are delivered.
 */
import { describe, expect, it } from 'vitest';
import { MATRIX, check } from '../../src/core';
import type { ItemReport, Outcome, SuggestionsAs } from '../../src/core';
import {
  ITEM,
  carousel,
  checkItems,
  expectCode,
  expectErrors,
  expectNoCode,
  first,
  itemsRequest,
  png,
  replies,
  reply,
  viewProduct,
  type Json,
} from './helpers';

interface Row {
  t: boolean;
  m: boolean;
  s: boolean;
  h: boolean;
  outcome: Outcome;
  suggestionsAs: SuggestionsAs;
  /** Send API messages for one Reply suggestion. */
  sends: number;
  /** The only error the row carries with these inputs. */
  error?: string;
}

// The table of RULES.md 2.2, in its order; suggestions are one Reply (row 2: see its own test).
const x = true;
const _ = false;
const ROWS: Row[] = [
  { t: _, m: _, s: _, h: _, outcome: 'not_supported', suggestionsAs: 'none', sends: 0, error: 'matrix/not-supported' },
  { t: _, m: _, s: _, h: x, outcome: 'generic_template', suggestionsAs: 'none', sends: 1, error: 'generic/needs-more-than-header' },
  { t: _, m: _, s: x, h: _, outcome: 'not_supported', suggestionsAs: 'none', sends: 0, error: 'matrix/not-supported' },
  { t: _, m: _, s: x, h: x, outcome: 'button_template', suggestionsAs: 'buttons', sends: 1 },
  { t: _, m: x, s: _, h: _, outcome: 'media', suggestionsAs: 'none', sends: 1 },
  { t: _, m: x, s: _, h: x, outcome: 'generic_template', suggestionsAs: 'none', sends: 1 },
  { t: _, m: x, s: x, h: _, outcome: 'media_template', suggestionsAs: 'buttons', sends: 1 },
  { t: _, m: x, s: x, h: x, outcome: 'generic_template', suggestionsAs: 'buttons', sends: 1 },
  { t: x, m: _, s: _, h: _, outcome: 'text', suggestionsAs: 'none', sends: 1 },
  { t: x, m: _, s: _, h: x, outcome: 'generic_template', suggestionsAs: 'none', sends: 1 },
  { t: x, m: _, s: x, h: _, outcome: 'text', suggestionsAs: 'quick_replies', sends: 1 },
  { t: x, m: _, s: x, h: x, outcome: 'generic_template', suggestionsAs: 'buttons', sends: 1 },
  { t: x, m: x, s: _, h: _, outcome: 'text_and_media', suggestionsAs: 'none', sends: 2 },
  { t: x, m: x, s: _, h: x, outcome: 'generic_template', suggestionsAs: 'none', sends: 1 },
  { t: x, m: x, s: x, h: _, outcome: 'not_supported', suggestionsAs: 'none', sends: 0, error: 'matrix/not-supported' },
  { t: x, m: x, s: x, h: x, outcome: 'generic_template', suggestionsAs: 'buttons', sends: 1 },
];

const name = (r: Row) =>
  [r.t && 'text', r.m && 'media', r.s && 'suggestions', r.h && 'header'].filter(Boolean).join(' + ') || 'nothing';

/** The item with a row's inputs; `suggestions` replaces the one Reply. */
function itemOf(r: Pick<Row, 't' | 'm' | 's' | 'h'>, suggestions: Json[] = [reply()]): Json {
  const item: Json = {};
  if (r.t) item.text = 'CM.com - Be part of it.';
  if (r.m) item.media = png();
  if (r.s) item.suggestions = suggestions;
  if (r.h) item.header = 'Our logo!';
  return item;
}

/** The same inputs, all on the item's single card. */
function cardOf(r: Pick<Row, 't' | 'm' | 's' | 'h'>, suggestions?: Json[]): Json {
  return carousel(itemOf(r, suggestions));
}

const rowOf = (index: number): Row => ROWS[index]!;
const resolve = (item: Json): ItemReport => first(checkItems(item));

describe('matrix (RULES.md 2.2)', () => {
  it('the core’s MATRIX table lists the 16 rows in the order of RULES.md', () => {
    expect(MATRIX.map((m) => [m.inputs.text, m.inputs.media, m.inputs.suggestions, m.inputs.header])).toEqual(
      ROWS.map((r) => [r.t, r.m, r.s, r.h]),
    );
    // Row 2's table outcome is the product template; with other actions it is not supported (tested below).
    expect(MATRIX.map((m) => m.outcome)).toEqual(ROWS.map((r, k) => (k === 2 ? 'product_template' : r.outcome)));
  });

  describe.each(ROWS.map((r, k) => [k, name(r), r] as const))('row %i: %s', (index, _name, row) => {
    it(`is ${row.outcome}, suggestions as ${row.suggestionsAs}`, () => {
      const report = checkItems(itemOf(row));
      const it = first(report);
      expect(it).toMatchObject({ outcome: row.outcome, suggestionsAs: row.suggestionsAs, matrixRow: index, decidedBy: 'matrix' });
      expect(it.inputs).toEqual({ text: row.t, media: row.m, suggestions: row.s, header: row.h });
      expect(it.sends).toHaveLength(row.sends);
      if (row.error) expectErrors(report, row.error);
      else expectErrors(report);
    });

    it('resolves the same when the inputs sit on the item’s single card', () => {
      const it = first(checkItems(cardOf(row)));
      expect(it).toMatchObject({ outcome: row.outcome, suggestionsAs: row.suggestionsAs, matrixRow: index, cards: 1 });
      expect(it.sends).toHaveLength(row.sends);
    });
  });
});

describe('not_supported rows', () => {
  it.each([0, 2, 14])('row %i carries matrix/not-supported at the item and sends nothing', (index) => {
    const report = checkItems(itemOf(rowOf(index)));
    const d = expectCode(report, 'matrix/not-supported', ITEM());
    expect(d.severity).toBe('error');
    expect(first(report).sends).toEqual([]);
    expect(first(report).buttons + first(report).quickReplies).toBe(0);
  });

  it.each([
    [0, /add text, media, suggestions or a header/],
    [2, /add a header/],
    [14, /add a header.*remove the text or the media/],
  ])('row %i: the message names the row and what to add or remove', (index, what) => {
    const message = expectCode(checkItems(itemOf(rowOf(index))), 'matrix/not-supported').message;
    expect(message).toMatch(/\(row "[^"]+"\)/);
    expect(message).toMatch(what);
  });
});

describe('row 2: suggestions alone', () => {
  it('all ViewProduct: product_template, suggestions as products', () => {
    const report = checkItems({ suggestions: [viewProduct('a'), viewProduct('b')] });
    expect(first(report)).toMatchObject({ outcome: 'product_template', suggestionsAs: 'products', matrixRow: 2 });
    expectErrors(report);
  });

  it('not all ViewProduct: not_supported, with product/mixed', () => {
    const report = checkItems({ suggestions: [viewProduct('a'), reply()] });
    expect(first(report)).toMatchObject({ outcome: 'not_supported', suggestionsAs: 'none', sends: [] });
    expectCode(report, 'product/mixed');
  });
});

describe('button and quick-reply thresholds', () => {
  const payloadOf = (it: ItemReport) =>
    (it.sends[it.sends.length - 1]!.message.attachment as { payload: Json } | undefined)?.payload;

  describe.each([3, 7, 11, 15])('row %i: buttons if <= 3, else quick replies', (index) => {
    it('3 suggestions: 3 buttons, no quick replies', () => {
      const it = resolve(itemOf(rowOf(index), replies(3)));
      expect(it).toMatchObject({ outcome: rowOf(index).outcome, suggestionsAs: 'buttons', buttons: 3, quickReplies: 0 });
      expect(it.sends.at(-1)!.message.quick_replies).toBeUndefined();
    });
    it('4 suggestions: no buttons, 4 quick replies on the message', () => {
      const it = resolve(itemOf(rowOf(index), replies(4)));
      expect(it).toMatchObject({ outcome: rowOf(index).outcome, suggestionsAs: 'quick_replies', buttons: 0, quickReplies: 4 });
      expect(it.sends.at(-1)!.message.quick_replies).toHaveLength(4);
      const payload = payloadOf(it)!;
      const buttons = payload.template_type === 'button' ? payload.buttons : (payload.elements as Json[])[0]!.buttons;
      expect(buttons ?? []).toEqual([]);
    });
  });

  describe('row 6 (media template): buttons if <= 1, else quick replies', () => {
    it('1 suggestion: 1 button', () => {
      const it = resolve(itemOf(rowOf(6), replies(1)));
      expect(it).toMatchObject({ outcome: 'media_template', suggestionsAs: 'buttons', buttons: 1, quickReplies: 0 });
    });
    it('2 suggestions: no button, 2 quick replies', () => {
      const it = resolve(itemOf(rowOf(6), replies(2)));
      expect(it).toMatchObject({ outcome: 'media_template', suggestionsAs: 'quick_replies', buttons: 0, quickReplies: 2 });
      expect((payloadOf(it)!.elements as Json[])[0]!.buttons).toBeUndefined();
    });
  });

  describe('row 10 (text and suggestions): always quick replies', () => {
    it.each([1, 3, 4, 13])('%i suggestions: all quick replies', (n) => {
      const it = resolve(itemOf(rowOf(10), replies(n)));
      expect(it).toMatchObject({ outcome: 'text', suggestionsAs: 'quick_replies', buttons: 0, quickReplies: n });
    });
  });

  describe('a card of a carousel: buttons if <= 3, else they are quick replies of the message', () => {
    it('3 suggestions on a card: 3 buttons on its element', () => {
      const it = resolve(carousel({ header: 'A', text: 'a', suggestions: replies(3) }, { header: 'B', text: 'b' }));
      expect(it).toMatchObject({ outcome: 'generic_template', suggestionsAs: 'buttons', buttons: 3, quickReplies: 0 });
    });
    it('4 suggestions on a card: 4 quick replies', () => {
      const it = resolve(carousel({ header: 'A', text: 'a', suggestions: replies(4) }, { header: 'B', text: 'b' }));
      expect(it).toMatchObject({ outcome: 'generic_template', suggestionsAs: 'quick_replies', buttons: 0, quickReplies: 4 });
    });
  });
});

describe('suggestionsAs describes the whole item', () => {
  it('buttons when at least one button is sent, even beside quick replies', () => {
    const it = resolve(
      carousel({ header: 'A', text: 'a', suggestions: replies(1) }, { header: 'B', text: 'b', suggestions: replies(4) }),
    );
    expect(it).toMatchObject({ suggestionsAs: 'buttons', buttons: 1, quickReplies: 4 });
  });

  it('none when every suggestion is left out of the sends', () => {
    const report = checkItems({ text: 'Hi', suggestions: [{ action: 'ViewLocation', label: 'Where' }] });
    expect(first(report)).toMatchObject({ outcome: 'text', suggestionsAs: 'none', quickReplies: 0, matrixRow: 10 });
    expectNoCode(report, 'matrix/not-supported');
  });

  it('an empty suggestions array, text or header is not present', () => {
    const it = resolve({ text: 'Hi', header: '', suggestions: [], media: {} });
    expect(it).toMatchObject({ outcome: 'text', matrixRow: 8, inputs: { text: true, media: false, suggestions: false, header: false } });
  });
});

describe('limits keep the outcome and its sends', () => {
  it('an over-long text is still a text message, with text/too-long', () => {
    const report = checkItems({ text: 'x'.repeat(2001) });
    expect(first(report)).toMatchObject({ outcome: 'text', sends: [expect.anything()] });
    expectErrors(report, 'text/too-long');
  });

  it('an 11-card carousel is still a generic_template, with carousel/too-many-cards', () => {
    const cards = Array.from({ length: 11 }, (_c, k) => ({ header: `Card ${k}`, text: 'x' }));
    const report = check(itemsRequest(carousel(...cards)));
    expect(first(report)).toMatchObject({ outcome: 'generic_template', cards: 11 });
    expect((first(report).sends[0]!.message.attachment as { payload: { elements: unknown[] } }).payload.elements).toHaveLength(11);
    expectErrors(report, 'carousel/too-many-cards');
  });
});
