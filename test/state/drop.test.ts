import { describe, expect, it } from 'vitest';
import { check, getAt } from '../../src/core';
import { judgeDrop, planDrop, type DropTarget } from '../../src/features/elements/drop';
import { refusalText } from '../../src/features/elements/refusals';
import { ELEMENT_KINDS } from '../../src/features/elements/registry';
import { EMPTY_REQUEST } from '../../src/state/document';
import { applyOps } from '../../src/state/ops';

const msg = '/messages/msg/0';
const conv = `${msg}/richContent/conversation`;

function drop(doc: unknown, ...steps: Parameters<typeof planDrop> extends [unknown, ...infer R] ? R : never) {
  const plan = planDrop(doc, ...steps);
  if (!plan) throw new Error('not accepted');
  return { doc: applyOps(doc, plan.ops), select: plan.select };
}

describe('planDrop', () => {
  it('every palette kind that fits the conversation creates an item', () => {
    for (const k of ELEMENT_KINDS.filter((k) => k.accepts.includes('conversation'))) {
      const r = drop(EMPTY_REQUEST, k.id, { slot: 'conversation', msgPath: msg });
      expect(getAt(r.doc, `${conv}/0`), k.id).toBeDefined();
      expect(r.select.startsWith(`${conv}/0`), k.id).toBe(true);
      expect(getAt(r.doc, r.select), k.id).toBeDefined();
    }
  });
  it('a card on the conversation makes a single-card item (a rich card)', () => {
    const r = drop(EMPTY_REQUEST, 'card', { slot: 'conversation', msgPath: msg });
    expect(check(r.doc).messages[0]!.items[0]!.outcome).toBe('generic_template');
  });
  it('a second card turns the rich card into a carousel', () => {
    let r = drop(EMPTY_REQUEST, 'card', { slot: 'conversation', msgPath: msg });
    r = drop(r.doc, 'card', { slot: 'item', path: `${conv}/0` });
    expect(r.select).toBe(`${conv}/0/carousel/cards/1`);
    expect(check(r.doc).messages[0]!.items[0]!.cards).toBe(2);
  });
  it('a fourth suggestion on a button card sends them as quick replies', () => {
    let r = drop(EMPTY_REQUEST, 'header', { slot: 'conversation', msgPath: msg });
    for (let i = 0; i < 3; i++) r = drop(r.doc, 'reply', { slot: 'item', path: `${conv}/0` });
    expect(check(r.doc).messages[0]!.items[0]).toMatchObject({ outcome: 'button_template', suggestionsAs: 'buttons' });
    r = drop(r.doc, 'reply', { slot: 'item', path: `${conv}/0` });
    const report = check(r.doc);
    expect(report.messages[0]!.items[0]).toMatchObject({ outcome: 'button_template', suggestionsAs: 'quick_replies' });
    expect(report.diagnostics.map((d) => d.code)).toContain('button-template/no-buttons');
  });
  it('refuses a field that is already there', () => {
    const r = drop(EMPTY_REQUEST, 'text', { slot: 'conversation', msgPath: msg });
    expect(planDrop(r.doc, 'text', { slot: 'item', path: `${conv}/0` })).toBeNull();
    expect(planDrop(r.doc, 'header', { slot: 'item', path: `${conv}/0` })).not.toBeNull();
  });
  it('content dropped on a single-card item goes into the card', () => {
    let r = drop(EMPTY_REQUEST, 'card', { slot: 'conversation', msgPath: msg });
    r = drop(r.doc, 'reply', { slot: 'item', path: `${conv}/0` });
    expect(r.select).toBe(`${conv}/0/carousel/cards/0/suggestions/1`);
  });
  it('beside a carousel only suggestions are accepted on the item', () => {
    const r = drop(EMPTY_REQUEST, 'carousel', { slot: 'conversation', msgPath: msg });
    expect(planDrop(r.doc, 'text', { slot: 'item', path: `${conv}/0` })).toBeNull();
    expect(planDrop(r.doc, 'reply', { slot: 'item', path: `${conv}/0` })?.select).toBe(`${conv}/0/suggestions/0`);
  });
  it('a tag lands on an item only, once', () => {
    const r = drop(EMPTY_REQUEST, 'text', { slot: 'conversation', msgPath: msg });
    expect(planDrop(r.doc, 'tag', { slot: 'conversation', msgPath: msg })).toBeNull();
    const t = drop(r.doc, 'tag', { slot: 'item', path: `${conv}/0` });
    expect(getAt(t.doc, `${conv}/0/tag`)).toBe('HUMAN_AGENT');
    expect(planDrop(t.doc, 'tag', { slot: 'item', path: `${conv}/0` })).toBeNull();
  });
  it('writes into the user’s own key spelling', () => {
    const doc = { messages: { msg: [{ from: 'p', to: [{ number: '1' }], body: {}, RichContent: { Conversation: [{ Suggestions: [] }] } }] } };
    const r = drop(doc, 'reply', { slot: 'item', path: '/messages/msg/0/RichContent/Conversation/0' });
    expect(r.select).toBe('/messages/msg/0/RichContent/Conversation/0/Suggestions/0');
    const n = drop(doc, 'text', { slot: 'conversation', msgPath: msg });
    expect(n.select).toBe('/messages/msg/0/RichContent/Conversation/1/text');
  });
  it('an opt-in request does not go into a card', () => {
    const r = drop(EMPTY_REQUEST, 'carousel', { slot: 'conversation', msgPath: msg });
    expect(planDrop(r.doc, 'optin', { slot: 'card', path: `${conv}/0/carousel/cards/0` })).toBeNull();
  });
});

