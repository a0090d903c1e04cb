// Nothing typed leaves the page: a media URL being typed is not loaded until typing pauses
// (TYPING_PAUSE_MS) or the field loses focus; until then its placeholder says so.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Preview, staticSource } from '../../../src/features/preview';
import { resetTyping, TYPING_PAUSE_MS } from '../../../src/features/preview/typing';
import { image, itemsOf, requestWith } from './render';

function Harness({ url }: { url: string }) {
  const items = itemsOf(requestWith([{ media: image(url) }]));
  return <Preview source={staticSource(items)} pageId="p" recipient="r" />;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  resetTyping();
  vi.useRealTimers();
});

/** Renders the preview with an input beside it, as the inspector's URL field. */
function setup(url: string) {
  const field = document.createElement('input');
  document.body.append(field);
  const view = render(<Harness url={url} />);
  const type = (next: string) => {
    fireEvent.input(field, { target: { value: next } });
    view.rerender(<Harness url={next} />);
  };
  return { field, type, cleanup: () => field.remove() };
}

const srcs = () => [...document.querySelectorAll('img')].map((i) => i.getAttribute('src'));

describe('a media URL being typed', () => {
  it('is shown at once when nobody types (an opened design, an example)', () => {
    const { cleanup } = setup('https://example.com/a.png');
    expect(srcs()).toEqual(['https://example.com/a.png']);
    cleanup();
  });

  it('loads nothing while typed key by key, then the whole URL once typing pauses', () => {
    const { type, cleanup } = setup('https://example.com/a.png');
    const url = 'https://example.com/b.png';
    for (let i = 'https://e'.length; i <= url.length; i++) {
      type(url.slice(0, i));
      act(() => vi.advanceTimersByTime(100));
      expect(srcs()).toEqual([]);
    }
    expect(screen.getByRole('img', { name: /loads when you stop typing.*example\.com\/b\.png/i })).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS));
    expect(srcs()).toEqual([url]);
    cleanup();
  });

  it('loads at once when the field loses focus', () => {
    const { field, type, cleanup } = setup('');
    field.focus();
    type('https://example.com/c.png');
    expect(srcs()).toEqual([]);
    act(() => field.blur());
    expect(srcs()).toEqual(['https://example.com/c.png']);
    cleanup();
  });

  it('keeps an image already loaded while the user types elsewhere', () => {
    const { field, cleanup } = setup('https://example.com/a.png');
    fireEvent.input(field, { target: { value: 'x' } });
    expect(srcs()).toEqual(['https://example.com/a.png']);
    cleanup();
  });
});
