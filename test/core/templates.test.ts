/**
 * RULES.md 2, 2.3 and 3: text limits, the generic, button and media templates, single
 * cards, carousels and product templates.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/core';
import type { ItemReport, Report } from '../../src/core';
import {
  ITEM,
  MSG,
  PNG_URI,
  card,
  carousel,
  checkItems,
  cp,
  expectCode,
  expectErrors,
  expectNoCode,
  first,
  media,
  msg,
  png,
  replies,
  reply,
  request,
  viewProduct,
  withCode,
  type Json,
} from './helpers';

const CARDS = `${ITEM()}/carousel/cards`;
const payloadOf = (it: ItemReport) => (it.sends[0]!.message.attachment as { payload: Json }).payload;
const elementsOf = (it: ItemReport) => payloadOf(it).elements as Json[];
const FB_PNG = { mediaName: 'a.png', mediaUri: 'https://www.facebook.com/a.png', mimeType: 'image/png' };

describe('text/too-long', () => {
  it('2001 code points in a text item: error at the text; still a text message', () => {
    const r = checkItems({ text: cp(2001) });
    expectCode(r, 'text/too-long', `${ITEM()}/text`);
    expect(first(r)).toMatchObject({ outcome: 'text', sends: [expect.anything()] });
  });

  it('2000 code points (4000 UTF-16 units): clear', () => {
    const text = cp(2000);
    expect(text.length).toBe(4000);
    const r = checkItems({ text });
    expectNoCode(r, 'text/too-long');
    expectErrors(r);
  });

  it('also for body.content without rich content, for text with quick replies and for text and media', () => {
    expectCode(check(request(msg(undefined, { body: { content: cp(2001, 'a') } }))), 'text/too-long', `${MSG()}/body/content`);
    expectNoCode(check(request(msg(undefined, { body: { content: cp(2000) } }))), 'text/too-long');
    expectCode(checkItems({ text: cp(2001), suggestions: [reply()] }), 'text/too-long', `${ITEM()}/text`);
    expectCode(checkItems({ text: cp(2001), media: png() }), 'text/too-long', `${ITEM()}/text`);
  });

  it('a single card’s text is the text', () => {
    expectCode(checkItems(carousel({ text: cp(2001) })), 'text/too-long', `${CARDS}/0/text`);
  });
});

describe('generic/header-too-long', () => {
  it('a generic title of 81 code points: error at the header', () => {
    expectCode(checkItems({ header: cp(81), text: 'x' }), 'generic/header-too-long', `${ITEM()}/header`);
    expectCode(checkItems(carousel(card(1), { ...card(2), header: cp(81, 'a') })), 'generic/header-too-long', `${CARDS}/1/header`);
  });

  it('80 code points: clear', () => {
    const r = checkItems({ header: cp(80), text: 'x' });
    expectNoCode(r, 'generic/header-too-long');
    expectErrors(r);
  });
});

describe('generic/text-too-long', () => {
  it('a generic subtitle of 81 code points: error at the text', () => {
    expectCode(checkItems({ header: 'H', text: cp(81) }), 'generic/text-too-long', `${ITEM()}/text`);
    expectCode(checkItems(carousel(card(1), { ...card(2), text: cp(81) })), 'generic/text-too-long', `${CARDS}/1/text`);
  });

  it('80 code points: clear', () => {
    expectNoCode(checkItems({ header: 'H', text: cp(80) }), 'generic/text-too-long');
  });
});

describe('generic/needs-more-than-header', () => {
  it('a header alone: a generic template with only a title, error at the item', () => {
    const r = checkItems({ header: 'Only a title' });
    expect(first(r)).toMatchObject({ outcome: 'generic_template', matrixRow: 1 });
    expect(elementsOf(first(r))).toEqual([{ title: 'Only a title' }]);
    expectCode(r, 'generic/needs-more-than-header', ITEM());
  });

  it('an image without mediaUri is not sent, so it does not count', () => {
    const r = checkItems({ header: 'Title', media: { mediaName: 'cm.png', mimeType: 'image/png' } });
    expect(elementsOf(first(r))).toEqual([{ title: 'Title' }]);
    expectCode(r, 'generic/needs-more-than-header', ITEM());
    expectCode(r, 'media/uri-missing');
  });

  it('a single card’s element: the error is at the card', () => {
    expectCode(checkItems(carousel({ header: 'Only a title' })), 'generic/needs-more-than-header', `${CARDS}/0`);
  });

  it('stays clear with a subtitle, an image or a button beside the title', () => {
    for (const item of [{ header: 'H', text: 'x' }, { header: 'H', media: png() }, { header: 'H', media: png(), suggestions: [reply()] }])
      expectNoCode(checkItems(item), 'generic/needs-more-than-header');
  });
});

describe('generic/media-not-image', () => {
  it.each([
    ['a video', media('clip.mp4', 'video/mp4')],
    ['a document', media('doc.pdf', 'application/pdf')],
    ['an image that is not png, jpeg or gif', media('pic.webp', 'image/webp')],
    ['a video judged by its extension', media('clip.mov', undefined)],
  ])('%s in a generic template: error at the media', (_name, m) => {
    expectCode(checkItems({ header: 'H', text: 'x', media: m }), 'generic/media-not-image', `${ITEM()}/media`);
  });

  it.each([
    ['png', media('a.png', 'image/png')],
    ['jpeg', media('a.jpg', 'image/jpeg')],
    ['image/jpg', media('a.jpeg', 'image/jpg')],
    ['gif', media('a.gif', 'image/gif')],
    ['a png judged by its extension', media('a.png', undefined)],
  ])('%s: clear', (_name, m) => {
    expectNoCode(checkItems({ header: 'H', text: 'x', media: m }), 'generic/media-not-image');
  });
});

describe('button-template/header-too-long', () => {
  it('a button template text of 641 code points: error at the header', () => {
    const r = checkItems({ header: cp(641), suggestions: [reply()] });
    expect(first(r).outcome).toBe('button_template');
    expectCode(r, 'button-template/header-too-long', `${ITEM()}/header`);
  });

  it('640 code points: clear (the generic 80 does not apply)', () => {
    const r = checkItems({ header: cp(640), suggestions: [reply()] });
    expectErrors(r);
    expect(payloadOf(first(r)).text).toBe(cp(640));
  });
});

describe('button-template/no-buttons', () => {
  it('4 suggestions: a warning at the suggestions; all go as quick replies, the template has no buttons', () => {
    const r = checkItems({ header: 'Choose', suggestions: replies(4) });
    expect(expectCode(r, 'button-template/no-buttons', `${ITEM()}/suggestions`).severity).toBe('warning');
    expect(payloadOf(first(r))).toEqual({ template_type: 'button', text: 'Choose', buttons: [] });
    expect(first(r).sends[0]!.message.quick_replies).toHaveLength(4);
  });

  it('3 suggestions: clear', () => {
    expectNoCode(checkItems({ header: 'Choose', suggestions: replies(3) }), 'button-template/no-buttons');
  });
});

describe('button-template/empty', () => {
  const unsupported = (k: number): Json => ({ action: 'ViewLocation', label: `Where ${k}` });

  it.each([1, 2, 3])('%i suggestions, none of which can be a button: error at the item; still a button template with no buttons', (n) => {
    const r = checkItems({ header: 'Choose', suggestions: Array.from({ length: n }, (_x, k) => unsupported(k)) });
    expect(first(r)).toMatchObject({ outcome: 'button_template', suggestionsAs: 'none', buttons: 0, quickReplies: 0 });
    expect(payloadOf(first(r))).toEqual({ template_type: 'button', text: 'Choose', buttons: [] });
    expect(expectCode(r, 'button-template/empty', ITEM()).severity).toBe('error');
    expectErrors(r, 'button-template/empty', 'suggestion/unsupported-action');
  });

  it('a suggestion without an action cannot be a button either', () => {
    expectCode(checkItems({ header: 'Choose', suggestions: [{ label: 'No action' }] }), 'button-template/empty', ITEM());
  });

  it('on the single card when the suggestions all stand there; at the item when any stand on the item', () => {
    expectCode(checkItems(carousel({ header: 'Choose', suggestions: [unsupported(1)] })), 'button-template/empty', `${CARDS}/0`);
    expectCode(checkItems({ suggestions: [unsupported(1)], ...carousel({ header: 'Choose' }) }), 'button-template/empty', ITEM());
    expectCode(
      checkItems({ suggestions: [unsupported(1)], ...carousel({ header: 'Choose', suggestions: [unsupported(2)] }) }),
      'button-template/empty',
      ITEM(),
    );
  });

  it('stays clear with one button among unsupported ones', () => {
    const r = checkItems({ header: 'Choose', suggestions: [unsupported(1), unsupported(2), reply()] });
    expectNoCode(r, 'button-template/empty');
    expect(first(r).buttons).toBe(1);
  });

  it('4 unsupported suggestions: no buttons anyway, which button-template/no-buttons says instead', () => {
    const r = checkItems({ header: 'Choose', suggestions: [1, 2, 3, 4].map(unsupported) });
    expectNoCode(r, 'button-template/empty');
    expectCode(r, 'button-template/no-buttons', `${ITEM()}/suggestions`);
  });

  it('concerns only the button template: a generic element with only unsupported suggestions is not it', () => {
    expectNoCode(checkItems({ header: 'H', text: 'x', suggestions: [unsupported(1)] }), 'button-template/empty');
  });
});

describe('generic/buttons-overflow', () => {
  it('4 suggestions on a single generic template: a warning at the item; no buttons, all Replies go as quick replies', () => {
    const r = checkItems({ header: 'H', text: 'x', media: png(), suggestions: replies(4) });
    expect(expectCode(r, 'generic/buttons-overflow', ITEM()).severity).toBe('warning');
    expect(first(r)).toMatchObject({ outcome: 'generic_template', suggestionsAs: 'quick_replies', buttons: 0, quickReplies: 4 });
    expect(elementsOf(first(r))[0]!.buttons).toBeUndefined();
    expectErrors(r);
  });

  it('at the item also when the suggestions stand on its single card', () => {
    const r = checkItems(carousel({ ...card(1), suggestions: replies(4) }));
    expectCode(r, 'generic/buttons-overflow', ITEM());
    expect(withCode(r, 'generic/buttons-overflow')).toHaveLength(1);
  });

  it('at the card in a carousel of 2 or more cards, once per overflowing card', () => {
    const r = checkItems(carousel({ ...card(1), suggestions: replies(4) }, { ...card(2), suggestions: replies(3) }, { ...card(3), suggestions: replies(5) }));
    expectCode(r, 'generic/buttons-overflow', `${CARDS}/0`);
    expectCode(r, 'generic/buttons-overflow', `${CARDS}/2`);
    expect(withCode(r, 'generic/buttons-overflow')).toHaveLength(2);
    expect(first(r)).toMatchObject({ buttons: 3, quickReplies: 9 });
  });

  it('every suggestion counts toward the 3, supported or not', () => {
    expectCode(checkItems({ header: 'H', text: 'x', suggestions: [...replies(3), { action: 'ViewLocation' }] }), 'generic/buttons-overflow', ITEM());
  });

  it('3 suggestions: clear, they go as buttons', () => {
    const r = checkItems({ header: 'H', text: 'x', suggestions: replies(3) });
    expectNoCode(r, 'generic/buttons-overflow');
    expect(first(r).buttons).toBe(3);
    expectNoCode(checkItems(carousel({ ...card(1), suggestions: replies(3) }, card(2))), 'generic/buttons-overflow');
  });

  it('the button template’s overflow is button-template/no-buttons, not this', () => {
    expectNoCode(checkItems({ header: 'Choose', suggestions: replies(4) }), 'generic/buttons-overflow');
  });
});

describe('media-template/media-type', () => {
  it.each([
    ['audio', media('song.m4a', 'audio/m4a')],
    ['a document', media('doc.pdf', 'application/pdf')],
  ])('%s in a media template: error at the media', (_name, m) => {
    const r = checkItems({ media: { ...m, mediaUri: 'https://www.facebook.com/x' }, suggestions: [reply()] });
    expect(first(r).outcome).toBe('media_template');
    expectCode(r, 'media-template/media-type', `${ITEM()}/media`);
  });

  it('an image or a video: clear, with media_type image or video', () => {
    const video = checkItems({ media: { ...media('clip.mp4', 'video/mp4'), mediaUri: 'https://www.facebook.com/v.mp4' }, suggestions: [reply()] });
    expectNoCode(video, 'media-template/media-type');
    expect(elementsOf(first(video))[0]).toMatchObject({ media_type: 'video', url: 'https://www.facebook.com/v.mp4' });
    const image = checkItems({ media: FB_PNG, suggestions: [reply()] });
    expectErrors(image);
    expect(elementsOf(first(image))[0]).toMatchObject({ media_type: 'image' });
  });
});

describe('media-template/facebook-url', () => {
  it('a media template URL not on facebook.com: an info at the mediaUri', () => {
    const r = checkItems({ media: png(), suggestions: [reply()] });
    expect(expectCode(r, 'media-template/facebook-url', `${ITEM()}/media/mediaUri`).severity).toBe('info');
    expectCode(checkItems({ media: png('https://facebook.com.example.org/a.png'), suggestions: [reply()] }), 'media-template/facebook-url');
  });

  it('stays clear on facebook.com and its subdomains; other templates are not concerned', () => {
    expectNoCode(checkItems({ media: FB_PNG, suggestions: [reply()] }), 'media-template/facebook-url');
    expectNoCode(checkItems({ media: png('https://facebook.com/a.png'), suggestions: [reply()] }), 'media-template/facebook-url');
    expectNoCode(checkItems({ media: png() }), 'media-template/facebook-url');
  });
});

describe('card/duplicate-field', () => {
  it('the item and its single card both have text, header or media: the card’s value is sent, a warning at the item’s field', () => {
    const r = checkItems({
      text: 'item text',
      header: 'item header',
      media: media('item.png', 'image/png'),
      carousel: { cards: [{ text: 'card text', header: 'card header', media: png() }] },
    });
    for (const key of ['text', 'header', 'media'])
      expect(expectCode(r, 'card/duplicate-field', `${ITEM()}/${key}`).severity).toBe('warning');
    expect(elementsOf(first(r))).toEqual([{ title: 'card header', subtitle: 'card text', image_url: PNG_URI }]);
  });

  it('stays clear when the item and its card hold different fields (they combine)', () => {
    const r = checkItems({ text: 'item text', carousel: { cards: [{ header: 'card header' }] } });
    expectNoCode(r, 'card/duplicate-field');
    expect(elementsOf(first(r))).toEqual([{ title: 'card header', subtitle: 'item text' }]);
  });

  it('suggestions are not duplicates: the card’s come first, then the item’s', () => {
    const r = checkItems({ header: 'H', suggestions: [reply('item', 'I')], carousel: { cards: [{ suggestions: [reply('card', 'C')] }] } });
    expectNoCode(r, 'card/duplicate-field');
    expect(payloadOf(first(r)).buttons).toEqual([
      { type: 'postback', title: 'card', payload: 'C' },
      { type: 'postback', title: 'item', payload: 'I' },
    ]);
  });
});

describe('carousel/too-many-cards', () => {
  const cards = (n: number) => Array.from({ length: n }, (_c, k) => card(k + 1));

  it('11 cards: error at the cards; still a generic template with 11 elements', () => {
    const r = checkItems(carousel(...cards(11)));
    expectCode(r, 'carousel/too-many-cards', CARDS);
    expect(elementsOf(first(r))).toHaveLength(11);
  });

  it('10 cards: clear', () => {
    const r = checkItems(carousel(...cards(10)));
    expectErrors(r);
    expect(first(r)).toMatchObject({ outcome: 'generic_template', cards: 10, decidedBy: 'carousel', matrixRow: null });
  });
});

describe('card/header-missing', () => {
  it('a card of a carousel without header: error at the card', () => {
    const r = checkItems(carousel(card(1), { text: 'no title', media: png() }));
    expectCode(r, 'card/header-missing', `${CARDS}/1`);
    expectNoCode(r, 'generic/needs-more-than-header');
  });

  it('an empty card gets both card/header-missing and generic/needs-more-than-header', () => {
    const r = checkItems(carousel(card(1), {}));
    expectCode(r, 'card/header-missing', `${CARDS}/1`);
    expectCode(r, 'generic/needs-more-than-header', `${CARDS}/1`);
  });

  it('a header and nothing else that is sent: only generic/needs-more-than-header', () => {
    const r = checkItems(carousel(card(1), { header: 'Two', media: { mediaName: 'a.png', mimeType: 'image/png' } }));
    expectNoCode(r, 'card/header-missing');
    expectCode(r, 'generic/needs-more-than-header', `${CARDS}/1`);
  });

  it('stays clear when every card has a header, and for a single card without one', () => {
    expectNoCode(checkItems(carousel(card(1), card(2))), 'card/header-missing');
    expectNoCode(checkItems(carousel({ media: FB_PNG, suggestions: [reply()] })), 'card/header-missing');
  });
});

describe('carousel/extra-content', () => {
  it('item-level text, header and media beside 2+ cards: a warning each; they are not sent', () => {
    const r = checkItems({ text: 'extra', header: 'extra', media: png(), ...carousel(card(1), card(2)) });
    for (const key of ['text', 'header', 'media'])
      expect(expectCode(r, 'carousel/extra-content', `${ITEM()}/${key}`).severity).toBe('warning');
    expect(first(r).sends).toHaveLength(1);
    expect(elementsOf(first(r)).map((e) => e.title)).toEqual(['Card 1', 'Card 2']);
    expect(JSON.stringify(first(r).sends)).not.toContain('extra');
  });

  it('stays clear beside a single card (the card and the item combine)', () => {
    expectNoCode(checkItems({ text: 'x', ...carousel({ header: 'H' }) }), 'carousel/extra-content');
  });
});

describe('carousels (RULES.md 2.3)', () => {
  it('one element per card, in card order, each with its own buttons', () => {
    const r = checkItems(carousel({ ...card(1), suggestions: [reply('One', '1')] }, card(2), { header: 'Card 3', suggestions: replies(3) }));
    expect(first(r)).toMatchObject({ outcome: 'generic_template', suggestionsAs: 'buttons', buttons: 4, cards: 3 });
    expect(elementsOf(first(r)).map((e) => [e.title, (e.buttons as unknown[] | undefined)?.length ?? 0])).toEqual([
      ['Card 1', 1],
      ['Card 2', 0],
      ['Card 3', 3],
    ]);
  });

  it('item-level suggestions become quick replies, after the cards’ overflow', () => {
    const r = checkItems({
      suggestions: [reply('Item', 'ITEM')],
      ...carousel(
        { ...card(1), suggestions: [reply('A1', 'a1'), reply('A2', 'a2'), reply('A3', 'a3'), reply('A4', 'a4')] },
        { ...card(2), suggestions: [reply('B1', 'b1')] },
      ),
    });
    expect(first(r)).toMatchObject({ suggestionsAs: 'buttons', buttons: 1, quickReplies: 5 });
    expect((first(r).sends[0]!.message.quick_replies as Json[]).map((q) => q.title)).toEqual(['A1', 'A2', 'A3', 'A4', 'Item']);
    expect(elementsOf(first(r))[0]!.buttons).toBeUndefined();
    expect(elementsOf(first(r))[1]!.buttons).toEqual([{ type: 'postback', title: 'B1', payload: 'b1' }]);
  });

  it('counts the overflow of all cards and the item toward quick-replies/too-many', () => {
    const r = checkItems({ suggestions: replies(6), ...carousel({ ...card(1), suggestions: replies(4) }, { ...card(2), suggestions: replies(4) }) });
    expect(first(r).quickReplies).toBe(14);
    expectCode(r, 'quick-replies/too-many', ITEM());
  });
});

describe('product/mixed', () => {
  it('ViewProduct beside another action: not_supported, error at the item', () => {
    const r = checkItems({ suggestions: [viewProduct(), reply()] });
    expect(first(r)).toMatchObject({ outcome: 'not_supported', sends: [] });
    expectCode(r, 'product/mixed', ITEM());
  });

  it.each([
    ['text', { text: 'x' }],
    ['a header', { header: 'x' }],
    ['media', { media: png() }],
  ])('ViewProduct beside %s: not_supported', (_name, extra) => {
    const r = checkItems({ ...extra, suggestions: [viewProduct()] });
    expect(first(r).outcome).toBe('not_supported');
    expectCode(r, 'product/mixed', ITEM());
  });

  it('in a carousel: a card with a header, a card with another action, or item-level suggestions beside product cards', () => {
    const products = (id: string) => ({ suggestions: [viewProduct(id)] });
    for (const item of [
      carousel(products('a'), { header: 'H', ...products('b') }),
      carousel(products('a'), { suggestions: [viewProduct('b'), reply()] }),
      carousel(products('a'), card(2)),
      { suggestions: [reply()], ...carousel(products('a'), products('b')) },
      { suggestions: [viewProduct('c')], ...carousel(card(1), card(2)) },
    ]) {
      const r = checkItems(item);
      expect(first(r)).toMatchObject({ outcome: 'not_supported', sends: [] });
      expectCode(r, 'product/mixed', ITEM());
    }
  });

  it('stays clear for ViewProduct alone', () => {
    expectNoCode(checkItems({ suggestions: [viewProduct()] }), 'product/mixed');
  });
});

describe('product_template', () => {
  it('a carousel whose cards hold only ViewProduct: every product in card order', () => {
    const r = checkItems(carousel({ suggestions: [viewProduct('a'), viewProduct('b')] }, { suggestions: [viewProduct('c')] }));
    expect(first(r)).toMatchObject({ outcome: 'product_template', suggestionsAs: 'products', decidedBy: 'carousel', cards: 2 });
    expect(payloadOf(first(r))).toEqual({ template_type: 'product', elements: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] });
    expectErrors(r);
  });
});

describe('product/beta', () => {
  it('every product template: an info at the item, single or carousel', () => {
    const single = checkItems({ suggestions: [viewProduct('a')] });
    expect(expectCode(single, 'product/beta', ITEM()).severity).toBe('info');
    expectErrors(single);
    expectCode(checkItems(carousel({ suggestions: [viewProduct('a')] }, { suggestions: [viewProduct('b')] })), 'product/beta', ITEM());
  });

  it('also for a product template that breaks a limit', () => {
    expectCode(checkItems({ suggestions: Array.from({ length: 11 }, (_p, k) => viewProduct(`p${k}`)) }), 'product/beta', ITEM());
  });

  it('not for ViewProduct that is not_supported (product/mixed), nor for other outcomes', () => {
    expectNoCode(checkItems({ suggestions: [viewProduct(), reply()] }), 'product/beta');
    expectNoCode(checkItems({ text: 'x', suggestions: [reply()] }), 'product/beta');
  });
});

describe('product/too-many', () => {
  const products = (n: number) => Array.from({ length: n }, (_p, k) => viewProduct(`p${k + 1}`));

  it('11 products in suggestions: error at the suggestions; still a product template', () => {
    const r = checkItems({ suggestions: products(11) });
    expectCode(r, 'product/too-many', `${ITEM()}/suggestions`);
    expect(elementsOf(first(r))).toHaveLength(11);
  });

  it('11 products over the cards of a carousel: error at the cards', () => {
    const r = checkItems(carousel({ suggestions: products(6) }, { suggestions: products(5) }));
    expectCode(r, 'product/too-many', CARDS);
  });

  it('10 products: clear', () => {
    expectNoCode(checkItems({ suggestions: products(10) }), 'product/too-many');
    expectNoCode(checkItems(carousel({ suggestions: products(5) }, { suggestions: products(5) })), 'product/too-many');
  });
});

describe('product/id-missing', () => {
  it('ViewProduct without product.id: error at product (or the suggestion without product)', () => {
    const r = checkItems({ suggestions: [viewProduct('a'), { action: 'ViewProduct', product: {} }, { action: 'ViewProduct' }] });
    expectCode(r, 'product/id-missing', `${ITEM()}/suggestions/1/product`);
    expectCode(r, 'product/id-missing', `${ITEM()}/suggestions/2`);
    expect(elementsOf(first(r))).toEqual([{ id: 'a' }]);
  });

  it('stays clear with an id', () => {
    expectNoCode(checkItems({ suggestions: [viewProduct('a')] }), 'product/id-missing');
  });
});

describe('matrix/not-supported', () => {
  it('an item with nothing in it', () => {
    const r: Report = checkItems({});
    expect(expectCode(r, 'matrix/not-supported', ITEM()).severity).toBe('error');
    expect(first(r)).toMatchObject({ outcome: 'not_supported', sends: [] });
  });

  it('text, media and suggestions without a header', () => {
    expectCode(checkItems({ text: 'x', media: png(), suggestions: [reply()] }), 'matrix/not-supported', ITEM());
  });

  it('a more specific error may stand alone: product/mixed is not doubled', () => {
    const r = checkItems({ suggestions: [viewProduct(), reply()] });
    expect(withCode(r, 'matrix/not-supported')).toEqual([]);
  });

  it('stays clear once a header is added', () => {
    expectNoCode(checkItems({ text: 'x', media: png(), suggestions: [reply()], header: 'H' }), 'matrix/not-supported');
  });
});
