/**
 * RULES.md, preamble: the channel page's own example requests must all resolve with no
 * errors, as ../shared/examples/expected.json says; section 2.5 fixes their Send API bodies.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, checkText } from '../../src/core';
import type { Report } from '../../src/core';
import { errors, examplesDir } from './helpers';

interface Expected {
  outcome: string;
  suggestionsAs: string;
  sends: number;
}

const dir = examplesDir();
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, Expected[] | string>;
const files = readdirSync(dir)
  .filter((f) => /^\d\d-.*\.json$/.test(f))
  .sort();

function load(file: string): unknown {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
}
function report(prefix: string): Report {
  const file = files.find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no example ${prefix}`);
  return check(load(file));
}
function sendsOf(prefix: string) {
  return report(prefix).messages[0]!.items[0]!.sends;
}

describe('the documentation examples', () => {
  it('are the 14 numbered requests, each listed in expected.json', () => {
    expect(files).toHaveLength(14);
    expect(Object.keys(expected).filter((k) => k !== '_').sort()).toEqual(files);
  });

  describe.each(files)('%s', (file) => {
    const want = expected[file] as Expected[];

    it('resolves as expected.json says, item by item', () => {
      const r = check(load(file));
      expect(r.messages).toHaveLength(1);
      expect(
        r.messages[0]!.items.map((it) => ({ outcome: it.outcome, suggestionsAs: it.suggestionsAs, sends: it.sends.length })),
      ).toEqual(want);
    });

    it('has no error-severity diagnostic', () => {
      const r = check(load(file));
      expect(errors(r)).toEqual([]);
      expect(r.valid).toBe(true);
    });

    it('gives the same report when checked as text', () => {
      expect(checkText(readFileSync(join(dir, file), 'utf8'))).toEqual(check(load(file)));
    });
  });
});

describe('Send API bodies of the examples (RULES.md 2.5)', () => {
  const psid = { id: 'Recipients PSID' };

  it('01: body.content as a plain text message', () => {
    expect(sendsOf('01-')).toEqual([
      { recipient: psid, messaging_type: 'RESPONSE', message: { text: 'CM.com - Be part of it.' } },
    ]);
  });

  it('02: the text first, then the image', () => {
    expect(sendsOf('02-')).toEqual([
      { recipient: psid, messaging_type: 'RESPONSE', message: { text: 'CM.com - Be part of it.' } },
      {
        recipient: psid,
        messaging_type: 'RESPONSE',
        message: { attachment: { type: 'image', payload: { url: 'https://www.cm.com/cdn/cm/cm.png' } } },
      },
    ]);
  });

  it('03, 04, 05: the attachment type comes from the MIME family (video, file, audio)', () => {
    expect(sendsOf('03-')[1]!.message).toEqual({ attachment: { type: 'video', payload: { url: 'your-video-url.mp4' } } });
    expect(sendsOf('04-')[1]!.message).toEqual({ attachment: { type: 'file', payload: { url: 'your-document.pdf' } } });
    expect(sendsOf('05-')[1]!.message).toEqual({ attachment: { type: 'audio', payload: { url: 'your-audio-url.mp4' } } });
  });

  it('06: a text with 3 quick replies', () => {
    expect(sendsOf('06-')).toEqual([
      {
        recipient: psid,
        messaging_type: 'RESPONSE',
        message: {
          text: 'Hi, what can I do for you?',
          quick_replies: [
            { content_type: 'text', title: 'Call me', payload: 'CALL' },
            { content_type: 'text', title: 'Email me', payload: 'EMAIL' },
            { content_type: 'text', title: 'Send me an sms', payload: 'SMS' },
          ],
        },
      },
    ]);
  });

  it('07: a tagged message goes as MESSAGE_TAG with its tag', () => {
    expect(sendsOf('07-')).toEqual([
      {
        recipient: psid,
        messaging_type: 'MESSAGE_TAG',
        tag: 'POST_PURCHASE_UPDATE',
        message: { text: 'Dear customer, your order with id 1234xyz has been shipped.' },
      },
    ]);
  });

  it('08: a button template with a postback and a web_url button (actions in upper case)', () => {
    expect(sendsOf('08-')).toEqual([
      {
        recipient: psid,
        messaging_type: 'RESPONSE',
        message: {
          attachment: {
            type: 'template',
            payload: {
              template_type: 'button',
              text: 'CM.com - Be part of it.',
              buttons: [
                { type: 'postback', title: 'Give me more info', payload: 'INFO' },
                { type: 'web_url', title: 'Visit CM.com', url: 'https://www.cm.com/' },
              ],
            },
          },
        },
      },
    ]);
  });

  it('09: a media template with one postback button', () => {
    expect(sendsOf('09-')[0]!.message).toEqual({
      attachment: {
        type: 'template',
        payload: {
          template_type: 'media',
          elements: [
            {
              media_type: 'image',
              url: 'https://www.cm.com/cdn/cm/cm.png',
              buttons: [{ type: 'postback', title: 'Give me more info', payload: 'INFO' }],
            },
          ],
        },
      },
    });
  });

  it('10: a product template with the three product ids in order', () => {
    expect(sendsOf('10-')[0]!.message).toEqual({
      attachment: {
        type: 'template',
        payload: { template_type: 'product', elements: [{ id: 'FB_tshirt_001' }, { id: 'FB_tshirt_002' }, { id: 'FB_tshirt_003' }] },
      },
    });
  });

  it('11: a generic template element with title, subtitle, image and two buttons', () => {
    expect(sendsOf('11-')[0]!.message).toEqual({
      attachment: {
        type: 'template',
        payload: {
          template_type: 'generic',
          elements: [
            {
              title: 'CM.com - Be part of it.',
              subtitle: 'Want to know more about CM.com?',
              image_url: 'https://www.cm.com/cdn/cm/cm.png',
              buttons: [
                { type: 'postback', title: 'Give me more info', payload: 'INFO' },
                { type: 'web_url', title: 'Visit CM.com', url: 'https://www.cm.com/' },
              ],
            },
          ],
        },
      },
    });
  });

  it('12: a carousel is one generic template with an element per card', () => {
    const payload = (sendsOf('12-')[0]!.message.attachment as { payload: { elements: unknown[] } }).payload;
    expect(payload.elements).toEqual([
      expect.objectContaining({ title: 'CM.com - Be part of it.', buttons: expect.any(Array) }),
      { title: 'Our logo!', image_url: 'https://www.cm.com/cdn/cm/cm.png' },
    ]);
  });

  it('13: a notification_messages template with title, image, payload, time zone and re-opt-in, no frequency', () => {
    expect(sendsOf('13-')).toEqual([
      {
        recipient: psid,
        messaging_type: 'RESPONSE',
        message: {
          attachment: {
            type: 'template',
            payload: {
              template_type: 'notification_messages',
              title: 'Nice products!',
              image_url: 'https://www.cm.com/cdn/cm/cm.png',
              payload: 'OPT_IN',
              notification_messages_timezone: 'Europe/Amsterdam',
              notification_messages_reoptin: 'ENABLED',
            },
          },
        },
      },
    ]);
  });

  it('14: a marketing message goes to the notification token, without messaging_type or tag', () => {
    expect(sendsOf('14-')).toEqual([
      {
        recipient: { notification_messages_token: 'The notification token of the user' },
        message: { text: 'CM.com - Be part of it.' },
      },
    ]);
  });
});

describe('the committed copies of the documentation examples', () => {
  const shared = fileURLToPath(new URL('../../../shared/examples/', import.meta.url));
  it.runIf(existsSync(shared))('are the shared ones, byte for byte', () => {
    for (const f of readdirSync(shared).filter((n) => n.endsWith('.json')))
      expect(readFileSync(fileURLToPath(new URL(`../../src/examples/${f}`, import.meta.url)), 'utf8'), f).toBe(readFileSync(shared + f, 'utf8'));
  });
});
