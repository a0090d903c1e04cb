import { useEffect, useSyncExternalStore } from 'react';
import type * as FixesModule from '../../core/fixes';

export type Fixes = typeof FixesModule;

/**
 * The fixers load when the page first shows a fixable problem, not in its first load:
 * until then the views show their problems without a Fix button.
 */
let loaded: Fixes | null = null;
let loading: Promise<Fixes> | null = null;
const listeners = new Set<() => void>();

export function loadFixes(): Promise<Fixes> {
  loading ??= import('../../core/fixes').then((m) => {
    loaded = m;
    for (const l of listeners) l();
    return m;
  });
  return loading;
}

/** The fixes module once loaded (asking for it when `wanted`), else null. */
export function useFixes(wanted: boolean): Fixes | null {
  useEffect(() => {
    if (wanted && !loaded) void loadFixes();
  }, [wanted]);
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => loaded,
  );
}
