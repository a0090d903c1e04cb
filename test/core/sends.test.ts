/**
 * RULES.md 2.5: the Send API bodies, for the first recipient, in send order. Each send is
 * { recipient, messaging_type, tag?, message }; quick replies ride on the item's last message.
 */
import { describe, expect, it } from 'vitest';
import type { SendApiBody } from '../../src/core';
import { PNG_URI, carousel, checkItems, first, media, png, replies, reply, viewProduct, type Json } from './helpers';

const sends = (item: Json): SendApiBody[] => first(checkItems(item)).sends;
const only = (item: Json) => {
  const s = sends(item);
  expect(s).toHaveLength(1);
  return s[0]!.message;
};
const RECIPIENT = { id: 'Recipients PSID' };

describe('text', () => {
  it('message: { text }', () => {
    expect(sends({ text: 'Hello' })).toEqual([{ recipient: RECIPIENT, messaging_type: 'RESPONSE', message: { text: 'Hello' } }]);
  });
});

describe('text_and_media', () => {
  it('two messages: the text first, then the media', () => {
    expect(sends({ media: media('clip.mp4', 'video/mp4'), text: 'Watch this' }).map((s) => s.message)).toEqual([
      { text: 'Watch this' },
      { attachment: { type: 'video', payload: { url: 'https://www.cm.com/media/clip.mp4' } } },
    ]);
  });
});

describe('generic_template', () => {
  it('elements: [{ title, subtitle?, image_url?, buttons? }]', () => {
    expect(only({ header: 'Title', text: 'Sub', media: png(), suggestions: [reply()] })).toEqual({
      attachment: {
        type: 'template',
        payload: {
          template_type: 'generic',
          elements: [{ title: 'Title', subtitle: 'Sub', image_url: PNG_URI, buttons: [{ type: 'postback', title: 'Yes', payload: 'YES' }] }],
        },
      },
    });
    expect(only({ header: 'Title', text: 'Sub' })).toEqual({
      attachment: { type: 'template', payload: { template_type: 'generic', elements: [{ title: 'Title', subtitle: 'Sub' }] } },
    });
  });
});

describe('button_template', () => {
  it('payload: { template_type: "button", text: header, buttons }', () => {
    expect(only({ header: 'Pick one', suggestions: replies(2) })).toEqual({
      attachment: {
        type: 'template',
        payload: {
          template_type: 'button',
          text: 'Pick one',
          buttons: [
            { type: 'postback', title: 'Option 1', payload: 'OPT_1' },
            { type: 'postback', title: 'Option 2', payload: 'OPT_2' },
          ],
        },
      },
    });
  });
});

describe('media_template', () => {
  it('payload: { template_type: "media", elements: [{ media_type, url, buttons? }] }', () => {
    expect(only({ media: media('clip.mp4', 'video/mp4'), suggestions: [reply()] })).toEqual({
      attachment: {
        type: 'template',
        payload: {
          template_type: 'media',
          elements: [{ media_type: 'video', url: 'https://www.cm.com/media/clip.mp4', buttons: [{ type: 'postback', title: 'Yes', payload: 'YES' }] }],
        },
      },
    });
  });
});

describe('product_template', () => {
  it('payload: { template_type: "product", elements: [{ id }, …] }', () => {
    expect(only({ suggestions: [viewProduct('a'), viewProduct('b')] })).toEqual({
      attachment: { type: 'template', payload: { template_type: 'product', elements: [{ id: 'a' }, { id: 'b' }] } },
    });
  });
});

describe('quick replies', () => {
  it('ride on the item’s last message, as message.quick_replies, beside a template', () => {
    const message = only({ header: 'H', text: 'x', media: png(), suggestions: replies(4) });
    expect(Object.keys(message).sort()).toEqual(['attachment', 'quick_replies']);
    expect(message.quick_replies).toHaveLength(4);
  });

  it('beside the carousel’s generic template', () => {
    const message = only({ suggestions: [reply()], ...carousel({ header: 'A', text: 'a' }, { header: 'B', text: 'b' }) });
    expect(message.quick_replies).toEqual([{ content_type: 'text', title: 'Yes', payload: 'YES' }]);
  });

  it('no quick_replies key when there are none', () => {
    expect('quick_replies' in only({ text: 'x' })).toBe(false);
  });
});

describe('not_supported', () => {
  it('sends nothing', () => {
    expect(sends({})).toEqual([]);
    expect(sends({ text: 'x', media: png(), suggestions: [reply()] })).toEqual([]);
  });
});
