/**
 * RULES.md 1, the request: its required shape (schema/*), unknown fields, the product
 * token, the channel list, a message without rich content, and letter case.
 */
import fc from 'fast-check';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { check, checkText } from '../../src/core';
import { firstSyntaxError } from '../../src/core/checkText';
import {
  ITEM,
  MSG,
  checkItems,
  codes,
  cp,
  expectCode,
  expectErrors,
  expectNoCode,
  first,
  itemsRequest,
  msg,
  optin,
  request,
  withCode,
  type Json,
} from './helpers';

describe('json/syntax', () => {
  it('a text that is not JSON: one error at the root, with line and column', () => {
    const r = checkText('{\n  "messages": {\n    "msg": [\n  }\n}');
    expect(r.valid).toBe(false);
    expect(r.messages).toEqual([]);
    expect(r.diagnostics).toEqual([
      { code: 'json/syntax', severity: 'error', path: '', message: expect.stringMatching(/line 4, column 3/) },
    ]);
  });

  it('reports the column where the value breaks', () => {
    expect(checkText('{"a": }').diagnostics[0]!.message).toMatch(/line 1, column 7/);
    expect(checkText('\n\n  {"a": tru}').diagnostics[0]!.message).toMatch(/line 3, column 9/);
    expect(checkText('').diagnostics[0]!.code).toBe('json/syntax');
    expect(checkText('{"a": 1,}').diagnostics[0]!.code).toBe('json/syntax');
  });

  it('a broken text nested 100 000 levels deep is reported, not a crash (the CLI and the page must not fall over)', () => {
    const r = checkText('['.repeat(100_000));
    expect(r.diagnostics).toEqual([
      { code: 'json/syntax', severity: 'error', path: '', message: 'Closing ] expected at line 1, column 100001.' },
    ]);
    expect(checkText('{"a":'.repeat(50_000) + '1' + '}'.repeat(49_999)).diagnostics[0]!.message).toMatch(/^Closing \} expected at line 1, column /);
    expect(checkText('['.repeat(50_000) + 'x' + ']'.repeat(50_000)).diagnostics[0]!.message).toBe('Unexpected character at line 1, column 50001.');
  });

  it('finds the same first error as jsonc-parser’s parser, on shallow texts (fast-check)', () => {
    /** jsonc-parser's own recursive parser: the reference for texts it can parse without overflowing. */
    const reference = (text: string) => {
      const errors: ParseError[] = [];
      parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
      const e = errors[0];
      return e && { code: printParseErrorCode(e.error), offset: e.offset, length: e.length };
    };
    const edit = fc.tuple(fc.constantFrom('delete', 'insert', 'truncate'), fc.nat(), fc.constantFrom(...'{}[],:"\\ -.0e1/*\ntfnx\u0001'));
    const brokenText = fc
      .tuple(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(0, 2), fc.array(edit, { minLength: 1, maxLength: 2 }))
      .map(([v, indent, edits]) =>
        edits.reduce((t, [op, at, ch]) => {
          const i = at % (t.length + 1);
          return op === 'delete' ? t.slice(0, i) + t.slice(i + 1) : op === 'insert' ? t.slice(0, i) + ch + t.slice(i) : t.slice(0, i);
        }, JSON.stringify(v, null, indent) ?? 'null'),
      );
    fc.assert(
      fc.property(fc.oneof(brokenText, fc.string({ maxLength: 8 }), fc.constantFrom('', '// c\n{}', '/* c', '{"a": 1,}', '[1 2]', '"\\u12"', '01', '-')), (text) => {
        expect(firstSyntaxError(text)).toEqual(reference(text));
      }),
      { numRuns: Number(process.env.CORE_RUNS ?? 400) },
    );
  });

  it('stays clear for JSON text, whitespace around it included', () => {
    const r = checkText(`\n ${JSON.stringify(itemsRequest({ text: 'Hi' }))} \n`);
    expectNoCode(r, 'json/syntax');
    expect(r.valid).toBe(true);
  });
});

