import { useRef } from 'react';
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
  const last = useRef<T>(undefined);
  return useDocument((s) => {
    const next = selector(derivedOf(s.doc));
    return last.current !== undefined && shallowEqual(last.current, next) ? last.current : (last.current = next);
  });
}

/**
 * Whether two arrays hold the same entries, or two plain objects the same values,
 * by identity. Unlike zustand's `shallow`, an array is compared index by index
 * without copying it into a Map: a list of 10,000 item keys is compared on every
 * edit of a large request.
 */
export function shallowEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && Object.is(ra[k], rb[k]));
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
