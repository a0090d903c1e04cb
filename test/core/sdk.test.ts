/**
 * Requests built with CM's own Node SDK, `@cmdotcom/text-sdk` 2.0.0 (RULES.md 4 was found
 * this way), checked as the API would receive them: the SDK builds and serializes the
 * request and posts it with axios; axios's adapter is replaced by one that only captures
 * the body, so nothing leaves the machine.
 *
 * What the SDK writes, as these tests pin it down: `authentication.productToken`, `body.type`
 * "AUTO", `customGrouping3` "text-sdk-javascript" on the msg entry, camelCase media keys
 * (`mediaName`, `mediaUri`, `mimeType`) and `postbackdata` in lower case, actions exactly as
 * given (its README writes `openUrl`), and message-level suggestions at `richContent.suggestions`
 * (`setSuggestion`).
 *
 * What the SDK cannot express: its serializer keeps only the fields of its swagger models and
 * drops every other key, so a request built with it has no item `tag` (no HUMAN_AGENT, no
 * NOTIFICATION_MESSAGE: the marketing-message rules cannot be reached), no `product.id` on a
 * ViewProduct suggestion (every product template is `product/id-missing`), and no `optin`
 * settings on an optin suggestion (`optin/frequency-invalid`, DAILY being required). It also
 * writes one msg entry per request, and `carousel.cardWidth` is a number (its enum).
 */
import { describe, expect, it } from 'vitest';
import { check, checkText } from '../../src/core';
import type { ItemReport, Report } from '../../src/core';
import type { Message, RichMessage, Suggestion } from '@cmdotcom/text-sdk';
import { MessageApiClient, sdkRequestText } from '../sdk';
import { codes, errors, expectCode, expectErrors, expectNoCode, withCode, type Json } from './helpers';

const TOKEN = '00000000-0000-0000-0000-000000000000';
const PSID = 'Recipients PSID';
const PAGE = 'Your Page ID';
const MSG0 = '/messages/msg/0';
const ITEM = (j = 0) => `${MSG0}/richContent/conversation/${j}`;

/** Sends a message built with the SDK and returns the JSON text it would have posted (test/sdk.ts: nothing is sent). */
const postedText = sdkRequestText;

/** A Messenger message built with the SDK: these items, message-level suggestions when given. */
function messenger(conversation?: RichMessage[], suggestions?: Suggestion[]): Message {
  let m = new MessageApiClient(TOKEN).createMessage().setMessage([PSID], PAGE, 'Fallback Text').setAllowedChannels(['Facebook Messenger']);
  if (conversation) m = m.setConversation(conversation);
  if (suggestions) m = m.setSuggestion(suggestions);
  return m;
}

interface Checked {
  body: Json;
  report: Report;
  items: ItemReport[];
}

/** Posts a message built with the SDK and checks the body it posted, as JSON and as text. */
async function checked(message: Message | (() => Promise<unknown>)): Promise<Checked> {
  const text = await postedText(typeof message === 'function' ? message : () => message.send());
  const body = JSON.parse(text) as Json;
  const report = check(body);
  expect(checkText(text)).toEqual(report);
  return { body, report, items: report.messages[0]!.items };
}

const media = (mediaName: string, mimeType: string, mediaUri = `https://www.cm.com/media/${mediaName}`) => ({ mediaName, mediaUri, mimeType });
const reply = (label: string, postbackdata: string): Suggestion => ({ action: 'reply', label, postbackdata });
const openUrl = (label: string, url = 'https://www.cm.com/'): Suggestion => ({ action: 'openUrl', label, url });
const dial = (label: string, phoneNumber = '+31761234567'): Suggestion => ({ action: 'dial', label, dial: { phoneNumber } });
const attachmentOf = (it: ItemReport, k = 0) => it.sends[k]!.message.attachment as { type: string; payload: Json };

/** No field Messenger uses may be taken for an ignored one; `allowed` are the SDK's fields Messenger truly ignores. */
function expectNothingIgnoredBut(r: Report, ...allowed: string[]): void {
  expect(withCode(r, 'schema/ignored-field').map((d) => d.path)).toEqual(allowed);
}