describe('schema/required', () => {
  it('messages, msg, from, to, body and to[].number are required; the path is the object that lacks the field', () => {
    expectCode(check({}), 'schema/required', '');
    expectCode(check({ messages: {} }), 'schema/required', '/messages');
    const m = msg();
    delete m.from;
    expectCode(check(request(m)), 'schema/required', MSG());
    expectCode(check(request(msg(undefined, { to: [{ name: 'x' }] }))), 'schema/required', '/messages/msg/0/to/0');
    const noBody = msg();
    delete noBody.body;
    expectCode(check(request(noBody)), 'schema/required', MSG());
  });

  it('stays clear when every required field is there', () => {
    expectNoCode(check(request(msg())), 'schema/required');
  });
});

describe('schema/type', () => {
  it('reoptin null is a wrong type, at the user’s own key', () => {
    const r = checkItems({ suggestions: [optin({}, { frequency: 'DAILY', reOptin: null })] });
    expectCode(r, 'schema/type', `${ITEM()}/suggestions/0/optin/reOptin`);
  });

  it('strings for texts, labels, URLs, ids and tags; arrays for conversation, suggestions, cards, allowedChannels', () => {
    const r = check(
      request(
        msg([{ text: 1, header: true, tag: 5, suggestions: {}, carousel: { cards: {} } }], { allowedChannels: 'Facebook Messenger' }),
        msg([{ suggestions: [{ action: 'Reply', label: 7, postbackdata: 'x' }, { action: 'OpenUrl', label: 'a', url: 1 }, { action: 'ViewProduct', product: { id: 1 } }] }]),
        msg(undefined, { richContent: { conversation: {} } }),
      ),
    );
    for (const path of [
      `${ITEM()}/text`,
      `${ITEM()}/header`,
      `${ITEM()}/tag`,
      `${ITEM()}/suggestions`,
      `${ITEM()}/carousel/cards`,
      `${MSG()}/allowedChannels`,
      `${ITEM(0, 1)}/suggestions/0/label`,
      `${ITEM(0, 1)}/suggestions/1/url`,
      `${ITEM(0, 1)}/suggestions/2/product/id`,
      '/messages/msg/2/richContent/conversation',
    ])
      expectCode(r, 'schema/type', path);
  });

  it('messages must be an object and msg an array', () => {
    expectCode(check({ messages: [] }), 'schema/type', '/messages');
    expectCode(check({ messages: { msg: {} } }), 'schema/type', '/messages/msg');
    expectCode(check('a request'), 'schema/type', '');
  });

  it('stays clear for reoptin true', () => {
    const r = checkItems({ suggestions: [optin({}, { frequency: 'DAILY', reoptin: true })] });
    expectNoCode(r, 'schema/type');
  });
});

describe('schema/min-items', () => {
  it('an empty msg', () => {
    const r = check({ messages: { authentication: { producttoken: 't' }, msg: [] } });
    expectCode(r, 'schema/min-items', '/messages/msg');
    expect(r.messages).toEqual([]);
  });

  it('an empty to', () => {
    expectCode(check(request(msg(undefined, { to: [] }))), 'schema/min-items', `${MSG()}/to`);
  });

  it('stays clear with one message to one recipient', () => {
    expectNoCode(check(request(msg())), 'schema/min-items');
  });
});

describe('schema/ignored-field', () => {
  it('an info at each field Messenger ignores inside rich content (template, location, contacts, carousel.cardWidth …)', () => {
    const r = checkItems({
      text: 'Hi',
      template: { whatsapp: {} },
      location: { latitude: 52 },
      contacts: [],
      carousel: { cardWidth: 'MEDIUM', cards: [] },
      suggestions: [{ action: 'Reply', label: 'a', postbackdata: 'b', calendar: {} }],
    });
    for (const key of ['template', 'location', 'contacts', 'carousel/cardWidth', 'suggestions/0/calendar']) {
      const d = expectCode(r, 'schema/ignored-field', `${ITEM()}/${key}`);
      expect(d.severity).toBe('info');
    }
    expect(r.valid).toBe(true);
  });

  it('escapes the key in the path (RFC 6901)', () => {
    expectCode(checkItems({ text: 'Hi', 'a/b~c': 1 }), 'schema/ignored-field', `${ITEM()}/a~1b~0c`);
  });

  it('is not flagged for CM envelope fields such as reference, customGrouping or validity', () => {
    const r = check(request(msg([{ text: 'Hi' }], { reference: 'ref-1', customGrouping: 'g', validity: '1h', minimumNumberOfMessageParts: 1 })));
    expectNoCode(r, 'schema/ignored-field');
  });

  it('reference, the message’s own reference for its status reports, is a string (schema/type otherwise)', () => {
    expectNoCode(check(request(msg([{ text: 'Hi' }], { reference: 'order-42' }))), 'schema/type');
    expectCode(check(request(msg([{ text: 'Hi' }], { reference: 42 }))), 'schema/type', `${MSG()}/reference`);
  });

  it('keeps unknown values untouched: check does not change the request', () => {
    const req = itemsRequest({ text: 'Hi', template: { whatsapp: { x: [1, 2] } } });
    const before = structuredClone(req);
    check(req);
    expect(req).toEqual(before);
  });
});