const cards = `${conv}/0/carousel/cards`;
const titles = (doc: unknown) => (getAt(doc, cards) as { header: string }[]).map((c) => c.header);

describe('cards dropped on cards and between them', () => {
  it('a Card dropped on a card goes in after it, titled by its place', () => {
    const r = drop(drop(EMPTY_REQUEST, 'carousel', { slot: 'conversation', msgPath: msg }).doc, 'card', { slot: 'card', path: `${cards}/0` });
    expect(r.select).toBe(`${cards}/1`);
    expect(titles(r.doc)).toEqual(['Card 1 title', 'Card 2 title', 'Card 2 title']);
    expect((getAt(r.doc, `${cards}/1`) as { suggestions: { postbackdata: string }[] }).suggestions[0]!.postbackdata).toBe('MORE_2');
  });
  it('a Card dropped in the gap before a card goes in before it', () => {
    const r = drop(drop(EMPTY_REQUEST, 'carousel', { slot: 'conversation', msgPath: msg }).doc, 'card', { slot: 'card', path: `${cards}/0`, before: true });
    expect(r.select).toBe(`${cards}/0`);
    expect(titles(r.doc)).toEqual(['Card 1 title', 'Card 1 title', 'Card 2 title']);
  });
  it('new cards are titled "Card N title", N their place', () => {
    let r = drop(EMPTY_REQUEST, 'card', { slot: 'conversation', msgPath: msg });
    r = drop(r.doc, 'card', { slot: 'item', path: `${conv}/0` });
    r = drop(r.doc, 'card', { slot: 'item', path: `${conv}/0` });
    expect(titles(r.doc)).toEqual(['Card 1 title', 'Card 2 title', 'Card 3 title']);
  });
  it('only a card goes in the gap between cards', () => {
    const r = drop(EMPTY_REQUEST, 'carousel', { slot: 'conversation', msgPath: msg });
    expect(judgeDrop(r.doc, 'reply', { slot: 'card', path: `${cards}/1`, before: true }).plan).toBeNull();
    expect(why(r.doc, 'reply', { slot: 'card', path: `${cards}/1`, before: true })).toBe('Only a card goes between cards: drop a reply on a card');
  });
});

