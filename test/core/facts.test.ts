/**
 * The facts the report carries for the views (issue 12), recorded where the rules
 * read them: no view computes a limit, an outcome, a media family or a delivery.
 */
import { describe, expect, it } from 'vitest';
import { check, LIMITS } from '../../src/core';
import { examples } from '../../src/examples';

const M = '/messages/msg/0';
const ITEM = (j = 0) => `${M}/richContent/conversation/${j}`;

function request(conversation: unknown[] | null, extra: Record<string, unknown> = {}) {
  return {
    messages: {
      authentication: { producttoken: 't' },
      msg: [
        {
          from: 'Page 1',
          to: [{ number: 'PSID 1' }, { number: 'PSID 2' }],
          body: { type: 'auto', content: 'Fallback' },
          allowedChannels: ['Facebook Messenger'],
          ...(conversation ? { richContent: { conversation } } : {}),
          ...extra,
        },
      ],
    },
  };
}
const reply = (label: string, n = 1) => ({ action: 'Reply', label, postbackdata: `P${n}` });
const item = (r: ReturnType<typeof check>, j = 0) => r.messages[0]!.items[j]!;

describe('field facts: each counted field with the limit that applies where it stands', () => {
  it('a text alone is a text message (2000); under a header it is a subtitle (80)', () => {
    expect(item(check(request([{ text: 'abc' }]))).fields).toEqual([{ path: `${ITEM()}/text`, limit: { name: 'textMax', max: LIMITS.textMax }, length: 3 }]);
    const generic = item(check(request([{ header: 'H', text: '😀😀' }]))).fields;
    expect(generic).toContainEqual({ path: `${ITEM()}/header`, limit: { name: 'genericTitleMax', max: 80 }, length: 1 });
    expect(generic).toContainEqual({ path: `${ITEM()}/text`, limit: { name: 'genericSubtitleMax', max: 80 }, length: 2 });
  });
  it('a header with suggestions is a button template’s text (640); labels and postbacks have theirs', () => {
    const f = item(check(request([{ header: 'Pick', suggestions: [reply('')] }]))).fields;
    expect(f).toContainEqual({ path: `${ITEM()}/header`, limit: { name: 'buttonTemplateTextMax', max: 640 }, length: 4 });
    // An empty label still has its limit (and label-missing says what is wrong).
    expect(f).toContainEqual({ path: `${ITEM()}/suggestions/0/label`, limit: { name: 'labelMax', max: 20 }, length: 0 });
    expect(f).toContainEqual({ path: `${ITEM()}/suggestions/0/postbackdata`, limit: { name: 'postbackMax', max: 1000 }, length: 2 });
  });
  it('an opt-in title has 65; a plain message’s body 2000', () => {
    const optin = examples.find((e) => e.id.startsWith('13'))!.request;
    expect(item(check(optin)).fields.map((f) => f.limit?.name)).toContain('optinTitleMax');
    expect(item(check(request(null))).fields).toEqual([{ path: `${M}/body/content`, limit: { name: 'textMax', max: 2000 }, length: 8 }]);
  });
  it('text beside a carousel is not sent: no limit is given for it', () => {
    const r = item(check(request([{ text: 'x', carousel: { cards: [{ header: 'a', text: 'b' }, { header: 'c', text: 'd' }] } }])));
    expect(r.fields.some((f) => f.path === `${ITEM()}/text`)).toBe(false);
  });
});

describe('diagnostic.field: the field a missing-value diagnostic is about', () => {
  it('names it relative to the diagnostic’s path', () => {
    const r = check(request([{ text: 'x', suggestions: [{ action: 'Dial', label: 'Call' }, { action: 'Reply', label: 'L' }] }]));
    expect(r.diagnostics.find((d) => d.code === 'suggestion/phone-missing')).toMatchObject({ path: `${ITEM()}/suggestions/0`, field: 'dial/phoneNumber' });
    expect(r.diagnostics.find((d) => d.code === 'suggestion/postback-missing')).toMatchObject({ path: `${ITEM()}/suggestions/1`, field: 'postbackdata' });
  });
  it('for a required field of the shape too', () => {
    const r = check({ messages: { msg: [{ to: [{ number: '1' }], body: {} }] } });
    expect(r.diagnostics.find((d) => d.code === 'schema/required')).toMatchObject({ path: `${M}`, field: 'from' });
  });
});

