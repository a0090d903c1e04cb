import { useMemo } from 'react';
import type { Diagnostic, ItemReport } from '../../core';

/** One conversation item as the conversation lays it out: its key and how many Send API messages it makes. */
export interface ConversationEntry {
  key: string;
  sends: number;
}

/** Items the preview draws at most: a conversation of thousands is checked whole, drawn in part. */
export const PREVIEW_ITEMS_MAX = 40;

/** How the conversation is laid out: the items drawn (the first PREVIEW_ITEMS_MAX at most) and what the whole has. */
export interface ConversationLayout {
  /** The items drawn, in order. */
  entries: readonly ConversationEntry[];
  /** Conversation items in all. */
  count: number;
  /** Send API messages of every item. */
  sends: number;
}

/**
 * Where the preview reads a message's items from. The designer's source selects
 * each item on its own (an edit re-renders the bubbles of the item that changed);
 * `staticSource` serves a fixed list (tests, a report).
 */
export interface ConversationSource {
  /** The layout (the drawn items' keys and send counts, the totals): a new object only when it changes. */
  useLayout(): ConversationLayout;
  /** One item's report: the same object while it is unchanged. */
  useItem(key: string): ItemReport | undefined;
  /** The errors within one item (its own, its cards', its suggestions'): Messenger rejects the item. The same array while unchanged. */
  useErrors(key: string): readonly Diagnostic[];
}

/**
 * The text form of a layout (`count:sends#key:sends|…`), so that a selector can
 * return a string, stable while equal. Only the drawn items are written: a
 * conversation of 10,000 items costs a sum, not a string of 10,000 entries, per edit.
 */
export function layoutText(count: number, keyOf: (i: number) => string, sendsOf: (i: number) => number): string {
  let sends = 0;
  for (let i = 0; i < count; i++) sends += sendsOf(i);
  const shown: string[] = [];
  for (let i = 0; i < Math.min(count, PREVIEW_ITEMS_MAX); i++) shown.push(`${keyOf(i)}:${sendsOf(i)}`);
  return `${count}:${sends}#${shown.join('|')}`;
}

/** A layout from its text form. */
export function parseLayout(text: string): ConversationLayout {
  const hash = text.indexOf('#');
  const [count, sends] = text.slice(0, hash).split(':').map(Number) as [number, number];
  const body = text.slice(hash + 1);
  const entries =
    body === ''
      ? []
      : body.split('|').map((part) => {
          const at = part.lastIndexOf(':');
          return { key: part.slice(0, at), sends: Number(part.slice(at + 1)) };
        });
  return { entries, count, sends };
}

/** The layout a selector gave as text, as an object kept while the text is equal. */
export const useLayoutOf = (text: string): ConversationLayout => useMemo(() => parseLayout(text), [text]);

/** Whether a pointer is `scope` or inside it. */
export const within = (path: string, scope: string): boolean => path === scope || path.startsWith(scope + '/');

/** A source that serves a fixed list of items, keyed by position, with the report's diagnostics. */
export function staticSource(items: readonly ItemReport[], diagnostics: readonly Diagnostic[] = []): ConversationSource {
  const layout = parseLayout(layoutText(items.length, String, (i) => items[i]!.sends.length));
  const errors = items.map((it) => diagnostics.filter((d) => d.severity === 'error' && within(d.path, it.path)));
  return {
    useLayout: () => layout,
    useItem: (key) => items[Number(key)],
    useErrors: (key) => errors[Number(key)] ?? [],
  };
}