describe('suggestions/message-level', () => {
  const SUGS = `${MSG()}/richContent/suggestions`;
  const withMessageSuggestions = (suggestions: unknown, conversation: unknown[] = [{ text: 'Hi' }]) =>
    check(request({ ...msg(), richContent: { conversation, suggestions } }));

  it('suggestions at richContent level: a warning at that array; they are not sent', () => {
    const r = withMessageSuggestions([{ action: 'Reply', label: 'Yes', postbackdata: 'YES' }]);
    expect(expectCode(r, 'suggestions/message-level', SUGS).severity).toBe('warning');
    expect(first(r)).toMatchObject({ outcome: 'text', suggestionsAs: 'none', quickReplies: 0 });
    expect(first(r).sends[0]!.message).toEqual({ text: 'Hi' });
    expect(r.valid).toBe(true);
  });

  it('they are not checked by the suggestion rules, nor flagged as ignored fields', () => {
    const r = withMessageSuggestions([{ action: 'ViewLocation' }, { action: 'Reply', label: cp(21) }, { action: 'OpenUrl', url: 'javascript:alert(1)' }]);
    expect(codes(r).filter((c) => c !== 'suggestions/message-level')).toEqual([]);
  });

  it('in the user’s key spelling, with their keys matched in any letter case', () => {
    const r = check(request({ ...msg(), RichContent: { Conversation: [{ text: 'Hi' }], SUGGESTIONS: [{ Action: 'Reply', Label: 'a', PostbackData: 'b', calendar: {} }] } }));
    expectCode(r, 'suggestions/message-level', `${MSG()}/RichContent/SUGGESTIONS`);
    expect(withCode(r, 'schema/ignored-field').map((d) => d.path)).toEqual([`${MSG()}/RichContent/SUGGESTIONS/0/calendar`]);
  });

  it('also beside a message without conversation items (body.content is sent)', () => {
    const r = check(request({ ...msg(), richContent: { suggestions: [{ action: 'Reply', label: 'a', postbackdata: 'b' }] } }));
    expectCode(r, 'suggestions/message-level', SUGS);
    expect(first(r).sends[0]!.message).toEqual({ text: 'Fallback Text' });
  });

  it('an empty array is not present (RULES.md 2: an array with at least one entry): clear', () => {
    const r = withMessageSuggestions([]);
    expectNoCode(r, 'suggestions/message-level');
    expect(r.diagnostics).toEqual([]);
  });

  it('a value that is no array is schema/type, not this', () => {
    const r = withMessageSuggestions({ action: 'Reply' });
    expectNoCode(r, 'suggestions/message-level');
    expectCode(r, 'schema/type', SUGS);
  });
});

describe('auth/token-missing', () => {
  it('no authentication: an info at messages', () => {
    const r = check({ messages: { msg: [msg([{ text: 'Hi' }])] } });
    const d = expectCode(r, 'auth/token-missing', '/messages');
    expect(d.severity).toBe('info');
    expect(r.valid).toBe(true);
  });

  it('an empty token: an info at authentication', () => {
    expectCode(check({ messages: { authentication: { producttoken: '' }, msg: [msg()] } }), 'auth/token-missing', '/messages/authentication');
  });

  it('stays clear with a token, in any key spelling', () => {
    for (const key of ['producttoken', 'productToken', 'PRODUCTTOKEN'])
      expectNoCode(check({ messages: { authentication: { [key]: 'secret' }, msg: [msg()] } }), 'auth/token-missing');
  });
});

