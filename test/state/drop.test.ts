import { describe, expect, it } from 'vitest';
import { check, getAt } from '../../src/core';
import { planDrop } from '../../src/features/elements/drop';
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
