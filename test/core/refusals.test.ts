/**
 * Which Send API messages a simulated send reports as failed (core/refusals.ts): the
 * errors Messenger refuses, a retired tag (a warning Messenger answers with error 100),
 * and the marketing messages beyond the first per token per day.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/core';
import { sendOutcomes } from '../../src/core/refusals';
import { card, carousel, msg, reply, request, type Json } from './helpers';

function outcomes(conversation: unknown[], extra: Json = {}) {
  const report = check(request(msg(conversation, extra)));
  return sendOutcomes(report.messages[0]!, report.diagnostics);
}
const refusedCodes = (list: ReturnType<typeof outcomes>) => list.map((o) => o.refused?.code ?? null);

describe('sendOutcomes', () => {
  it('delivers every message of a design without problems, in send order', () => {
    const list = outcomes([{ text: 'Hello' }, { text: 'Pick one', media: { mediaName: 'a.png', mediaUri: 'https://x.example/a.png', mimeType: 'image/png' } }]);
    expect(list.map((o) => [o.item, o.send])).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
    ]);
    expect(refusedCodes(list)).toEqual([null, null, null]);
  });

  it('fails the messages of an item with a retired tag, naming tag/retired-by-meta', () => {
    const list = outcomes([{ text: 'Your order shipped', tag: 'POST_PURCHASE_UPDATE' }, { text: 'Thanks' }]);
    expect(refusedCodes(list)).toEqual(['tag/retired-by-meta', null]);
    expect(list[0]!.refused!.message).toMatch(/retired by Meta/);
  });

  it('fails an 11-card carousel with carousel/too-many-cards', () => {
    const cards = Array.from({ length: 11 }, (_, k) => card(k + 1));
    expect(refusedCodes(outcomes([carousel(...cards)]))).toEqual(['carousel/too-many-cards']);
  });

  it('fails the message whose suggestion label is over 20 characters', () => {
    const list = outcomes([{ text: 'Hi' }, { text: 'Pick', suggestions: [reply('A label of 21 letters', 'X')] }]);
    expect(refusedCodes(list)).toEqual([null, 'suggestion/label-too-long']);
  });

  it('delivers the first marketing message to a token and fails the later ones with notification/one-per-day', () => {
    const sale = (text: string) => ({ text, tag: 'NOTIFICATION_MESSAGE' });
    const list = outcomes([sale('Sale today'), sale('And tomorrow')]);
    expect(refusedCodes(list)).toEqual([null, 'notification/one-per-day']);
  });

  it('delivers only the first message of a marketing item that makes two', () => {
    const list = outcomes([{ text: 'Sale', media: { mediaName: 'a.png', mediaUri: 'https://x.example/a.png', mimeType: 'image/png' }, tag: 'NOTIFICATION_MESSAGE' }]);
    expect(refusedCodes(list)).toEqual([null, 'notification/one-per-day']);
  });
});