describe('channel/messenger-not-allowed', () => {
  it('allowedChannels missing: a warning at the msg entry', () => {
    const m = msg([{ text: 'Hi' }]);
    delete m.allowedChannels;
    const d = expectCode(check(request(m)), 'channel/messenger-not-allowed', MSG());
    expect(d.severity).toBe('warning');
  });

  it('allowedChannels without Facebook Messenger: a warning at allowedChannels', () => {
    expectCode(
      check(request(msg([{ text: 'Hi' }], { allowedChannels: ['WhatsApp', 'SMS'] }))),
      'channel/messenger-not-allowed',
      `${MSG()}/allowedChannels`,
    );
  });

  it('stays clear with Facebook Messenger in any letter case', () => {
    expectNoCode(check(request(msg([{ text: 'Hi' }], { allowedChannels: ['SMS', 'facebook messenger'] }))), 'channel/messenger-not-allowed');
    expectNoCode(check(request(msg([{ text: 'Hi' }], { AllowedChannels: ['FACEBOOK MESSENGER'] }))), 'channel/messenger-not-allowed');
  });
});

describe('a message without rich content (RULES.md 1)', () => {
  it('is one text item whose text is body.content, reported at the msg entry', () => {
    const r = check(request(msg(undefined, { body: { type: 'auto', content: 'Hello' } })));
    expect(first(r)).toMatchObject({ outcome: 'text', suggestionsAs: 'none', path: MSG(), matrixRow: 8 });
    expect(first(r).sends).toEqual([{ recipient: { id: 'Recipients PSID' }, messaging_type: 'RESPONSE', message: { text: 'Hello' } }]);
  });

  it('an empty conversation is the same as no rich content', () => {
    const r = check(request(msg([], { body: { content: 'Hello' } })));
    expect(r.messages[0]!.items).toHaveLength(1);
    expect(first(r).sends[0]!.message).toEqual({ text: 'Hello' });
  });

  it('with rich content, body.content is only the fallback: not sent, not checked', () => {
    const r = check(request(msg([{ text: 'Rich' }], { body: { content: 'x'.repeat(3000) } })));
    expect(first(r).sends.map((s) => s.message)).toEqual([{ text: 'Rich' }]);
    expect(r.valid).toBe(true);
  });
});

describe('text/empty', () => {
  it('no rich content and an empty body.content: not_supported, error at body.content', () => {
    const r = check(request(msg(undefined, { body: { content: '' } })));
    expect(first(r)).toMatchObject({ outcome: 'not_supported', suggestionsAs: 'none', sends: [] });
    expectCode(r, 'text/empty', `${MSG()}/body/content`);
    expectErrors(r, 'text/empty');
  });

  it('an empty conversation and no body.content: the error is at body', () => {
    const r = check(request(msg([], { body: { type: 'auto' } })));
    expectCode(r, 'text/empty', `${MSG()}/body`);
  });

  it('stays clear with one character of body.content', () => {
    expectNoCode(check(request(msg(undefined, { body: { content: '.' } }))), 'text/empty');
  });
});

describe('schema/duplicate-key', () => {
  it('two keys that differ only in letter case: a warning at the second; the first is used', () => {
    const r = checkItems({ text: 'first', Text: 'second' });
    expectCode(r, 'schema/duplicate-key', `${ITEM()}/Text`);
    expect(first(r).sends[0]!.message).toEqual({ text: 'first' });
  });

  it('stays clear when every key is spelled once', () => {
    expectNoCode(checkItems({ text: 'first' }), 'schema/duplicate-key');
  });
});

