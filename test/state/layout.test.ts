// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { BOTTOM_DEFAULT, BOTTOM_MAX, BOTTOM_MIN, LAYOUT_KEY, readLayout, useLayout } from '../../src/state/layout';
import { useUi } from '../../src/state/ui';

const stored = () => JSON.parse(localStorage.getItem(LAYOUT_KEY) ?? 'null') as { bottom: number; collapsed: boolean } | null;

describe('the remembered layout', () => {
  beforeEach(() => {
    localStorage.clear();
    useLayout.setState({ bottom: BOTTOM_DEFAULT, collapsed: false });
  });

  it('keeps the details panel between its bounds, and remembers it', () => {
    useLayout.getState().setBottom(0.99);
    expect(useLayout.getState().bottom).toBe(BOTTOM_MAX);
    useLayout.getState().setBottom(-3);
    expect(useLayout.getState().bottom).toBe(BOTTOM_MIN);
    useLayout.getState().setBottom(Number.NaN);
    expect(useLayout.getState().bottom).toBe(BOTTOM_DEFAULT);
    useLayout.getState().setBottom(0.5);
    expect(stored()).toEqual({ bottom: 0.5, collapsed: false });
  });

  it('a size set while folded unfolds the panel', () => {
    useLayout.getState().setCollapsed(true);
    useLayout.getState().setBottom(0.3);
    expect(useLayout.getState().collapsed).toBe(false);
  });

  it.each([
    ['not JSON', '{oops'],
    ['a wrong shape', '"tall"'],
    ['null', 'null'],
    ['values out of range or of the wrong type', JSON.stringify({ bottom: 40, collapsed: 'yes' })],
    ['a number too large', '{"bottom": 1e999}'],
  ])('damaged storage (%s) falls back to sane values', (_, raw) => {
    localStorage.setItem(LAYOUT_KEY, raw);
    const { bottom, collapsed } = readLayout();
    expect(bottom).toBeGreaterThanOrEqual(BOTTOM_MIN);
    expect(bottom).toBeLessThanOrEqual(BOTTOM_MAX);
    expect(typeof collapsed).toBe('boolean');
  });

  it('a full or blocked storage never breaks resizing', () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(() => useLayout.getState().setBottom(0.6)).not.toThrow();
      expect(useLayout.getState().bottom).toBe(0.6);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});

describe('the phone views', () => {
  it('asking to edit shows the inspector in the same update that asks it to focus', () => {
    useUi.setState({ phoneView: 'preview' });
    const tick = useUi.getState().editTick;
    useUi.getState().edit();
    expect(useUi.getState()).toMatchObject({ phoneView: 'inspector', editTick: tick + 1 });
  });
});
