import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { BOTTOM_DEFAULT, BOTTOM_MAX, BOTTOM_MIN, useLayout } from '../state/layout';

const STEP = 0.05;
const PAGE = 0.2;

/**
 * The bar between the canvas and the details panel: drag it with the mouse or a finger,
 * or focus it and use the arrow keys (Home: tallest panel, End: smallest, Enter: fold or unfold).
 * Where it ends up is remembered on this device.
 */
export function Splitter({ controls }: { controls: string }) {
  const bottom = useLayout((s) => s.bottom);
  const collapsed = useLayout((s) => s.collapsed);
  const drag = useRef<{ top: number; height: number } | null>(null);

  const shareAt = (clientY: number) => {
    const d = drag.current;
    return d ? (d.top + d.height - clientY) / d.height : bottom;
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    const grid = e.currentTarget.closest('.designer');
    if (!grid) return;
    const r = grid.getBoundingClientRect();
    drag.current = { top: r.top, height: r.height };
    e.currentTarget.setPointerCapture(e.pointerId);
    e.preventDefault();
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (drag.current) useLayout.getState().setBottom(shareAt(e.clientY), false);
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    useLayout.getState().setBottom(shareAt(e.clientY));
    drag.current = null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const { setBottom, setCollapsed } = useLayout.getState();
    const from = collapsed ? BOTTOM_MIN : bottom;
    const moves: Record<string, () => void> = {
      ArrowUp: () => setBottom(from + STEP),
      ArrowDown: () => (collapsed ? undefined : from - STEP < BOTTOM_MIN ? setCollapsed(true) : setBottom(from - STEP)),
      PageUp: () => setBottom(from + PAGE),
      PageDown: () => setBottom(from - PAGE),
      Home: () => setBottom(BOTTOM_MAX),
      End: () => setBottom(BOTTOM_MIN),
      Enter: () => setCollapsed(!collapsed),
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    move();
  };
  const percent = Math.round((collapsed ? 0 : bottom) * 100);
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="horizontal"
      aria-controls={controls}
      aria-label="Height of the details panel"
      aria-valuemin={0}
      aria-valuemax={Math.round(BOTTOM_MAX * 100)}
      aria-valuenow={percent}
      aria-valuetext={collapsed ? 'Folded: only its tabs show' : `${percent}% of the height`}
      title="Drag to resize the details panel; double-click to restore it (keyboard: arrows, Home, End, Enter folds)"
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        // A drag the browser took away ends where it was: that place is remembered.
        if (!drag.current) return;
        drag.current = null;
        useLayout.getState().setBottom(useLayout.getState().bottom);
      }}
      onDoubleClick={() => useLayout.getState().setBottom(BOTTOM_DEFAULT)}
      onKeyDown={onKeyDown}
      data-testid="splitter"
    />
  );
}

/** Folds the details panel to its tabs, or unfolds it. */
export function CollapseButton({ controls }: { controls: string }) {
  const collapsed = useLayout((s) => s.collapsed);
  return (
    <button
      type="button"
      className="icon-button collapse-button"
      aria-expanded={!collapsed}
      aria-controls={controls}
      title={collapsed ? 'Show the details panel' : 'Fold the details panel to its tabs'}
      onClick={() => useLayout.getState().setCollapsed(!collapsed)}
    >
      <span aria-hidden="true">{collapsed ? '▴' : '▾'}</span>
      <span className="visually-hidden">{collapsed ? 'Show details' : 'Fold details'}</span>
    </button>
  );
}
