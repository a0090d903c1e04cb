import { useDndContext } from '@dnd-kit/core';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useDerived } from '../../state/hooks';
import type { ElementKey } from '../../state/model';
import { useUi } from '../../state/ui';
import type { VirtualPlace } from './dnd';

/**
 * Long lists on the canvas (from the counts in LongList.tsx on, which loads this
 * module when one first appears): only the entries in view (and a few around them)
 * are rendered and registered with dnd-kit, so that a request of thousands of items
 * or cards opens and answers a click at once.
 */

/** The index, in a list of keys, of the entry that holds the selection (the selected element or one inside it), or -1. */
function useSelectedIndex(keys: readonly ElementKey[]): number {
  const selection = useUi((s) => s.selection);
  return useDerived((d) => {
    // The selection and its few ancestors, each looked up in the list (no set of thousands of keys per edit).
    for (let e = d.model.elements.get(selection ?? ''); e; e = e.parent === null ? undefined : d.model.elements.get(e.parent)) {
      const i = keys.indexOf(e.key);
      if (i >= 0) return i;
    }
    return -1;
  });
}

/** Keeps the dragged entry and the selected one rendered, wherever the list is scrolled. */
function useRange(keys: readonly ElementKey[]) {
  const { active } = useDndContext();
  const activeIndex = active ? keys.indexOf(String(active.id)) : -1;
  const selectedIndex = useSelectedIndex(keys);
  const rangeExtractor = (range: Range) => {
    const out = new Set(defaultRangeExtractor(range));
    if (activeIndex >= 0) out.add(activeIndex);
    if (selectedIndex >= 0) out.add(selectedIndex);
    return [...out].sort((a, b) => a - b);
  };
  return { rangeExtractor, selectedIndex };
}

/**
 * The conversation's items, in view only: absolutely placed in a list as tall as all
 * of them (their heights measured as they render), in the canvas's scroller.
 */
export default function VirtualItems({
  keys,
  label,
  render,
}: {
  keys: readonly ElementKey[];
  label: string;
  render: (key: ElementKey, place: VirtualPlace) => ReactNode;
}) {
  const listRef = useRef<HTMLOListElement>(null);
  const [margin, setMargin] = useState(0);
  const scroller = () => (listRef.current?.closest('.designer__canvas') as HTMLElement | null) ?? null;
  // Where the list starts in its scroller (the envelope and the tabs stand above it).
  useLayoutEffect(() => {
    const s = scroller();
    const l = listRef.current;
    if (s && l) setMargin(l.getBoundingClientRect().top - s.getBoundingClientRect().top + s.scrollTop);
  }, []);
  const { rangeExtractor, selectedIndex } = useRange(keys);
  // TanStack Virtual's functions change each render; this app does not use the React Compiler, so nothing memoizes them wrongly.
  // eslint-disable-next-line react-hooks/incompatible-library
  const v = useVirtualizer({
    count: keys.length,
    getScrollElement: scroller,
    estimateSize: () => 170,
    overscan: 4,
    gap: 12,
    scrollMargin: margin,
    getItemKey: (i) => keys[i]!,
    rangeExtractor,
  });
  // A selection made elsewhere (Problems, the JSON, the preview) scrolls its item into view.
  useEffect(() => {
    const r = v.range;
    if (selectedIndex >= 0 && (!r || selectedIndex < r.startIndex || selectedIndex > r.endIndex)) v.scrollToIndex(selectedIndex, { align: 'start' });
    // Only when the selection moves to another entry.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedIndex]);
  return (
    <ol ref={listRef} className="conv-items conv-items--virtual" aria-label={label} style={{ height: v.getTotalSize(), position: 'relative' }}>
      {v.getVirtualItems().map((row) =>
        render(keys[row.index]!, {
          index: row.index,
          style: { position: 'absolute', top: row.start - margin, left: 0, right: 0 },
          measure: v.measureElement,
        }),
      )}
    </ol>
  );
}

/** A carousel's cards, in view only: cards have one width, so those out of view are a spacer on either side. */
export function VirtualCards({
  keys,
  width,
  label,
  render,
}: {
  keys: readonly ElementKey[];
  /** A card's width with the gap after it, in pixels. */
  width: number;
  label: string;
  render: (key: ElementKey, index: number) => ReactNode;
}) {
  const ref = useRef<HTMLOListElement>(null);
  const { rangeExtractor } = useRange(keys);
  // eslint-disable-next-line react-hooks/incompatible-library -- as above
  const v = useVirtualizer({
    count: keys.length,
    horizontal: true,
    getScrollElement: () => ref.current,
    estimateSize: () => width,
    overscan: 3,
    getItemKey: (i) => keys[i]!,
    rangeExtractor,
  });
  const rows = v.getVirtualItems();
  const before = rows[0]?.start ?? 0;
  const after = v.getTotalSize() - (rows[rows.length - 1]?.end ?? 0);
  return (
    <ol ref={ref} className="conv-cards" aria-label={label}>
      {before > 0 && <li aria-hidden="true" className="conv-cards__spacer" style={{ flex: `0 0 ${before - 8}px` }} />}
      {rows.map((r) => render(keys[r.index]!, r.index))}
      {after > 0 && <li aria-hidden="true" className="conv-cards__spacer" style={{ flex: `0 0 ${after - 8}px` }} />}
    </ol>
  );
}