/** What judgeDrop says, in the words the canvas shows. */
function why(doc: unknown, kind: Parameters<typeof judgeDrop>[1], target: DropTarget): string | undefined {
  const { refusal } = judgeDrop(doc, kind, target);
  return refusal && refusalText(refusal);
}

describe('judgeDrop and refusalText: why a place does not take an element', () => {
  const carousel = () => drop(EMPTY_REQUEST, 'carousel', { slot: 'conversation', msgPath: msg }).doc;
  it('a card that already has an image names the card and the fix', () => {
    expect(why(carousel(), 'image', { slot: 'card', path: `${cards}/0` })).toBe('Card 1 already has an image: edit it in the inspector');
    expect(why(carousel(), 'video', { slot: 'card', path: `${cards}/1` })).toBe('Card 2 already has an image: edit it in the inspector');
    expect(why(carousel(), 'header', { slot: 'card', path: `${cards}/1` })).toBe('Card 2 already has a header: edit it in the inspector');
  });
  it('an item that has a field, a video or a tag already', () => {
    let r = drop(EMPTY_REQUEST, 'text', { slot: 'conversation', msgPath: msg });
    r = drop(r.doc, 'video', { slot: 'item', path: `${conv}/0` });
    r = drop(r.doc, 'tag', { slot: 'item', path: `${conv}/0` });
    const item = { slot: 'item' as const, path: `${conv}/0` };
    expect(why(r.doc, 'text', item)).toBe('Item 1 already has text: edit it in the inspector');
    expect(why(r.doc, 'image', item)).toBe('Item 1 already has a video: edit it in the inspector');
    expect(why(r.doc, 'tag', item)).toBe('Item 1 already has a message tag: edit it in the inspector');
  });
  it('content dropped on a carousel item points to its cards', () => {
    expect(why(carousel(), 'text', { slot: 'item', path: `${conv}/0` })).toBe('Item 1 is a carousel: drop the text on one of its cards');
  });
  it('a single-card item names its card', () => {
    const r = drop(EMPTY_REQUEST, 'card', { slot: 'conversation', msgPath: msg });
    expect(why(r.doc, 'header', { slot: 'item', path: `${conv}/0` })).toBe('Card 1 already has a header: edit it in the inspector');
  });
  it('elements that go elsewhere say where', () => {
    const doc = carousel();
    expect(why(doc, 'carousel', { slot: 'item', path: `${conv}/0` })).toBe(
      'A carousel goes only in the new-item zone, as an item of its own',
    );
    expect(why(doc, 'optin', { slot: 'card', path: `${cards}/0` })).toBe(
      'An opt-in request goes only on a conversation item or in the new-item zone, as an item of its own',
    );
    expect(why(doc, 'tag', { slot: 'conversation', msgPath: msg })).toBe('A message tag goes only on a conversation item');
  });
  it('a place whose JSON is not what it should be sends the user to the JSON', () => {
    const doc = { messages: { msg: [{ richContent: { conversation: [{ suggestions: 'oops' }] } }] } };
    expect(why(doc, 'reply', { slot: 'item', path: `${conv}/0` })).toBe(
      'Item 1 has JSON the designer cannot add to: fix it in the JSON tab',
    );
  });
  it('every place either plans the drop or gives a reason, for every kind', () => {
    const doc = carousel();
    const targets = [
      { slot: 'conversation' as const, msgPath: msg },
      { slot: 'item' as const, path: `${conv}/0` },
      { slot: 'card' as const, path: `${cards}/0` },
      { slot: 'card' as const, path: `${cards}/1`, before: true },
    ];
    for (const k of ELEMENT_KINDS)
      for (const t of targets) {
        const v = judgeDrop(doc, k.id, t);
        expect(v.plan === null ? refusalText(v.refusal).length > 10 : v.refusal === undefined, `${k.id} on ${JSON.stringify(t)}`).toBe(true);
      }
  });
});
