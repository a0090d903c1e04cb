/**
 * The structural one-click fixes (issue 14) at their boundaries: splitting a long text at a
 * sentence, else a word, else hard; the cards past the tenth; more than 3 suggestions on a
 * template; suggestions at message level; text, media and suggestions without a header; the
 * item's copy beside its card or carousel; products mixed with other content. Each test applies
 * the fix and reads what Messenger gets afterwards from the report.
 */
import { describe, expect, it } from 'vitest';
import { applyEdits, check, codePoints, editsText, getAt, LIMITS, type Report } from '../../src/core';
import { applyFixes, fixesFor, headerFromText, QUICK_REPLIES_TEXT, splitText, type Fix, type FixSubject } from '../../src/core/fixes';
import { ITEM, card, carousel, codes, msg, openUrl, png, replies, reply, request, viewProduct, type Json } from './helpers';

/** The fixes offered for the first diagnostic with this code (at this path, when given). */
function fixesOfCode(doc: unknown, code: string, path?: string): Fix[] {
  const report = check(doc);
  const i = report.diagnostics.findIndex((d) => d.code === code && (path === undefined || d.path === path));
  expect(i, `a ${code} diagnostic in ${JSON.stringify(codes(report))}`).toBeGreaterThanOrEqual(0);
  return fixesFor(report, doc)[i]!;
}

/** Applies the fix with this title; its diagnostic is gone and no new error code appeared. */
function apply(doc: unknown, code: string, title: string | RegExp): { fix: Fix; after: unknown; report: Report } {
  const before = check(doc);
  const fixes = fixesOfCode(doc, code);
  const fix = fixes.find((f) => (typeof title === 'string' ? f.title === title : title.test(f.title)));
  expect(fix, `"${title}" among ${JSON.stringify(fixes.map((f) => f.title))}`).toBeDefined();
  expect(fix!.safe).toBe(false);
  const after = applyEdits(doc, fix!.ops);
  const report = check(after);
  const d = before.diagnostics.find((x) => x.code === code)!;
  expect(report.diagnostics.filter((x) => x.code === code && x.path === d.path)).toEqual([]);
  const errorsBefore = new Set(before.diagnostics.filter((x) => x.severity === 'error').map((x) => x.code));
  expect(report.diagnostics.filter((x) => x.severity === 'error' && !errorsBefore.has(x.code)).map((x) => x.code)).toEqual([]);
  expect(getAt(after, fix!.target), `target ${fix!.target}`).toBeDefined();
  return { fix: fix!, after, report };
}

const items = (doc: unknown) => getAt(doc, '/messages/msg/0/richContent/conversation') as Json[];
const outcomes = (r: Report) => r.messages[0]!.items.map((it) => it.outcome);
const one = (...conversation: unknown[]) => request(msg(conversation));

describe('splitText', () => {
  it('cuts after a sentence when that needs no more parts than the fewest', () => {
    const text = 'One two three. Four five six. Seven eight.'; // 42
    expect(splitText(text, 30)).toEqual(['One two three. Four five six.', 'Seven eight.']);
    // A sentence that would cost a third part is not taken: the word boundary nearest the limit is.
    expect(splitText('Hi. aaaa bbbb cccc dddd eeee ffff', 20)).toEqual(['Hi. aaaa bbbb cccc', 'dddd eeee ffff']);
  });
  it('cuts at a word boundary without sentences, and hard without words', () => {
    expect(splitText('aaaa bbbb cccc dddd eeee', 12)).toEqual(['aaaa bbbb', 'cccc dddd', 'eeee']);
    expect(splitText('a'.repeat(25), 10)).toEqual(['a'.repeat(10), 'a'.repeat(10), 'a'.repeat(5)]);
    // An early word boundary is taken when it costs no part…
    expect(splitText('ab ' + 'c'.repeat(30), 10)).toEqual(['ab', 'c'.repeat(10), 'c'.repeat(10), 'c'.repeat(10)]);
    // …else it must keep 60 % of the limit; here it would not: a hard cut.
    expect(splitText('ab ' + 'c'.repeat(37), 10)).toEqual(['ab ' + 'c'.repeat(7), 'c'.repeat(10), 'c'.repeat(10), 'c'.repeat(10)]);
  });
  it('a line break is a boundary too', () => {
    expect(splitText('First line without a stop\nSecond line here', 30)).toEqual(['First line without a stop', 'Second line here']);
  });
  it('counts code points and never splits a surrogate pair or a ZWJ sequence', () => {
    const parts = splitText('😀'.repeat(2001), 2000);
    expect(parts.map(codePoints)).toEqual([2000, 1]);
    const family = '👨‍👩‍👧‍👦'; // 7 code points
    expect(splitText('a'.repeat(15) + family + 'b', 20)).toEqual(['a'.repeat(15), family + 'b']);
  });
  it('every part fits and nothing but the white space at the cuts is lost', () => {
    const sentence = 'The quick brown fox jumps over the lazy dog again and again. ';
    const text = sentence.repeat(80).trim(); // 4879 code points
    const parts = splitText(text, LIMITS.textMax);
    expect(parts).toHaveLength(3);
    for (const p of parts) expect(codePoints(p)).toBeLessThanOrEqual(LIMITS.textMax);
    expect(parts.join(' ')).toBe(text);
    expect(parts.every((p) => p.endsWith('again.'))).toBe(true);
  });
});

