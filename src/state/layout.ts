import { create } from 'zustand';

/** Where the page remembers its layout: apart from the designs, so a bad value here never touches them. */
export const LAYOUT_KEY = 'messenger-designer-layout';

/** The details panel's height, as a share of the designer's: bounds and the default. */
export const BOTTOM_MIN = 0.15;
export const BOTTOM_MAX = 0.85;
export const BOTTOM_DEFAULT = 0.38;

export interface LayoutState {
  /** The details panel's (Problems, JSON…) share of the designer's height, between BOTTOM_MIN and BOTTOM_MAX. */
  bottom: number;
  /** The details panel shows only its tabs. */
  collapsed: boolean;
  /** `save: false` while a drag is under way: the place is written to storage once, when it ends. */
  setBottom(share: number, save?: boolean): void;
  setCollapsed(collapsed: boolean): void;
}

export const clampBottom = (share: number): number =>
  Number.isFinite(share) ? Math.min(BOTTOM_MAX, Math.max(BOTTOM_MIN, share)) : BOTTOM_DEFAULT;

type Saved = Pick<LayoutState, 'bottom' | 'collapsed'>;

/** What this device remembers; whatever is stored is checked, and damaged, blocked or missing storage gives the defaults. */
export function readLayout(): Saved {
  let raw: unknown;
  try {
    raw = JSON.parse(localStorage.getItem(LAYOUT_KEY) ?? 'null');
  } catch {
    raw = null;
  }
  const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<string, unknown>>;
  return {
    bottom: typeof s.bottom === 'number' ? clampBottom(s.bottom) : BOTTOM_DEFAULT,
    collapsed: typeof s.collapsed === 'boolean' ? s.collapsed : false,
  };
}

function remember({ bottom, collapsed }: Saved): void {
  try {
    localStorage.setItem(LAYOUT_KEY, JSON.stringify({ bottom, collapsed }));
  } catch {
    // storage full or blocked: the layout still works, it is just not remembered
  }
}

/** The page's layout, remembered on this device. */
export const useLayout = create<LayoutState>()((set, get) => ({
  ...readLayout(),
  setBottom: (share, save = true) => {
    set({ bottom: clampBottom(share), collapsed: false });
    if (save) remember(get());
  },
  setCollapsed: (collapsed) => {
    set({ collapsed });
    remember(get());
  },
}));
