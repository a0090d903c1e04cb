import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';

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
  setBottom(share: number): void;
  setCollapsed(collapsed: boolean): void;
}

/** Storage that never throws: blocked, full or damaged storage only means the layout is not remembered. */
const safeStorage: StateStorage = {
  getItem: (name) => {
    try {
      return localStorage.getItem(name);
    } catch {
      return null;
    }
  },
  setItem: (name, value) => {
    try {
      localStorage.setItem(name, value);
    } catch {
      // not remembered; the layout still works
    }
  },
  removeItem: (name) => {
    try {
      localStorage.removeItem(name);
    } catch {
      // nothing to do
    }
  },
};

export const clampBottom = (share: number): number =>
  Number.isFinite(share) ? Math.min(BOTTOM_MAX, Math.max(BOTTOM_MIN, share)) : BOTTOM_DEFAULT;

/** The page's layout, remembered on this device (storage blocked or damaged: the defaults, and nothing breaks). */
export const useLayout = create<LayoutState>()(
  persist(
    (set) => ({
      bottom: BOTTOM_DEFAULT,
      collapsed: false,
      setBottom: (share) => set({ bottom: clampBottom(share), collapsed: false }),
      setCollapsed: (collapsed) => set({ collapsed }),
    }),
    {
      name: LAYOUT_KEY,
      version: 1,
      storage: createJSONStorage(() => safeStorage),
      partialize: (s) => ({ bottom: s.bottom, collapsed: s.collapsed }),
      // Whatever is stored is checked: a hand-edited or damaged value falls back to the default.
      merge: (stored, current) => {
        const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Record<string, unknown>>;
        return {
          ...current,
          bottom: typeof s.bottom === 'number' ? clampBottom(s.bottom) : current.bottom,
          collapsed: typeof s.collapsed === 'boolean' ? s.collapsed : current.collapsed,
        };
      },
    },
  ),
);
