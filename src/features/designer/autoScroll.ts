import type { AutoScrollOptions } from '@dnd-kit/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

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
export function useRestingAutoScroll(active: boolean): AutoScrollOptions {
  const [resting, setResting] = useState(false);
  const anchor = useRef<{ x: number; y: number } | null>(null);
  useEffect(() => {
    if (!active) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onMove = (e: PointerEvent) => {
      const a = anchor.current;
      if (a && Math.abs(e.clientX - a.x) <= REST_SLOP && Math.abs(e.clientY - a.y) <= REST_SLOP) return;
      anchor.current = { x: e.clientX, y: e.clientY };
      setResting(false);
      clearTimeout(timer);
      timer = setTimeout(() => setResting(true), REST_MS);
    };
    window.addEventListener('pointermove', onMove, { passive: true, capture: true });
    return () => {
      window.removeEventListener('pointermove', onMove, { capture: true });
      clearTimeout(timer);
      anchor.current = null;
      setResting(false);
    };
  }, [active]);
  // A new function when `resting` changes: dnd-kit then looks at the edges again, with the pointer where it is.
  const canScroll = useCallback(() => resting, [resting]);
  return useMemo(() => ({ canScroll, threshold: { x: 0.1, y: 0.12 }, acceleration: 6, interval: 10 }), [canScroll]);
}
