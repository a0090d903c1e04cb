/**
 * Every limit error names the offending element (as the canvas names it: "Item 2",
 * "Card 3 of item 1", "Suggestion 4 of item 2") and says what to do about it.
 */
import { describe, expect, it } from 'vitest';
import { check, type Diagnostic } from '../../src/core';
import { elementName } from '../../src/core/names';
import { checkItems, msg, reply, replies, request } from './helpers';

const long = (n: number) => 'x'.repeat(n);
const product = (id: string) => ({ action: 'ViewProduct', product: { id } });
const card = (header: string, extra: Record<string, unknown> = {}) => ({ header, text: 'sub', suggestions: [reply()], ...extra });

function messageOf(diagnostics: readonly Diagnostic[], code: string): string {
  const d = diagnostics.find((x) => x.code === code);
  if (!d) throw new Error(`no ${code} in ${diagnostics.map((x) => x.code).join(', ')}`);
  return d.message;
}

describe('elementName', () => {
  it('names items, cards and suggestions 1-based, innermost first, as the canvas does', () => {
    const item = '/messages/msg/0/richContent/conversation/1';
    expect(elementName(item)).toBe('item 2');
    expect(elementName(`${item}/header`)).toBe('item 2');
    expect(elementName(`${item}/carousel/cards/2/header`)).toBe('card 3 of item 2');
    expect(elementName(`${item}/carousel/cards/2/suggestions/0/label`)).toBe('suggestion 1 of card 3 of item 2');
    expect(elementName(`${item}/suggestions/3`)).toBe('suggestion 4 of item 2');
    expect(elementName(`${item}/suggestions`)).toBe('item 2');
    // Keys in any letter case, as the channel takes them.
    expect(elementName('/messages/msg/0/RichContent/Conversation/0/Carousel/Cards/1')).toBe('card 2 of item 1');
  });

  it('names the msg entry only when it is not the first, or when nothing else is named', () => {
    expect(elementName('/messages/msg/1/richContent/conversation/0')).toBe('item 1 of message 2');
    expect(elementName('/messages/msg/0/body/content')).toBe('message 1');
    expect(elementName('')).toBe('');
  });
});

describe('limit errors name the element and the fix', () => {
  it('carousel/too-many-cards: which item, which card, remove or move', () => {
    const cards = Array.from({ length: 11 }, (_, k) => card(`Card ${k + 1}`));
    const r = checkItems({ text: 'first' }, { carousel: { cards } });
    expect(messageOf(r.diagnostics, 'carousel/too-many-cards')).toBe(
      'Item 2 has 11 cards; a Messenger carousel holds at most 10: card 11 is one too many. Remove it, or move it into a carousel of its own (a new item).',
    );
  });

  it('quick-replies/too-many: which item, which quick replies, remove or move', () => {
    const r = checkItems({ text: 'Choose', suggestions: replies(15) });
    expect(messageOf(r.diagnostics, 'quick-replies/too-many')).toBe(
      'Item 1 has 15 quick replies; Messenger allows at most 13 on one message: remove 2 (quick replies 14 to 15), or move them into an item of their own.',
    );
  });

  it('generic/header-too-long and generic/text-too-long: the card’s header or text, shorten by how much', () => {
    const r = checkItems({ carousel: { cards: [card('ok'), card(long(85), { text: long(81) })] } });
    expect(messageOf(r.diagnostics, 'generic/header-too-long')).toBe(
      'The header of card 2 of item 1 has 85 characters; a generic template title allows at most 80: shorten it by 5 characters.',
    );
    expect(messageOf(r.diagnostics, 'generic/text-too-long')).toBe(
      'The text of card 2 of item 1 has 81 characters; a generic template subtitle allows at most 80: shorten it by 1 character.',
    );
  });

  it('suggestion/label-too-long and postback-too-long: which suggestion of which card', () => {
    const r = checkItems({ carousel: { cards: [card('a'), card('b', { suggestions: [reply(), { action: 'Reply', label: long(24), postbackdata: long(1001) }] })] } });
    expect(messageOf(r.diagnostics, 'suggestion/label-too-long')).toBe(
      'The label of suggestion 2 of card 2 of item 1 has 24 characters; a button or quick-reply label allows at most 20: shorten it by 4 characters.',
    );
    expect(messageOf(r.diagnostics, 'suggestion/postback-too-long')).toMatch(/^The postbackdata of suggestion 2 of card 2 of item 1 has 1001 characters; .*shorten it by 1 character\.$/);
  });

  it('text/too-long, in an item and in the body of a message without rich content', () => {
    expect(messageOf(checkItems({ text: 'a' }, { text: long(2001) }).diagnostics, 'text/too-long')).toBe(
      'The text of item 2 has 2001 characters; a Messenger text message allows at most 2000: shorten it by 1 character.',
    );
    const plain = check(request(msg(), msg(undefined, { body: { content: long(2003) } })));
    expect(messageOf(plain.diagnostics, 'text/too-long')).toBe(
      'The body text of message 2 has 2003 characters; a Messenger text message allows at most 2000: shorten it by 3 characters.',
    );
  });

  it('button-template/header-too-long, optin/label-too-long, product/too-many, suggestion/phone-invalid', () => {
    const r = checkItems(
      { header: long(641), suggestions: [reply()] },
      { suggestions: [{ action: 'OptIn', label: long(66), postbackdata: 'P', optin: { frequency: 'DAILY', timezone: 'Europe/Amsterdam' } }] },
      { suggestions: Array.from({ length: 11 }, (_, k) => product(`p${k}`)) },
      { header: 'Call', suggestions: [{ action: 'Dial', label: 'Call', dial: { phoneNumber: '0612' } }] },
    );
    expect(messageOf(r.diagnostics, 'button-template/header-too-long')).toBe(
      'The header of item 1 has 641 characters; a button template’s text allows at most 640: shorten it by 1 character.',
    );
    expect(messageOf(r.diagnostics, 'optin/label-too-long')).toMatch(/^The title \(label\) of suggestion 1 of item 2 has 66 characters; .* at most 65: shorten it by 1 character\.$/);
    expect(messageOf(r.diagnostics, 'product/too-many')).toBe(
      'Item 3 has 11 products; a product template holds at most 10: remove 1 (product 11), or move it into an item of its own.',
    );
    expect(messageOf(r.diagnostics, 'suggestion/phone-invalid')).toMatch(/^The phone number of suggestion 1 of item 4, "0612", must be \+ followed by 7 to 15 digits: write it with its country code/);
  });
});

describe('warnings about the number of suggestions name the element too', () => {
  it('generic/buttons-overflow on a card of a carousel, and button-template/no-buttons', () => {
    const four = [reply('a', 'A'), reply('b', 'B'), reply('c', 'C'), reply('d', 'D')];
    const r = checkItems({ carousel: { cards: [card('a'), card('b', { suggestions: four })] } }, { header: 'Pick', suggestions: four });
    expect(messageOf(r.diagnostics, 'generic/buttons-overflow')).toMatch(/^Card 2 of item 1 has 4 suggestions, more than 3: .*Keep at most 3 to send them as buttons\.$/);
    expect(messageOf(r.diagnostics, 'button-template/no-buttons')).toMatch(/^Item 2 has 4 suggestions: more than 3, .*Keep at most 3 suggestions to send them as buttons\.$/);
  });
});
