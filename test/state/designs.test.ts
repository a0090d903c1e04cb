import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDocument } from '../../src/state/document';
import { createDesign, currentDesign, flushSave, initDesigns, openDesign, SAVE_DELAY_MS, setRememberToken, useDesigns } from '../../src/state/designs';
import { STORAGE_KEY, type StorageLike } from '../../src/state/persist';

class MemoryStorage implements StorageLike {
  map = new Map<string, string>();
  writes = 0;
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.writes++;
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

const stored = (s: MemoryStorage) => JSON.parse(s.getItem(STORAGE_KEY)!) as { designs: { id: string; name: string; doc: unknown }[]; currentId: string };
const setHeader = (text: string) =>
  useDocument.getState().dispatch({ kind: 'set', path: '/messages/msg/0/richContent/conversation/0', value: { text } }, 'inspector');

describe('autosave', () => {
  let storage: MemoryStorage;
  beforeEach(async () => {
    vi.useFakeTimers();
    storage = new MemoryStorage();
    await initDesigns(storage);
  });
  afterEach(() => {
    flushSave();
    vi.useRealTimers();
  });

  it('saves a burst of edits once, shortly after the last keystroke of the burst begins', () => {
    const before = storage.writes;
    for (const t of ['H', 'He', 'Hel', 'Hell', 'Hello']) setHeader(t);
    expect(storage.writes).toBe(before); // nothing written on the keystroke's path
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(storage.writes).toBe(before + 1);
    expect(JSON.stringify(stored(storage).designs.find((d) => d.id === stored(storage).currentId)!.doc)).toContain('"Hello"');
  });

  it('keeps an unsaved edit in its own design when another design is opened at once', () => {
    const first = currentDesign()!.id;
    setHeader('Edit of the first design');
    const second = createDesign('Second', { messages: { authentication: { productToken: '' }, msg: [] } });
    expect(useDesigns.getState().currentId).toBe(second);
    openDesign(first);
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    const saved = stored(storage);
    expect(JSON.stringify(saved.designs.find((d) => d.id === first)!.doc)).toContain('Edit of the first design');
    expect(JSON.stringify(saved.designs.find((d) => d.id === second)!.doc)).not.toContain('Edit of the first design');
  });

  it('saves at once when asked (the page is hidden or closed)', () => {
    setHeader('Saved on pagehide');
    flushSave();
    expect(JSON.stringify(stored(storage).designs)).toContain('Saved on pagehide');
  });

  it('follows "remember my token" at once', () => {
    useDocument.getState().dispatch({ kind: 'set', path: '/messages/authentication/producttoken', value: 'secret-token' }, 'inspector');
    setRememberToken(true);
    expect(storage.getItem(STORAGE_KEY)).toContain('secret-token');
    setRememberToken(false);
    expect(storage.getItem(STORAGE_KEY)).not.toContain('secret-token');
  });
});
