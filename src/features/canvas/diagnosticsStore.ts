import { create } from 'zustand';
import type { Diagnostic } from '../../core';

/**
 * The canvas's diagnostics by the element they belong to. Each block selects
 * only its own list, and a list that did not change keeps its identity, so an
 * edit re-renders just the blocks whose problems changed (plus what changed).
 */
export const useCanvasDiagnostics = create<{ byOwner: Map<string, Diagnostic[]> }>(() => ({ byOwner: new Map() }));

const same = (a: Diagnostic[], b: Diagnostic[]) =>
  a.length === b.length &&
  a.every((d, i) => {
    const e = b[i]!;
    return d.code === e.code && d.path === e.path && d.severity === e.severity && d.message === e.message;
  });

/** Publishes a new grouping, reusing unchanged lists. */
export function publishDiagnostics(next: Map<string, Diagnostic[]>): void {
  const prev = useCanvasDiagnostics.getState().byOwner;
  const merged = new Map<string, Diagnostic[]>();
  let changed = next.size !== prev.size;
  for (const [owner, list] of next) {
    const old = prev.get(owner);
    if (old && same(old, list)) merged.set(owner, old);
    else {
      merged.set(owner, list);
      changed = true;
    }
  }
  if (changed) useCanvasDiagnostics.setState({ byOwner: merged });
}

/** The diagnostics of one element of the canvas. */
export function useElementDiagnostics(path: string): Diagnostic[] | undefined {
  return useCanvasDiagnostics((s) => s.byOwner.get(path));
}