describe('text/too-long: split into text items', () => {
  const long = 'Thanks for your order. '.repeat(100).trim(); // 2299 code points

  it('the first part goes into a new item before, the last keeps the quick replies and the tag', () => {
    const doc = one({ text: long, suggestions: [reply('Track it')], tag: 'HUMAN_AGENT' });
    expect(fixesOfCode(doc, 'text/too-long').map((f) => f.title)).toEqual(['Split into two text items', 'Shorten to 2000 characters']);
    const { fix, after, report } = apply(doc, 'text/too-long', 'Split into two text items');
    expect(fix.target).toBe(ITEM(0));
    const [a, b] = items(after);
    expect(a).toEqual({ text: expect.stringMatching(/order\.$/), tag: 'HUMAN_AGENT' });
    expect(b!.suggestions).toEqual([reply('Track it')]);
    expect(`${a!.text as string} ${b!.text as string}`).toBe(long);
    expect(outcomes(report)).toEqual(['text', 'text']);
    expect(report.messages[0]!.items[1]!.quickReplies).toBe(1);
    expect(report.valid).toBe(true);
  });

  it('a text beside media: text parts first, the media still after the last', () => {
    const { after, report } = apply(one({ text: long, media: png() }), 'text/too-long', 'Split into two text items');
    expect(outcomes(report)).toEqual(['text', 'text_and_media']);
    expect(items(after)[1]!.media).toEqual(png());
  });

  it('a message without rich content gets a conversation of the parts; body.content stays for other channels', () => {
    const m = msg();
    (m.body as Json).content = long;
    const { fix, after, report } = apply(request(m), 'text/too-long', 'Split into two text items');
    expect(fix.target).toBe(ITEM(0));
    expect(items(after).map((it) => codePoints(it.text as string))).toEqual([2000, 298]);
    expect(getAt(after, '/messages/msg/0/body/content')).toBe(long);
    expect(report.valid).toBe(true);
  });

  it('writes into the text key as the request spells it', () => {
    const { after } = apply(one({ TEXT: long }), 'text/too-long', /^Split/);
    expect(items(after).map((it) => Object.keys(it))).toEqual([['TEXT'], ['TEXT']]);
  });
});