describe('letter case (RULES.md 1)', () => {
  it('keys are matched in any letter case, and paths keep the user’s spelling', () => {
    const req: Json = {
      MESSAGES: {
        Authentication: { PRODUCTTOKEN: 'secret' },
        Msg: [
          {
            From: 'Your Page ID',
            TO: [{ Number: 'Recipients PSID' }],
            Body: { Content: '' },
            AllowedChannels: ['Facebook Messenger'],
            RichContent: {
              Conversation: [
                {
                  Header: 'Our shop',
                  Suggestions: [
                    { Action: 'REPLY', Label: 'Yes', postbackData: 'x'.repeat(1001) },
                    { action: 'openurl', LABEL: 'Shop', URL: 'https://www.cm.com/' },
                  ],
                },
                { TEXT: 'Hi', MEDIA: { mediauri: 'https://www.cm.com/a.png', MimeType: 'IMAGE/PNG', MediaName: 'a.png' } },
              ],
            },
          },
        ],
      },
    };
    const r = check(req);
    expect(r.messages[0]!.items.map((it) => [it.outcome, it.suggestionsAs])).toEqual([
      ['button_template', 'buttons'],
      ['text_and_media', 'none'],
    ]);
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['suggestion/postback-too-long', '/MESSAGES/Msg/0/RichContent/Conversation/0/Suggestions/0/postbackData'],
    ]);
    expect(r.messages[0]!.path).toBe('/MESSAGES/Msg/0');
    expect(r.messages[0]!.items[1]!.path).toBe('/MESSAGES/Msg/0/RichContent/Conversation/1');
    expect(r.messages[0]!.items[0]!.sends[0]!.message).toEqual({
      attachment: {
        type: 'template',
        payload: {
          template_type: 'button',
          text: 'Our shop',
          buttons: [
            { type: 'postback', title: 'Yes', payload: 'x'.repeat(1001) },
            { type: 'web_url', title: 'Shop', url: 'https://www.cm.com/' },
          ],
        },
      },
    });
    expect(r.messages[0]!.items[1]!.sends[1]!.message).toEqual({
      attachment: { type: 'image', payload: { url: 'https://www.cm.com/a.png' } },
    });
  });

  it('enumerated values are matched in any letter case: actions, tags, frequency, MIME types, channels', () => {
    const r = check(
      request(
        msg(
          [
            { text: 'Hi', suggestions: [{ action: 'REPLY', label: 'a', postbackdata: 'a' }, { action: 'reply', label: 'b', postbackdata: 'b' }], tag: 'human_agent' },
            { header: 'H', suggestions: [{ action: 'openurl', label: 'a', url: 'https://www.cm.com/' }, { action: 'DIAL', label: 'b', dial: { phoneNumber: '+31761234567' } }] },
            { suggestions: [{ action: 'viewproduct', product: { id: 'p1' } }, { action: 'VIEWPRODUCT', product: { id: 'p2' } }] },
            { suggestions: [{ action: 'OPTIN', label: 'L', postbackdata: 'P', optin: { frequency: 'daily' } }] },
            { media: { mediaName: 'a.mp4', mediaUri: 'https://www.cm.com/a.mp4', mimeType: 'Video/MP4' } },
          ],
          { allowedChannels: ['facebook MESSENGER'] },
        ),
      ),
    );
    expect(r.messages[0]!.items.map((it) => [it.outcome, it.suggestionsAs])).toEqual([
      ['text', 'quick_replies'],
      ['button_template', 'buttons'],
      ['product_template', 'products'],
      ['optin_request', 'optin'],
      ['media', 'none'],
    ]);
    expect(r.valid).toBe(true);
    // Only the infos every opt-in request and every product template carry.
    expect(codes(r).filter((c) => c !== 'optin/sunset' && c !== 'product/beta')).toEqual([]);
  });

  it('the user’s values are never rewritten; only Meta’s own values take Meta’s spelling', () => {
    const r = checkItems({ text: 'MiXeD cAsE', tag: 'Human_Agent', suggestions: [{ action: 'rEpLy', label: 'oK', postbackdata: 'pAyLoAd' }] });
    expect(first(r).sends).toEqual([
      {
        recipient: { id: 'Recipients PSID' },
        messaging_type: 'MESSAGE_TAG',
        tag: 'HUMAN_AGENT',
        message: { text: 'MiXeD cAsE', quick_replies: [{ content_type: 'text', title: 'oK', payload: 'pAyLoAd' }] },
      },
    ]);
  });
});