describe('what the views show beside the outcome', () => {
  it('the page, the recipient, each media’s family, where content is read from', () => {
    const r = check(request([{ text: 't', media: { mediaName: 'clip.mp4', mediaUri: 'https://x.test/clip.mp4' } }]));
    expect(r.messages[0]).toMatchObject({ pageId: 'Page 1', recipient: 'PSID 1' });
    // Without a mimeType, the name's extension decides: a video, not a document.
    expect(item(r).media).toEqual([{ path: `${ITEM()}/media`, family: 'video' }]);
    expect(item(r).contentPath).toBe(ITEM());
    const card = item(check(request([{ carousel: { cards: [{ header: 'h', text: 't' }] } }])));
    expect(card.contentPath).toBe(`${ITEM()}/carousel/cards/0`);
    const carousel = item(check(request([{ carousel: { cards: [{ header: 'a', text: 'b' }, { header: 'c', text: 'd' }] } }])));
    expect(carousel.contentPath).toBeNull();
  });
  it('the product count', () => {
    const products = examples.find((e) => e.id.startsWith('10'))!.request;
    const r = item(check(products));
    expect(r.products).toBe(r.suggestions.filter((s) => s.as === 'product').length);
    expect(r.products).toBeGreaterThan(0);
  });
});

describe('suggestion deliveries and generic elements', () => {
  it('a card with 4 suggestions sends them all as quick replies; its neighbour keeps its buttons', () => {
    const r = item(
      check(
        request([
          {
            carousel: {
              cards: [
                { header: 'A', text: 'a', suggestions: [reply('1', 1), reply('2', 2), reply('3', 3), reply('4', 4)] },
                { header: 'B', text: 'b', suggestions: [reply('5', 5), { action: 'OpenUrl', label: 'Web', url: 'https://x.test' }] },
              ],
            },
          },
        ]),
      ),
    );
    const card = (k: number) => `${ITEM()}/carousel/cards/${k}`;
    expect(r.suggestions.filter((s) => s.path.startsWith(card(0))).map((s) => s.as)).toEqual(['quick_reply', 'quick_reply', 'quick_reply', 'quick_reply']);
    expect(r.suggestions.filter((s) => s.path.startsWith(card(1))).map((s) => s.as)).toEqual(['button', 'button']);
    expect(r.elementPaths).toEqual([card(0), card(1)]);
    expect(r.elementButtons).toEqual([0, 2]);
    // The reason counts per card: never a total of buttons that reads like a broken limit.
    expect(r.reason).toContain('suggestions go as up to 2 buttons per card and 4 quick replies');
  });
  it('an unsupported action is not sent, and a non-Reply that would be a quick reply is not either', () => {
    const r = item(check(request([{ header: 'H', suggestions: [{ action: 'ViewLocation', label: 'Map' }] }])));
    expect(r.suggestions).toEqual([{ path: `${ITEM()}/suggestions/0`, as: 'not_sent' }]);
    const q = item(check(request([{ text: 'T', suggestions: [reply('Yes'), { action: 'OpenUrl', label: 'Web', url: 'https://x.test' }] }])));
    expect(q.suggestions.map((s) => s.as)).toEqual(['quick_reply', 'not_sent']);
  });
  it('a limit error names what is too many: the cards past the tenth, the quick replies past the thirteenth', () => {
    const cards = Array.from({ length: 12 }, (_, k) => ({ header: `C${k}`, text: 't' }));
    const r = check(request([{ carousel: { cards } }]));
    expect(r.diagnostics.find((d) => d.code === 'carousel/too-many-cards')?.related).toEqual([`${ITEM()}/carousel/cards/10`, `${ITEM()}/carousel/cards/11`]);
    const many = check(request([{ text: 'T', suggestions: Array.from({ length: 14 }, (_, k) => reply(`R${k}`, k)) }]));
    expect(many.diagnostics.find((d) => d.code === 'quick-replies/too-many')?.related).toEqual([`${ITEM()}/suggestions/13`]);
  });
  it('a second marketing message to the token is marked not delivered', () => {
    const r = check(request([{ text: 'A', tag: 'NOTIFICATION_MESSAGE' }, { text: 'B', tag: 'NOTIFICATION_MESSAGE' }], { to: [{ number: 'token' }] }));
    expect(item(r, 0).notDelivered).toBeUndefined();
    expect(item(r, 1).notDelivered).toMatch(/Not delivered/);
  });
});
