import { useMemo } from 'react';
import type { Diagnostic, ItemReport } from '../../core';

/** One conversation item as the conversation lays it out: its key and how many Send API messages it makes. */
export interface ConversationEntry {
  key: string;
  sends: number;
}

/**
 * Where the preview reads a message's items from. The designer's source selects
 * each item on its own (an edit re-renders the bubbles of the item that changed);
 * `staticSource` serves a fixed list (tests, a report).
 */
export interface ConversationSource {
  /** The items' keys and send counts: a new array only when they change. */
  useEntries(): readonly ConversationEntry[];
  /** One item's report: the same object while it is unchanged. */
  useItem(key: string): ItemReport | undefined;
  /** The errors within one item (its own, its cards', its suggestions'): Messenger rejects the item. The same array while unchanged. */
  useErrors(key: string): readonly Diagnostic[];
}

/** Entries from their text form (`key:sends|…`): a selector can return the string, stable while equal. */
export function useEntriesOf(text: string): readonly ConversationEntry[] {
  return useMemo(
    () =>
      text === ''
        ? []
        : text.split('|').map((part) => {
            const at = part.lastIndexOf(':');
            return { key: part.slice(0, at), sends: Number(part.slice(at + 1)) };
          }),
    [text],
  );
}

/** The text form of entries. */
export const entriesText = (entries: readonly { key: string; sends: number }[]): string => entries.map((e) => `${e.key}:${e.sends}`).join('|');

/** Whether a pointer is `scope` or inside it. */
export const within = (path: string, scope: string): boolean => path === scope || path.startsWith(scope + '/');

/** A source that serves a fixed list of items, keyed by position, with the report's diagnostics. */
export function staticSource(items: readonly ItemReport[], diagnostics: readonly Diagnostic[] = []): ConversationSource {
  const entries = items.map((it, i) => ({ key: String(i), sends: it.sends.length }));
  const errors = items.map((it) => diagnostics.filter((d) => d.severity === 'error' && within(d.path, it.path)));
  return {
    useEntries: () => entries,
    useItem: (key) => items[Number(key)],
    useErrors: (key) => errors[Number(key)] ?? [],
  };
}
