import { useShallow } from 'zustand/react/shallow';
import { derivedOf, type Derived } from './derived';
import { useDocument } from './document';
import type { ElementEntry, ElementKey } from './model';
import { useUi } from './ui';

/**
 * Narrow subscriptions for the views: each selects its own piece of the document
 * or of the derived state and re-renders only when that piece changes.
 */

/** The derived state of the current document (outside React). */
export const derived = (): Derived => derivedOf(useDocument.getState().doc);

/** Selects a piece of the derived state; the view re-renders only when the piece changes identity. */
export function useDerived<T>(selector: (d: Derived) => T): T {
  return useDocument((s) => selector(derivedOf(s.doc)));
}

/** The same for a piece made anew on each call (an array or object of stable parts): compared shallowly. */
export function useDerivedShallow<T>(selector: (d: Derived) => T): T {
  return useDocument(useShallow((s) => selector(derivedOf(s.doc))));
}

/** Where an element stands now (its pointer, type, parent), or undefined when it is gone. */
export function useEntry(key: ElementKey | null): ElementEntry | undefined {
  return useDerived((d) => (key === null ? undefined : d.model.elements.get(key)));
}

/** The selected element's entry, when it exists in the current message. */
export function useSelectedEntry(): ElementEntry | undefined {
  const selection = useUi((s) => s.selection);
  const msgIndex = useUi((s) => s.msgIndex);
  const entry = useEntry(selection);
  return entry && entry.msgIndex === msgIndex ? entry : undefined;
}

/** The model object of an element (an item's, a card's...), kept while its JSON and place are unchanged. */
export function useModel<T>(key: ElementKey): T | undefined {
  return useDerived((d) => d.model.cache.get(key)?.model as T | undefined);
}