describe('requests built with @cmdotcom/text-sdk 2.0.0', () => {
  it('the body the SDK posts: productToken, body type AUTO, customGrouping3, camelCase keys, suggestions at richContent level', async () => {
    const { body } = await checked(
      messenger([{ text: 'Hi', media: media('cm.png', 'image/png'), suggestions: [reply('Yes', 'YES')] }], [openUrl('Site')]),
    );
    expect(body).toEqual({
      messages: {
        authentication: { productToken: TOKEN },
        msg: [
          {
            from: PAGE,
            body: { content: 'Fallback Text', type: 'AUTO' },
            to: [{ number: PSID }],
            customGrouping3: 'text-sdk-javascript',
            allowedChannels: ['Facebook Messenger'],
            richContent: {
              conversation: [
                {
                  text: 'Hi',
                  media: { mediaName: 'cm.png', mediaUri: 'https://www.cm.com/media/cm.png', mimeType: 'image/png' },
                  suggestions: [{ action: 'reply', label: 'Yes', postbackdata: 'YES' }],
                },
              ],
              suggestions: [{ action: 'openUrl', label: 'Site', url: 'https://www.cm.com/' }],
            },
          },
        ],
      },
    });
  });

  describe('plain text', () => {
    it('sendTextMessage: body.content as a text message; no allowedChannels, so a channel warning', async () => {
      const { report, items } = await checked(() => new MessageApiClient(TOKEN).sendTextMessage([PSID], PAGE, 'Hello from the SDK'));
      expect(items.map((it) => [it.outcome, it.suggestionsAs])).toEqual([['text', 'none']]);
      expect(items[0]!.sends).toEqual([{ recipient: { id: PSID }, messaging_type: 'RESPONSE', message: { text: 'Hello from the SDK' } }]);
      expect(codes(report)).toEqual(['channel/messenger-not-allowed']);
      expectCode(report, 'channel/messenger-not-allowed', MSG0);
    });

    it('a text conversation item, with Facebook Messenger allowed: no diagnostic at all (productToken is the token)', async () => {
      const { report, items } = await checked(messenger([{ text: 'Hello' }]));
      expect(items[0]!.outcome).toBe('text');
      expect(report.diagnostics).toEqual([]);
    });
  });

  describe('media', () => {
    it.each([
      ['image', media('cm.png', 'image/png')],
      ['video', media('clip.mp4', 'video/mp4')],
      ['audio', media('song.m4a', 'audio/mp4')],
      ['file', media('terms.pdf', 'application/pdf')],
    ])('%s: a media message of that attachment type, no diagnostic', async (type, m) => {
      const { report, items } = await checked(messenger([{ media: m }]));
      expect(items[0]!.outcome).toBe('media');
      expect(attachmentOf(items[0]!)).toEqual({ type, payload: { url: m.mediaUri } });
      expect(report.diagnostics).toEqual([]);
    });

    it('the README’s media without a mimeType: typed by the name’s extension, .com, so sent as a file', async () => {
      const { report, items } = await checked(
        messenger([{ media: { mediaName: 'cm.com', mediaUri: 'https://avatars3.githubusercontent.com/u/8234794?s=200&v=4' } }]),
      );
      // The name "cm.com" has an extension (com), so it decides, not the URI; the URI's path /u/8234794 has none anyway.
      expect(attachmentOf(items[0]!).type).toBe('file');
      expectCode(report, 'media/mime-missing', `${ITEM()}/media`);
      expectErrors(report);
    });

    it('text and media: the text, then the media', async () => {
      const { report, items } = await checked(messenger([{ text: 'Our logo!', media: media('cm.png', 'image/png') }]));
      expect(items[0]!.outcome).toBe('text_and_media');
      expect(items[0]!.sends.map((s) => Object.keys(s.message))).toEqual([['text'], ['attachment']]);
      expect(report.diagnostics).toEqual([]);
    });
  });

  describe('quick replies', () => {
    it('text with reply suggestions: quick replies, with a thumbnail from the suggestion’s media', async () => {
      const thumb = { ...reply('Pic', 'PIC'), media: media('t.png', 'image/png') };
      const { report, items } = await checked(messenger([{ text: 'Choose', suggestions: [reply('Yes', 'YES'), thumb] }]));
      expect(items[0]).toMatchObject({ outcome: 'text', suggestionsAs: 'quick_replies', quickReplies: 2 });
      expect(items[0]!.sends[0]!.message.quick_replies).toEqual([
        { content_type: 'text', title: 'Yes', payload: 'YES' },
        { content_type: 'text', title: 'Pic', payload: 'PIC', image_url: 'https://www.cm.com/media/t.png' },
      ]);
      expect(report.diagnostics).toEqual([]);
    });

    it('a quick reply whose media is a video: quick-reply/media-not-image', async () => {
      const { report } = await checked(messenger([{ text: 'Choose', suggestions: [{ ...reply('Clip', 'CLIP'), media: media('a.mp4', 'video/mp4') }] }]));
      expectCode(report, 'quick-reply/media-not-image', `${ITEM()}/suggestions/0/media`);
    });

    it('an openUrl cannot go as a quick reply', async () => {
      const { report } = await checked(messenger([{ text: 'Choose', suggestions: [reply('Yes', 'YES'), openUrl('Site')] }]));
      expectErrors(report, 'suggestion/not-quick-reply');
    });
  });

  describe('button template', () => {
    it('a header with reply, openUrl and dial: three buttons', async () => {
      const { report, items } = await checked(messenger([{ header: 'How can we help?', suggestions: [reply('Info', 'INFO'), openUrl('Site'), dial('Call')] }]));
      expect(items[0]).toMatchObject({ outcome: 'button_template', suggestionsAs: 'buttons', buttons: 3 });
      expect(attachmentOf(items[0]!).payload).toEqual({
        template_type: 'button',
        text: 'How can we help?',
        buttons: [
          { type: 'postback', title: 'Info', payload: 'INFO' },
          { type: 'web_url', title: 'Site', url: 'https://www.cm.com/' },
          { type: 'phone_number', title: 'Call', payload: '+31761234567' },
        ],
      });
      expect(report.diagnostics).toEqual([]);
    });

    it('RCS actions only (viewLocation, createCalendarEvent): button-template/empty at the item', async () => {
      const { report, items } = await checked(
        messenger([
          {
            header: 'Visit us',
            suggestions: [
              { action: 'viewLocation', label: 'Map', viewLocation: { latitude: 51.6, longitude: 4.8, label: 'CM.com' } },
              { action: 'createCalendarEvent', label: 'Save', calendar: { title: 'Visit', startTime: new Date('2026-12-01T10:00:00Z'), endTime: new Date('2026-12-01T11:00:00Z') } },
            ],
          },
        ]),
      );
      expect(items[0]).toMatchObject({ outcome: 'button_template', buttons: 0 });
      expectCode(report, 'button-template/empty', ITEM());
      expectErrors(report, 'button-template/empty', 'suggestion/unsupported-action');
      // Their RCS fields are ignored by Messenger, and said so.
      expectNothingIgnoredBut(report, `${ITEM()}/suggestions/0/viewLocation`, `${ITEM()}/suggestions/1/calendar`);
    });
  });

  describe('generic template', () => {
    it('header, text, media and two suggestions: one element with two buttons', async () => {
      const { report, items } = await checked(
        messenger([{ header: 'CM.com', text: 'Be part of it.', media: media('cm.png', 'image/png'), suggestions: [reply('Info', 'INFO'), openUrl('Site')] }]),
      );
      expect(items[0]).toMatchObject({ outcome: 'generic_template', suggestionsAs: 'buttons', buttons: 2 });
      expect(attachmentOf(items[0]!).payload).toEqual({
        template_type: 'generic',
        elements: [
          {
            title: 'CM.com',
            subtitle: 'Be part of it.',
            image_url: 'https://www.cm.com/media/cm.png',
            buttons: [
              { type: 'postback', title: 'Info', payload: 'INFO' },
              { type: 'web_url', title: 'Site', url: 'https://www.cm.com/' },
            ],
          },
        ],
      });
      expect(report.diagnostics).toEqual([]);
    });

    it('four suggestions: generic/buttons-overflow at the item, all replies go as quick replies', async () => {
      const four = [1, 2, 3, 4].map((k) => reply(`Option ${k}`, `OPT_${k}`));
      const { report, items } = await checked(messenger([{ header: 'CM.com', text: 'Pick one', suggestions: four }]));
      expect(items[0]).toMatchObject({ outcome: 'generic_template', suggestionsAs: 'quick_replies', buttons: 0, quickReplies: 4 });
      expectCode(report, 'generic/buttons-overflow', ITEM());
      expectErrors(report);
    });
  });

  describe('media template', () => {
    it('media with one suggestion: a media template with one button; a URL off facebook.com is an info', async () => {
      const { report, items } = await checked(messenger([{ media: media('cm.png', 'image/png'), suggestions: [openUrl('Site')] }]));
      expect(items[0]).toMatchObject({ outcome: 'media_template', suggestionsAs: 'buttons', buttons: 1 });
      expect(attachmentOf(items[0]!).payload).toEqual({
        template_type: 'media',
        elements: [{ media_type: 'image', url: 'https://www.cm.com/media/cm.png', buttons: [{ type: 'web_url', title: 'Site', url: 'https://www.cm.com/' }] }],
      });
      expect(codes(report)).toEqual(['media-template/facebook-url']);
    });

    it('a video on facebook.com: no diagnostic', async () => {
      const { report, items } = await checked(
        messenger([{ media: media('clip.mp4', 'video/mp4', 'https://www.facebook.com/CM.com/videos/1234'), suggestions: [reply('More', 'MORE')] }]),
      );
      expect(attachmentOf(items[0]!).payload.elements).toEqual([expect.objectContaining({ media_type: 'video' })]);
      expect(report.diagnostics).toEqual([]);
    });
  });

  describe('carousels', () => {
    const card = (n: number, suggestions: Suggestion[] = [reply(`More ${n}`, `MORE_${n}`)]) => ({
      header: `Card ${n}`,
      text: `About card ${n}`,
      media: media(`card${n}.png`, 'image/png'),
      suggestions,
    });

    it('three cards: a generic template with an element per card; the SDK’s cardWidth (an enum number) is ignored', async () => {
      const { body, report, items } = await checked(messenger([{ carousel: { cardWidth: 1, cards: [card(1), card(2), card(3)] } }]));
      const posted = body as { messages: { msg: { richContent: { conversation: { carousel: Json }[] } }[] } };
      expect(posted.messages.msg[0]!.richContent.conversation[0]!.carousel.cardWidth).toBe(1);
      expect(items[0]).toMatchObject({ outcome: 'generic_template', suggestionsAs: 'buttons', buttons: 3, cards: 3 });
      expect((attachmentOf(items[0]!).payload.elements as Json[]).map((e) => e.title)).toEqual(['Card 1', 'Card 2', 'Card 3']);
      expectErrors(report);
      expectNothingIgnoredBut(report, `${ITEM()}/carousel/cardWidth`);
    });

    it('a card with four suggestions: generic/buttons-overflow at that card', async () => {
      const four = [1, 2, 3, 4].map((k) => reply(`Option ${k}`, `OPT_${k}`));
      const { report, items } = await checked(messenger([{ carousel: { cards: [card(1), card(2, four)] } }]));
      expect(items[0]).toMatchObject({ outcome: 'generic_template', buttons: 1, quickReplies: 4 });
      expectCode(report, 'generic/buttons-overflow', `${ITEM()}/carousel/cards/1`);
      expectErrors(report);
    });

    it('a single card: resolved as the item itself (a generic template)', async () => {
      const { report, items } = await checked(messenger([{ carousel: { cards: [card(1)] } }]));
      expect(items[0]).toMatchObject({ outcome: 'generic_template', cards: 1, buttons: 1 });
      expect(report.diagnostics).toEqual([]);
    });
  });

  describe('message-level suggestions (setSuggestion)', () => {
    it('the README’s example: suggestions/message-level at richContent.suggestions; not sent', async () => {
      const { report, items } = await checked(
        new MessageApiClient(TOKEN)
          .createMessage()
          .setMessage(['00316012345678'], 'TestSender', 'Hello world?!')
          .setAllowedChannels(['Facebook Messenger'])
          .setConversation([{ media: { mediaName: 'cm.com', mediaUri: 'https://avatars3.githubusercontent.com/u/8234794?s=200&v=4' }, text: 'Our logo!' }])
          .setSuggestion([{ action: 'openUrl', label: 'Click me', url: 'https://www.cm.com' }]),
      );
      const d = expectCode(report, 'suggestions/message-level', `${MSG0}/richContent/suggestions`);
      expect(d.severity).toBe('warning');
      expect(items[0]).toMatchObject({ outcome: 'text_and_media', suggestionsAs: 'none', buttons: 0, quickReplies: 0 });
      expect(items[0]!.sends.some((s) => 'quick_replies' in s.message)).toBe(false);
      expectErrors(report);
      expectNothingIgnoredBut(report);
    });

    it('the same suggestions moved into the item are sent (here as a quick reply under the text)', async () => {
      const { report, items } = await checked(messenger([{ text: 'Hi', suggestions: [reply('Yes', 'YES')] }]));
      expectNoCode(report, 'suggestions/message-level');
      expect(items[0]!.quickReplies).toBe(1);
    });

    it('message-level suggestions are not checked: an RCS action there is no error', async () => {
      const { report } = await checked(messenger([{ text: 'Hi' }], [{ action: 'shareLocation', label: 'Where are you?', shareLocation: { requestLocation: true } }]));
      expect(codes(report)).toEqual(['suggestions/message-level', 'schema/ignored-field']);
      expectNothingIgnoredBut(report, `${MSG0}/richContent/suggestions/0/shareLocation`);
    });
  });

  describe('what the SDK cannot express', () => {
    it('a tag on an item is dropped by its serializer: the message goes as RESPONSE', async () => {
      const tagged = { text: 'Your order shipped', tag: 'HUMAN_AGENT' } as RichMessage;
      const { body, items } = await checked(messenger([tagged]));
      expect(JSON.stringify(body)).not.toContain('HUMAN_AGENT');
      expect(items[0]!.sends[0]!.messaging_type).toBe('RESPONSE');
    });

    it('ViewProduct loses its product: a product template whose every product is product/id-missing', async () => {
      const product = { action: 'ViewProduct', product: { id: 'FB_tshirt_001' } } as Suggestion;
      const { report, items } = await checked(messenger([{ suggestions: [product] }]));
      expect(items[0]).toMatchObject({ outcome: 'product_template', suggestionsAs: 'products' });
      expect(attachmentOf(items[0]!).payload).toEqual({ template_type: 'product', elements: [] });
      expectCode(report, 'product/id-missing', `${ITEM()}/suggestions/0`);
      expectCode(report, 'product/beta', ITEM());
    });

    it('an optin suggestion loses its optin settings: optin/frequency-invalid', async () => {
      const optin = { action: 'optin', label: 'Deals', postbackdata: 'OPT_IN', optin: { frequency: 'DAILY' } } as Suggestion;
      const { report, items } = await checked(messenger([{ suggestions: [optin] }]));
      expect(items[0]!.outcome).toBe('optin_request');
      expect(errors(report).map((d) => [d.code, d.path])).toEqual([['optin/frequency-invalid', `${ITEM()}/suggestions/0`]]);
    });
  });
});