describe('carousel/too-many-cards', () => {
  const cards = (n: number) => Array.from({ length: n }, (_, k) => card(k + 1));

  it('the 11th card moves into a new carousel item after it', () => {
    const doc = one(carousel(...cards(11)), { text: 'After' });
    const titles = fixesOfCode(doc, 'carousel/too-many-cards').map((f) => f.title);
    expect(titles).toEqual(['Move card 11 into a new carousel item after it', 'Remove card 11']);
    const { fix, after, report } = apply(doc, 'carousel/too-many-cards', titles[0]!);
    expect(fix.target).toBe(ITEM(1));
    expect(items(after)).toHaveLength(3);
    expect((getAt(after, `${ITEM(0)}/carousel/cards`) as Json[]).map((c) => c.header)).toEqual(cards(10).map((c) => c.header));
    expect(getAt(after, `${ITEM(1)}/carousel/cards`)).toEqual([card(11)]);
    expect(items(after)[2]).toEqual({ text: 'After' });
    expect(report.valid).toBe(true);
    expect(outcomes(report)).toEqual(['generic_template', 'generic_template', 'text']);
  });

  it('cards 11+ go ten to a carousel, in the keys as the request spells them', () => {
    const doc = one({ Carousel: { CARDS: cards(25) }, tag: 'HUMAN_AGENT' });
    const { fix, after } = apply(doc, 'carousel/too-many-cards', 'Move cards 11–25 into 2 new carousel items after it');
    expect(fix.ops.filter((op) => op.kind === 'remove')).toHaveLength(15);
    expect(items(after).map((it) => (getAt(it, '/Carousel/CARDS') as Json[]).map((c) => c.header))).toEqual([
      cards(10).map((c) => c.header),
      cards(20).slice(10).map((c) => c.header),
      cards(25).slice(20).map((c) => c.header),
    ]);
    expect(items(after).map((it) => it.tag)).toEqual(['HUMAN_AGENT', 'HUMAN_AGENT', 'HUMAN_AGENT']);
  });

  it('in a JSON text (the JSON editor, check --fix), the cards that stay keep their bytes', () => {
    const doc = one(carousel(...cards(11)));
    const text = JSON.stringify(doc, null, 3).replace('"Card 1"', '"Card 1"   ');
    const fix = fixesOfCode(doc, 'carousel/too-many-cards').find((f) => f.title.startsWith('Move'))!;
    const edited = editsText(text, fix.ops)!;
    expect(JSON.parse(edited)).toEqual(applyEdits(doc, fix.ops));
    const kept = text.slice(text.indexOf('"carousel"'), text.indexOf('"Card 10"'));
    expect(edited).toContain(kept);
  });

  it('or the cards past the tenth go', () => {
    const { after } = apply(one(carousel(...cards(13))), 'carousel/too-many-cards', 'Remove cards 11–13');
    expect(getAt(after, `${ITEM(0)}/carousel/cards`)).toEqual(cards(10));
  });
});

describe('more than 3 suggestions on a template', () => {
  const five = [reply('One', 'ONE'), reply('Two', 'TWO'), openUrl(), reply('Four', 'FOUR'), openUrl('Site')];

  it('generic: keep the first 3 as buttons', () => {
    const doc = one({ header: 'Pick', media: png(), suggestions: five });
    const { after, report } = apply(doc, 'generic/buttons-overflow', 'Keep the first 3 as buttons');
    expect(getAt(after, `${ITEM(0)}/suggestions`)).toEqual(five.slice(0, 3));
    expect(report.messages[0]!.items[0]!.buttons).toBe(3);
    expect(report.valid).toBe(true);
  });

  it('generic: or the rest become quick replies of a new text item; what cannot be one goes, and the title says so', () => {
    const doc = one({ header: 'Pick', media: png(), suggestions: five });
    const { fix, after, report } = apply(
      doc,
      'generic/buttons-overflow',
      'Move the rest into a new text item as quick replies and remove the 1 that is not a Reply (only a Reply can be a quick reply)',
    );
    expect(fix.target).toBe(ITEM(1));
    expect(items(after)[1]).toEqual({ text: QUICK_REPLIES_TEXT, suggestions: [reply('Four', 'FOUR')] });
    expect(outcomes(report)).toEqual(['generic_template', 'text']);
    expect(report.messages[0]!.items.map((it) => [it.buttons, it.quickReplies])).toEqual([
      [3, 0],
      [0, 1],
    ]);
    expect(report.valid).toBe(true);
  });

  it('a card of a carousel: its own suggestions', () => {
    const doc = one(carousel({ ...card(1), suggestions: replies(5) }, card(2)));
    const path = `${ITEM(0)}/carousel/cards/0`;
    const titles = fixesOfCode(doc, 'generic/buttons-overflow', path).map((f) => f.title);
    expect(titles).toEqual(['Keep the first 3 as buttons', 'Move the rest into a new text item as quick replies']);
    const { after, report } = apply(doc, 'generic/buttons-overflow', 'Move the rest into a new text item as quick replies');
    expect(getAt(after, `${path}/suggestions`)).toEqual(replies(3));
    expect(items(after)[1]!.suggestions).toEqual(replies(5).slice(3));
    expect(report.messages[0]!.items[0]!.elementButtons).toEqual([3, 0]);
  });

  it('nothing to move when none of the rest can be a quick reply', () => {
    const doc = one({ header: 'Pick', media: png(), suggestions: [...replies(3), openUrl(), openUrl('Other')] });
    expect(fixesOfCode(doc, 'generic/buttons-overflow').map((f) => f.title)).toEqual(['Keep the first 3 as buttons']);
  });

  it('button template: the same two fixes', () => {
    const doc = one({ header: 'What next?', suggestions: replies(5) });
    const kept = apply(doc, 'button-template/no-buttons', 'Keep the first 3 as buttons');
    expect(kept.report.messages[0]!.items[0]!.buttons).toBe(3);
    const moved = apply(doc, 'button-template/no-buttons', 'Move the rest into a new text item as quick replies');
    expect(outcomes(moved.report)).toEqual(['button_template', 'text']);
    expect(moved.report.valid).toBe(true);
  });
});

