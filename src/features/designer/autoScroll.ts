import type { AutoScrollOptions } from '@dnd-kit/core';
import { useEffect, useMemo, useState } from 'react';

/** How long the pointer must stay (within REST_SLOP px) before a drag may scroll what it is near the edge of. */
export const REST_MS = 350;
const REST_SLOP = 6;

/**
 * dnd-kit's auto-scroll, tuned so that it scrolls only when the pointer rests
 * near the edge of the canvas (or the palette): a pointer passing over the lower
 * part of the canvas on its way from the palette no longer scrolls it under
 * itself, so the drop lands where it was aimed. dnd-kit decides the edge band
 * (`threshold`, a share of the scrolling box) and the speed (`acceleration`);
 * `canScroll` holds it back until the pointer has stayed still for REST_MS, and
 * again after each move. Keyboard drags never auto-scroll (they scroll by keys).
 */
export function useRestingAutoScroll(dragging: boolean): AutoScrollOptions {
  const [resting, setResting] = useState(false);
  useEffect(() => {
    if (!dragging) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let x = NaN;
    let y = NaN;
    const onMove = (e: PointerEvent) => {
      if (Math.abs(e.clientX - x) + Math.abs(e.clientY - y) <= REST_SLOP) return;
      x = e.clientX;
      y = e.clientY;
      setResting(false);
      clearTimeout(timer);
      timer = setTimeout(setResting, REST_MS, true);
    };
    addEventListener('pointermove', onMove, true);
    return () => {
      removeEventListener('pointermove', onMove, true);
      clearTimeout(timer);
      setResting(false);
    };
  }, [dragging]);
  // A new canScroll when `resting` changes: dnd-kit then looks at the edges again, with the pointer where it is.
  return useMemo(() => ({ canScroll: () => resting, threshold: { x: 0.1, y: 0.12 }, acceleration: 6, interval: 10 }), [resting]);
}
