import { useSyncExternalStore } from 'react';

/**
 * The first load: what the designer does not need to accept input (the three-way merge
 * of another tab's save, the splitter, the preview's composer, its Webhooks panel and
 * their payloads) loads once it does, so that the JavaScript fetched before that moment
 * stays within its budget (`npm run bench`: "JS loaded before that").
 *
 * The page's entry (main.tsx) says a first load is under way (`startFirstLoad`) and the
 * shell says when it is over (`firstLoadDone`, after its first commit). Without the entry
 * (a view rendered alone, in a test) nothing waits.
 */
let loading = false;
const waiting = new Set<() => void>();

export function startFirstLoad(): void {
  loading = true;
}

/** The designer accepts input: marks the moment (the first-load benchmark reads it) and lets the rest load. */
export function firstLoadDone(): void {
  if (!loading) return; // over already (or none under way): a second call (React's strict mode) changes nothing
  loading = false;
  performance.mark('designer-ready');
  for (const f of [...waiting]) f();
  waiting.clear();
}

/** Settles once the first load is over (at once if it is). */
export function afterFirstLoad(): Promise<void> {
  return loading ? new Promise((resolve) => waiting.add(resolve)) : Promise.resolve();
}

const subscribe = (onChange: () => void) => {
  if (!loading) return () => {};
  waiting.add(onChange);
  return () => waiting.delete(onChange);
};

/** Whether the first load is over: a view shows what it loads lazily from then on. */
export function useFirstLoadDone(): boolean {
  return useSyncExternalStore(subscribe, () => !loading, () => true);
}
