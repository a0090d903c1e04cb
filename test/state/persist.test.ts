import { describe, expect, it } from 'vitest';
import {
  CURRENT_VERSION,
  SET_ASIDE_PREFIX,
  STORAGE_KEY,
  docForStorage,
  mergeDesigns,
  readStoredDesigns,
  loadState,
  migrate,
  saveState,
  type StorageLike,
} from '../../src/state/persist';
import { MemoryStorage, SmallStorage } from './storage';


const design = (id: string, doc: unknown = { messages: {} }) => ({
  id,
  name: `Design ${id}`,
  doc,
  createdAt: '2026-11-25T10:00:00.000Z',
  updatedAt: '2026-11-25T10:00:00.000Z',
});

describe('saved state', () => {
  it('round-trips through storage', () => {
    const s = new MemoryStorage();
    const state = { version: CURRENT_VERSION, designs: [design('a'), design('b')], currentId: 'b', rememberToken: false } as const;
    expect(saveState(s, { ...state, designs: [...state.designs] })).toBeNull();
    expect(loadState(s)).toEqual({ state });
  });

  it('migrates the single-design format 1', () => {
    const m = migrate({ version: 1, doc: { messages: { msg: [] } }, savedAt: '2026-01-01T00:00:00.000Z' });
    expect('state' in m && m.state).toMatchObject({
      version: CURRENT_VERSION,
      currentId: 'd1',
      designs: [{ id: 'd1', doc: { messages: { msg: [] } }, updatedAt: '2026-01-01T00:00:00.000Z' }],
    });
  });

  it.each([
    ['not JSON', '{"version": 2, "designs": ['],
    ['foreign JSON', '{"hello": "world"}'],
    ['a damaged list', '{"version": 2, "designs": [{"id": 3}], "currentId": null}'],
    ['a newer format', '{"version": 99, "designs": []}'],
    ['a bare string', '"oops"'],
  ])('sets %s aside with a notice and starts clean', (_what, text) => {
    const s = new MemoryStorage();
    s.setItem(STORAGE_KEY, text);
    const r = loadState(s, () => new Date('2026-11-25T12:00:00.000Z'));
    expect(r.state.designs).toEqual([]);
    expect(r.notice).toMatch(/could not be opened/);
    expect(s.getItem(STORAGE_KEY)).toBeNull();
    expect(s.getItem(`${SET_ASIDE_PREFIX}2026-11-25T12:00:00.000Z`)).toBe(text);
  });

  it('falls back to the first design when the current one is gone', () => {
    const m = migrate({ version: 2, designs: [design('x')], currentId: 'nope', rememberToken: true });
    expect('state' in m && m.state.currentId).toBe('x');
  });

  it('reports a full storage instead of throwing', () => {
    const s: StorageLike = {
      getItem: () => null,
      removeItem: () => undefined,
      setItem: () => {
        throw new DOMException('exceeded', 'QuotaExceededError');
      },
    };
    expect(saveState(s, { version: CURRENT_VERSION, designs: [], currentId: null, rememberToken: false })).toMatch(/full/);
  });

  it('storage that cannot be read is reported, not thrown', () => {
    const s: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(loadState(s).notice).toMatch(/storage/);
  });

  it('keeps the product token out of storage unless remembered', () => {
    const doc = { messages: { authentication: { producttoken: 'secret' }, msg: [] } };
    expect(JSON.stringify(docForStorage(doc, false))).not.toContain('secret');
    expect(JSON.stringify(docForStorage(doc, true))).toContain('secret');
  });
});

