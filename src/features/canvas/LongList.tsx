import { lazy, Suspense, type ComponentProps } from 'react';

/**
 * Long lists on the canvas: from these counts on, only the entries in view are
 * rendered (Virtual.tsx, with TanStack Virtual). That module is loaded when a list
 * this long first appears, so the page's first load does not carry it for the
 * designs of a few items that nearly every user makes.
 */
export const VIRTUAL_ITEMS_FROM = 60;
export const VIRTUAL_CARDS_FROM = 40;

const load = () => import('./Virtual');
const Items = lazy(load);
const Cards = lazy(() => load().then((m) => ({ default: m.VirtualCards })));

/** While the module loads (a moment, from the app's own files): what is being drawn. */
const Drawing = ({ count, what }: { count: number; what: string }) => (
  <p className="muted" role="status">
    Drawing {count} {what}…
  </p>
);

/** The conversation's items, in view only. */
export function VirtualItems(props: ComponentProps<typeof Items>) {
  return (
    <Suspense fallback={<Drawing count={props.keys.length} what="items" />}>
      <Items {...props} />
    </Suspense>
  );
}

/** A carousel's cards, in view only. */
export function VirtualCards(props: ComponentProps<typeof Cards>) {
  return (
    <Suspense fallback={<Drawing count={props.keys.length} what="cards" />}>
      <Cards {...props} />
    </Suspense>
  );
}
