/**
 * The shapes of what the integration receives back (docs/WEBHOOKS.md): inbound text, inbound
 * media, a suggestion tap, the opt-in event, and the status reports, delivered and failed, in
 * CM.com's JSON and XML formats; and the timeline of a simulated send.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/core';
import { entriesForSend, entryForMedia, entryForTap, entryForText, fixturesFile } from '../../../src/features/preview/panelEvents';
import {
  CONTENT_TYPE_UNKNOWN,
  escapeXml,
  inboundMedia,
  inboundReply,
  inboundText,
  optInEvent,
  statusJson,
  statusReport,
  statusXml,
} from '../../../src/features/preview/webhooks';

const parties = { pageId: 'PAGE', psid: 'PSID-1' };
const at = new Date(Date.UTC(2026, 10, 25, 9, 0, 0));
const envelope = {
  reference: '<set by CM.com>',
  messageContext: '<set by CM.com>',
  from: { number: 'PSID-1', name: "<end user's name>" },
  to: { number: 'PAGE' },
  groupings: ['', '', ''],
  timeUtc: '2026-11-25T09:00:00',
  channel: 'Facebook Messenger',
};
const retired = { code: 'tag/retired-by-meta' as const, message: 'POST_PURCHASE_UPDATE is retired by Meta.', path: '/messages/msg/0/richContent/conversation/0/tag' };

describe('inbound payloads', () => {
  it('inbound text: the typed text in message.text', () => {
    expect(inboundText(parties, 'Call me later', at)).toEqual({ ...envelope, time: expect.any(String), message: { text: 'Call me later' } });
  });

  it('inbound media: its URL, its content type from the extension, and its file name', () => {
    expect(inboundMedia(parties, 'https://example.com/photos/cat%201.jpg?size=2', at)).toEqual({
      ...envelope,
      time: expect.any(String),
      message: { media: { mediaUri: 'https://example.com/photos/cat%201.jpg?size=2', contentType: 'image/jpeg', title: 'cat 1.jpg' } },
    });
    expect(inboundMedia(parties, 'https://example.com/clip.mp4', at).message.media.contentType).toBe('video/mp4');
    expect(inboundMedia(parties, 'https://example.com/terms.pdf', at).message.media.contentType).toBe('application/pdf');
    // No type the designer knows: it says CM.com sets it, rather than guessing.
    expect(inboundMedia(parties, 'https://example.com/download', at).message.media.contentType).toBe(CONTENT_TYPE_UNKNOWN);
  });

  it('suggestion tap: the label as text and the postbackData under custom.suggestions', () => {
    expect(inboundReply(parties, 'Email me', 'EMAIL', at)).toEqual({
      ...envelope,
      time: expect.any(String),
      message: { text: 'Email me', custom: { suggestions: [{ action: 'Reply', postbackData: 'EMAIL' }] } },
    });
  });

  it('opt-in event: OptInSubscribed with the notification token', () => {
    expect(optInEvent(parties, at)).toEqual({
      reference: '<set by CM.com>',
      messageContext: '<set by CM.com>',
      from: { number: 'PSID-1' },
      to: { number: 'PAGE' },
      event: {
        type: 'OptInSubscribed',
        reference: '<set by CM.com>',
        custom: { notificationToken: '<token to use as recipient>', tokenExpiry: '<set by Meta>' },
      },
      timeUtc: '2026-11-25T09:00:00',
      channel: 'Facebook Messenger',
    });
  });
});

describe('status reports', () => {
  it('delivered, in JSON: status code 2, no error, the request’s reference', () => {
    expect(statusJson(statusReport('PSID-1', 'order-42', undefined, at))).toEqual({
      messages: {
        msg: {
          received: '2026-11-25T09:00:00',
          to: 'PSID-1',
          reference: 'order-42',
          status: { code: '2', errorCode: '', errorDescription: '' },
          operator: '<set by CM.com>',
        },
      },
    });
  });

  it('failed, in JSON: status code 3, the description names the rule code and why', () => {
    const msg = statusJson(statusReport('PSID-1', 'order-42', retired, at)).messages.msg;
    expect(msg.status).toEqual({
      code: '3',
      errorCode: '<set by CM.com>',
      errorDescription: 'tag/retired-by-meta: POST_PURCHASE_UPDATE is retired by Meta.',
    });
  });

  it('delivered and failed, in XML: CM.com’s elements, in its order', () => {
    expect(statusXml(statusReport('PSID-1', 'order-42', undefined, at))).toBe(
      [
        '<MESSAGES>',
        '  <MSG RECEIVED="2026-11-25T09:00:00">',
        '    <TO>PSID-1</TO>',
        '    <REFERENCE>order-42</REFERENCE>',
        '    <STATUS>',
        '      <CODE>2</CODE>',
        '      <ERRORCODE></ERRORCODE>',
        '      <ERRORDESCRIPTION></ERRORDESCRIPTION>',
        '    </STATUS>',
        '  </MSG>',
        '</MESSAGES>',
      ].join('\n'),
    );
    const failed = statusXml(statusReport('PSID-1', 'order-42', retired, at));
    expect(failed).toContain('<CODE>3</CODE>');
    expect(failed).toContain('<ERRORCODE>&lt;set by CM.com&gt;</ERRORCODE>');
    expect(failed).toContain('<ERRORDESCRIPTION>tag/retired-by-meta: POST_PURCHASE_UPDATE is retired by Meta.</ERRORDESCRIPTION>');
  });

  it('escapes a reference with <&>"\' in XML, in content and in attributes, and drops what XML cannot hold', () => {
    const xml = statusXml(statusReport('a"b', `<&>"'`, undefined, at));
    expect(xml).toContain('<REFERENCE>&lt;&amp;&gt;&quot;&apos;</REFERENCE>');
    expect(xml).toContain('<TO>a&quot;b</TO>');
    expect(escapeXml('a\u0000b\uD800c')).toBe('a\uFFFDb\uFFFDc');
    expect(escapeXml('😀')).toBe('😀');
  });
});

describe('the timeline of a simulated send', () => {
  const request = (conversation: unknown[], reference?: string) => ({
    messages: {
      msg: [
        {
          from: 'PAGE',
          to: [{ number: 'PSID-1' }],
          body: { type: 'auto', content: 'Fallback' },
          allowedChannels: ['Facebook Messenger'],
          ...(reference !== undefined ? { reference } : {}),
          richContent: { conversation },
        },
      ],
    },
  });
  const send = (conversation: unknown[]) => {
    const report = check(request(conversation, 'ref-1'));
    return entriesForSend({ message: report.messages[0]!, diagnostics: report.diagnostics, reference: 'ref-1' }, at);
  };

  it('gives each Send API message, then its status report, in send order', () => {
    const entries = send([{ text: 'Hello' }, { text: 'Your order shipped', tag: 'POST_PURCHASE_UPDATE' }]);
    expect(entries.map((e) => e.kind)).toEqual(['outbound.send', 'status.delivered', 'outbound.send', 'status.failed']);
    const failed = entries[3]!;
    expect(failed.description).toContain('tag/retired-by-meta');
    expect((failed.payload as ReturnType<typeof statusJson>).messages.msg.status.errorDescription).toMatch(/^tag\/retired-by-meta: /);
    expect((failed.payload as ReturnType<typeof statusJson>).messages.msg.reference).toBe('ref-1');
    expect(failed.xml).toContain('<REFERENCE>ref-1</REFERENCE>');
  });

  it('labels taps, typed text and sent files by kind; a call button reaches no webhook', () => {
    expect(entryForTap({ kind: 'quick_reply', title: 'Yes', payload: 'Y' }, parties, at)?.kind).toBe('inbound.suggestion');
    expect(entryForTap({ kind: 'postback', title: 'Yes', payload: 'Y' }, parties, at)?.kind).toBe('inbound.suggestion');
    expect(entryForTap({ kind: 'optin', title: 'Get deals', payload: 'DEALS' }, parties, at)?.kind).toBe('event.optin');
    expect(entryForTap({ kind: 'phone', title: 'Call', number: '+3161' }, parties, at)).toBeNull();
    expect(entryForText('Hi', parties, at).kind).toBe('inbound.text');
    expect(entryForMedia('image', 'https://x.example/a.png', parties, at).kind).toBe('inbound.media');
  });

  it('writes every entry into the fixtures file, labelled, with the XML of each status report', () => {
    const entries = send([{ text: 'Hello' }]).map((e, id) => ({ ...e, id }));
    const file = fixturesFile(entries, at);
    expect(file.entries.map((e) => e.kind)).toEqual(['outbound.send', 'status.delivered']);
    expect(file.entries[1]).toHaveProperty('xml');
    expect(JSON.parse(JSON.stringify(file))).toEqual(file);
  });
});