describe('two tabs', () => {
  it('each tab saves its own design and keeps what the other saved', () => {
    const a = design('a', { v: 'a0' });
    const b = design('b', { v: 'b0' });
    // Tab 1 edits design a; tab 2, which loaded earlier, edits design b.
    const storedAfterTab1 = [{ ...a, doc: { v: 'a1' } }, b];
    const tab2 = [a, { ...b, doc: { v: 'b1' } }];
    const merged = mergeDesigns(storedAfterTab1, tab2, 'b');
    expect(merged.map((d) => d.doc)).toEqual([{ v: 'a1' }, { v: 'b1' }]);
  });
  it('keeps a design created in this tab, and writes as is when storage holds nothing usable', () => {
    const c = design('c');
    expect(mergeDesigns([design('a')], [design('a'), c], 'c').map((d) => d.id)).toEqual(['a', 'c']);
    expect(mergeDesigns(null, [c], 'c')).toEqual([c]);
  });
  it('reads what another tab stored, and nothing from broken storage', () => {
    const s = new MemoryStorage();
    expect(readStoredDesigns(s)).toBeNull();
    s.setItem(STORAGE_KEY, JSON.stringify({ version: CURRENT_VERSION, designs: [design('x')], currentId: 'x', rememberToken: false }));
    expect(readStoredDesigns(s)?.map((d) => d.id)).toEqual(['x']);
    s.setItem(STORAGE_KEY, '{broken');
    expect(readStoredDesigns(s)).toBeNull();
  });
});

describe('saved data that cannot be set aside (issue 16, F3)', () => {
  const big = (head: string) => head + '"x",'.repeat(750_000); // 3 MB
  it.each([
    ['damaged data', big('{"version": 2, "designs": [')],
    ['data from a newer format', `{"version": 3, "designs": [], "pad": "${'x'.repeat(3_000_000)}"}`],
  ])('3 MB of %s stays where it is; loading says that nothing will be saved', (_what, text) => {
    const s = new SmallStorage();
    s.setItem(STORAGE_KEY, text);
    const r = loadState(s);
    expect(s.getItem(STORAGE_KEY)).toBe(text);
    expect([...s.map.keys()]).toEqual([STORAGE_KEY]);
    expect(r).toMatchObject({ keepOut: true, unusable: text, state: { designs: [] } });
    expect(r.notice).toMatch(/has no room for a copy to set them aside\. They are left untouched, and nothing you do now is saved/);
    expect(r.notice).not.toMatch(/were set aside/);
  });

  it('a small damaged state is set aside as before, and offered too', () => {
    const s = new SmallStorage();
    s.setItem(STORAGE_KEY, '{broken');
    const r = loadState(s, () => new Date('2026-11-25T12:00:00.000Z'));
    expect(r).toMatchObject({ unusable: '{broken', notice: expect.stringMatching(/were set aside/) });
    expect(r.keepOut).toBeUndefined();
    expect(s.getItem(STORAGE_KEY)).toBeNull();
  });
});

describe('a design nested too deeply to be written as JSON (issue 16, F11)', () => {
  it('is reported as such, not as a refusal of the browser', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const state = { version: CURRENT_VERSION, designs: [design('a', { messages: {}, deep })], currentId: 'a', rememberToken: false } as const;
    expect(saveState(new MemoryStorage(), { ...state, designs: [...state.designs] })).toMatch(/^This design is nested too deeply for the browser to write it as JSON/);
  });
});

describe('a format 1 save without its request (issue 16, F11)', () => {
  it('is set aside with a readable reason, not opened as an empty design', () => {
    expect(migrate({ version: 1, savedAt: '2026-01-01T00:00:00.000Z' })).toEqual({ error: 'it was saved in format 1 without its request: the “doc” field is missing' });
    const s = new MemoryStorage();
    s.setItem(STORAGE_KEY, '{"version": 1, "savedAt": "2026-01-01T00:00:00.000Z"}');
    const r = loadState(s, () => new Date('2026-11-25T12:00:00.000Z'));
    expect(r.state.designs).toEqual([]);
    expect(r.notice).toBe(
      'Your saved designs could not be opened (it was saved in format 1 without its request: the “doc” field is missing). They were set aside under "messenger-designer:set-aside:2026-11-25T12:00:00.000Z" in this browser\'s storage, and the designer started fresh.',
    );
  });
});