describe('suggestions/message-level', () => {
  it('move into the last item, and the richContent key goes', () => {
    const m = msg([{ text: 'First' }, { text: 'Pick one', suggestions: [reply('A', 'A')] }]);
    (m.richContent as Json).suggestions = [reply('B', 'B'), reply('C', 'C')];
    const { fix, after, report } = apply(request(m), 'suggestions/message-level', 'Move into the last item');
    // The first suggestion moved: the designer selects it.
    expect(fix.target).toBe(`${ITEM(1)}/suggestions/1`);
    expect(getAt(after, `${ITEM(1)}/suggestions`)).toEqual([reply('A', 'A'), reply('B', 'B'), reply('C', 'C')]);
    expect(Object.keys(getAt(after, '/messages/msg/0/richContent') as Json)).toEqual(['conversation']);
    expect(report.messages[0]!.items[1]!.quickReplies).toBe(3);
  });
  it('not offered where the suggestions would break a rule there (a link as a quick reply)', () => {
    const m = msg([{ text: 'Pick one' }]);
    (m.richContent as Json).suggestions = [openUrl()];
    expect(fixesOfCode(request(m), 'suggestions/message-level')).toEqual([]);
  });
});

describe('matrix/not-supported: text, media and suggestions without a header', () => {
  const tms = (text: string) => one({ text, media: png(), suggestions: replies(2) });

  it('the first sentence becomes the header, the rest stays the text: a generic template', () => {
    const { fix, after, report } = apply(tms('Summer sale! Everything half price.'), 'matrix/not-supported', 'Add a header: “Summer sale!”');
    expect(fix.target).toBe(`${ITEM(0)}/header`);
    expect(items(after)[0]).toMatchObject({ header: 'Summer sale!', text: 'Everything half price.' });
    expect(outcomes(report)).toEqual(['generic_template']);
    expect(report.valid).toBe(true);
  });
  it('a text of one sentence that fits becomes the header itself', () => {
    const { after } = apply(tms('Choose your size'), 'matrix/not-supported', /^Add a header/);
    expect(items(after)[0]!.header).toBe('Choose your size');
    expect(items(after)[0]!.text).toBeUndefined();
  });
  it('headerFromText: the first words within the limit when the first sentence does not fit', () => {
    expect(headerFromText('  Hello there. More', 80)).toBe('Hello there.');
    expect(headerFromText('word '.repeat(30), 20)).toBe('word word word word');
  });
  it('no header when the rest of the text would be too long for a subtitle', () => {
    const titles = fixesOfCode(tms('Short. ' + 'x'.repeat(LIMITS.genericSubtitleMax + 1)), 'matrix/not-supported').map((f) => f.title);
    expect(titles).toEqual(['Send the media as its own item before the text']);
  });
  it('the media as its own item before the text, which keeps the suggestions as quick replies', () => {
    const { after, report } = apply(tms('Pick a size'), 'matrix/not-supported', 'Send the media as its own item before the text');
    expect(items(after)).toEqual([{ media: png() }, { text: 'Pick a size', suggestions: replies(2) }]);
    expect(outcomes(report)).toEqual(['media', 'text']);
  });
});

describe("the item's copy beside its card or carousel", () => {
  it('card/duplicate-field: remove the item’s copy, or move it into a new item before', () => {
    const doc = one({ text: 'Mine', carousel: { cards: [{ header: 'Card', text: 'Card text', media: png() }] } });
    expect(apply(doc, 'card/duplicate-field', "Remove the item's copy").after).toEqual(one({ carousel: { cards: [{ header: 'Card', text: 'Card text', media: png() }] } }));
    const { after, report } = apply(doc, 'card/duplicate-field', 'Move it into a new item before the carousel');
    expect(items(after)[0]).toEqual({ text: 'Mine' });
    expect(outcomes(report)).toEqual(['text', 'generic_template']);
  });
  it('carousel/extra-content: a header goes before the carousel as a text item', () => {
    const doc = one({ header: 'Our picks', ...carousel(card(1), card(2)) });
    const titles = fixesOfCode(doc, 'carousel/extra-content').map((f) => f.title);
    expect(titles).toEqual(["Remove the item's header", 'Move it into a new text item before the carousel']);
    const { after, report } = apply(doc, 'carousel/extra-content', titles[1]!);
    expect(items(after)[0]).toEqual({ text: 'Our picks' });
    expect(outcomes(report)).toEqual(['text', 'generic_template']);
    expect(report.valid).toBe(true);
  });
});

describe('product/mixed: split into a product item and an item with the rest', () => {
  it('text beside products', () => {
    const doc = one({ text: 'Our shirts', suggestions: [viewProduct('A'), viewProduct('B')] });
    const { fix, after, report } = apply(doc, 'product/mixed', 'Split into a product item and an item with the rest');
    expect(fix.target).toBe(ITEM(1));
    expect(items(after)).toEqual([{ text: 'Our shirts', suggestions: [] }, { suggestions: [viewProduct('A'), viewProduct('B')] }]);
    expect(outcomes(report)).toEqual(['text', 'product_template']);
  });
  it('a carousel: product cards go whole, the other cards stay', () => {
    const doc = one(carousel(card(1), { suggestions: [viewProduct('A')] }, card(2), { suggestions: [viewProduct('B')] }));
    const { after, report } = apply(doc, 'product/mixed', /^Split/);
    expect(getAt(after, `${ITEM(0)}/carousel/cards`)).toEqual([card(1), card(2)]);
    expect(items(after)[1]).toEqual({ suggestions: [viewProduct('A'), viewProduct('B')] });
    expect(outcomes(report)).toEqual(['generic_template', 'product_template']);
  });
});

describe('mimeType from the extension, where the media stands', () => {
  it('no fix from the URI when the name is what disagrees', () => {
    const doc = one({ media: { mediaName: 'noext', mediaUri: 'https://x.test/a.png', mimeType: 'video/mp4' } });
    expect(fixesOfCode(doc, 'media/extension-mismatch')).toEqual([]);
  });
  it('not offered where the new type breaks the slot (an audio file as a generic image), offered where it does not', () => {
    const m = { mediaName: 'song.m4a', mediaUri: 'https://x.test/song.m4a', mimeType: 'image/png' };
    expect(fixesOfCode(one({ header: 'H', media: m }), 'media/extension-mismatch')).toEqual([]);
    expect(fixesOfCode(one({ media: m }), 'media/extension-mismatch').map((f) => f.title)).toEqual(['Set mimeType to audio/m4a (from .m4a)']);
  });
});

describe('Fix all of one kind', () => {
  it('fixes all 3 over-long labels in one go', () => {
    const doc = one({ text: 'Pick', suggestions: [reply('Show me every option!!'), reply('Another far too long label'), reply('Yet another long label!')] });
    expect(codes(check(doc)).filter((c) => c === 'suggestion/label-too-long')).toHaveLength(3);
    const subject: FixSubject<unknown> = { read: (d) => ({ doc: d, report: check(d) }), apply: (d, ops) => applyEdits(d, ops) };
    const { result, applied, refused } = applyFixes(doc, subject, (d) => d.code === 'suggestion/label-too-long');
    expect(applied).toHaveLength(3);
    expect(refused).toEqual([]);
    expect(codes(check(result))).not.toContain('suggestion/label-too-long');
    expect((getAt(result, `${ITEM(0)}/suggestions`) as Json[]).map((s) => codePoints(s.label as string) <= LIMITS.labelMax)).toEqual([true, true, true]);
  });
});
