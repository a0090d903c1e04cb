import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { undo, useDocument } from '../../src/state/document';
import { createDesign, currentDesign, duplicateDesign, flushSave, importedIntoCurrent, initDesigns, isEdited, isSavingHeld, nameOfFile, onStorageChanged, openDesign, renameDesign, replaceCurrent, SAVE_DELAY_MS, setRememberToken, useDesigns } from '../../src/state/designs';
import { MemoryStorage, SmallStorage } from './storage';
import { STORAGE_KEY, type StorageLike } from '../../src/state/persist';


const stored = (s: StorageLike) => JSON.parse(s.getItem(STORAGE_KEY)!) as { designs: { id: string; name: string; doc: unknown }[]; currentId: string };
const setHeader = (text: string) =>
  useDocument.getState().dispatch({ kind: 'set', path: '/messages/msg/0/richContent/conversation/0', value: { text } }, { source: 'inspector', history: 'record' });

/** A fresh start: fake timers, empty storage, designs loaded from it, no notices. */
async function start(): Promise<MemoryStorage> {
  vi.useFakeTimers();
  const storage = new MemoryStorage();
  await initDesigns(storage);
  useDesigns.setState({ notices: [] });
  return storage;
}
afterEach(() => {
  flushSave();
  vi.useRealTimers();
});

describe('autosave', () => {
  let storage: MemoryStorage;
  beforeEach(async () => {
    storage = await start();
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
    useDocument.getState().dispatch({ kind: 'set', path: '/messages/authentication/producttoken', value: 'secret-token' }, { source: 'inspector', history: 'record' });
    setRememberToken(true);
    expect(storage.getItem(STORAGE_KEY)).toContain('secret-token');
    setRememberToken(false);
    expect(storage.getItem(STORAGE_KEY)).not.toContain('secret-token');
  });
});

describe('another tab', () => {
  let storage: MemoryStorage;
  beforeEach(async () => {
    storage = await start();
  });

  /** What another tab does: edits storage's saved state (a design it changes gets a new rev, made from the one it had), then this tab hears of it. */
  let revs = 0;
  const otherTab = (change: (state: { designs: { id: string; name: string; doc: unknown; createdAt: string; updatedAt: string; rev?: string; baseRev?: string }[]; currentId: string }) => void) => {
    const saved = stored(storage) as Parameters<typeof change>[0];
    const before = new Map(saved.designs.map((d) => [d.id, JSON.stringify(d.doc)]));
    change(saved);
    for (const d of saved.designs)
      if (before.get(d.id) !== JSON.stringify(d.doc)) {
        d.baseRev = d.rev;
        d.rev = `other-${++revs}`;
      }
    storage.setItem(STORAGE_KEY, JSON.stringify(saved));
    onStorageChanged();
  };
  const docWithHeader = (text: string) => {
    const doc = structuredClone(useDocument.getState().doc) as {
      messages: { authentication: { producttoken: string }; msg: { richContent: { conversation: unknown[] } }[] };
    };
    doc.messages.msg[0]!.richContent.conversation = [{ text }];
    doc.messages.authentication.producttoken = ''; // as storage holds it, unless the token is remembered
    return doc;
  };

  it('takes the list of designs it saved', () => {
    otherTab((s) => s.designs.push({ id: 'other', name: 'Made in the other tab', doc: docWithHeader('x'), createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }));
    expect(useDesigns.getState().designs.map((d) => d.name)).toContain('Made in the other tab');
  });

  it('shows its edit of the design open here when nothing is unsaved here; the token typed here stays; Undo goes back', () => {
    useDocument.getState().dispatch({ kind: 'set', path: '/messages/authentication/producttoken', value: 'typed-here' }, { source: 'inspector', history: 'record' });
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    const writes = storage.writes;
    const id = currentDesign()!.id;
    otherTab((s) => (s.designs.find((d) => d.id === id)!.doc = docWithHeader('Edited in the other tab')));
    const doc = JSON.stringify(useDocument.getState().doc);
    expect(doc).toContain('Edited in the other tab');
    expect(doc).toContain('typed-here');
    expect(useDesigns.getState().notices.map((n) => n.kind)).toEqual(['info']);
    vi.advanceTimersByTime(SAVE_DELAY_MS * 4);
    expect(storage.writes - writes).toBe(1); // only the other tab's write: nothing saved back
    undo();
    expect(JSON.stringify(useDocument.getState().doc)).not.toContain('Edited in the other tab');
  });

  it('when this tab has an unsaved change too, keeps the changes of both (issue 16, F10)', () => {
    const id = currentDesign()!.id;
    setHeader('Typed here');
    otherTab((s) => ((s.designs.find((d) => d.id === id)!.doc as { messages: { msg: { from: string }[] } }).messages.msg[0]!.from = 'Their page'));
    const live = JSON.stringify(useDocument.getState().doc);
    expect(live).toContain('Typed here');
    expect(live).toContain('Their page');
    expect(useDesigns.getState().notices.map((n) => n.text)).toEqual([expect.stringMatching(/was changed in another tab too: this tab now has the changes of both/)]);
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    const saved = JSON.stringify(stored(storage).designs.find((d) => d.id === id)!.doc);
    expect(saved).toContain('Typed here');
    expect(saved).toContain('Their page');
    undo(); // takes the other tab's change out
    expect(JSON.stringify(useDocument.getState().doc)).not.toContain('Their page');
  });

  it('where both tabs changed the same field, keeps this tab’s and says so; the rest of theirs comes in', () => {
    const id = currentDesign()!.id;
    setHeader('Saved in both tabs');
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    setHeader('Typed here');
    otherTab((s) => {
      const doc = docWithHeader('Edited in the other tab') as unknown as { messages: { msg: { from: string }[] } };
      doc.messages.msg[0]!.from = 'Their page';
      s.designs.find((d) => d.id === id)!.doc = doc;
    });
    const live = JSON.stringify(useDocument.getState().doc);
    expect(live).toContain('Typed here');
    expect(live).not.toContain('Edited in the other tab');
    expect(live).toContain('Their page');
    const notices = useDesigns.getState().notices;
    expect(notices.map((n) => n.kind)).toEqual(['warning']);
    expect(notices[0]!.text).toMatch(/changed both here and in another tab at the same place \(at \/messages\/msg\/0\/richContent\/conversation\/0\/text\): this tab’s version is kept there/);
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(JSON.stringify(stored(storage).designs.find((d) => d.id === id)!.doc)).toContain('Typed here');
  });

  it('two tabs that save at the same moment: the tab written over merges against the version both started from', () => {
    const id = currentDesign()!.id;
    setHeader('Saved in both tabs');
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    type Saved = { designs: { id: string; rev?: string; baseRev?: string; doc: { messages: { msg: { from: string; richContent: { conversation: { text: string }[] } }[] } } }[] };
    const started = stored(storage) as unknown as Saved; // what the other tab loaded
    useDocument.getState().dispatch({ kind: 'set', path: '/messages/msg/0/from', value: 'My page' }, { source: 'inspector', history: 'record' });
    vi.advanceTimersByTime(SAVE_DELAY_MS); // this tab's save…
    // …is written over by the other tab's, made from the version before it (it had not seen this tab's).
    const theirs = structuredClone(started);
    const d = theirs.designs.find((x) => x.id === id)!;
    d.doc.messages.msg[0]!.richContent.conversation[0]!.text = 'Edited in the other tab';
    d.baseRev = d.rev;
    d.rev = 'other-save';
    storage.setItem(STORAGE_KEY, JSON.stringify(theirs));
    onStorageChanged();
    const live = JSON.stringify(useDocument.getState().doc);
    expect(live).toContain('My page');
    expect(live).toContain('Edited in the other tab');
    expect(useDesigns.getState().notices.map((n) => n.text)).toEqual([expect.stringMatching(/this tab now has the changes of both/)]);
    vi.advanceTimersByTime(SAVE_DELAY_MS); // saved back, for the other tab to take
    const saved = stored(storage) as unknown as Saved;
    const mine = saved.designs.find((x) => x.id === id)!;
    expect(JSON.stringify(mine.doc)).toContain('My page');
    expect(JSON.stringify(mine.doc)).toContain('Edited in the other tab');
    expect(mine.baseRev).toBe('other-save');
  });

  it('merges at save time when the other tab saved before its storage event came', () => {
    const id = currentDesign()!.id;
    setHeader('Typed here');
    // The other tab writes, and this tab's autosave runs before the storage event is delivered.
    const saved = stored(storage) as unknown as { designs: { id: string; doc: { messages: { msg: { from: string }[] } } }[] };
    saved.designs.find((d) => d.id === id)!.doc.messages.msg[0]!.from = 'Their page';
    storage.setItem(STORAGE_KEY, JSON.stringify(saved));
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    const doc = JSON.stringify(stored(storage).designs.find((d) => d.id === id)!.doc);
    expect(doc).toContain('Typed here');
    expect(doc).toContain('Their page');
    expect(JSON.stringify(useDocument.getState().doc)).toContain('Their page');
    // The storage event comes late: nothing more to take.
    onStorageChanged();
    expect(useDesigns.getState().notices).toHaveLength(1);
  });
});

describe('another tab and the token', () => {
  it('its "remember the token" choice holds here too: turned off there, this tab no longer stores the token', async () => {
    const storage = await start();
    useDocument.getState().dispatch({ kind: 'set', path: '/messages/authentication/producttoken', value: 'secret-token' }, { source: 'inspector', history: 'record' });
    setRememberToken(true);
    expect(storage.getItem(STORAGE_KEY)).toContain('secret-token');
    // The other tab unticks the box: storage drops the token.
    const saved = JSON.parse(storage.getItem(STORAGE_KEY)!) as { rememberToken: boolean; designs: { doc: { messages: { authentication: { producttoken: string } } } }[] };
    saved.rememberToken = false;
    for (const d of saved.designs) d.doc.messages.authentication.producttoken = '';
    storage.setItem(STORAGE_KEY, JSON.stringify(saved));
    onStorageChanged();
    expect(useDesigns.getState().rememberToken).toBe(false);
    // The token is still in this tab's design, with no notice: nothing that shows here changed.
    expect(JSON.stringify(useDocument.getState().doc)).toContain('secret-token');
    expect(useDesigns.getState().notices).toEqual([]);
    setHeader('An edit after that');
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(storage.getItem(STORAGE_KEY)).toContain('An edit after that');
    expect(storage.getItem(STORAGE_KEY)).not.toContain('secret-token');
  });
});

describe('saved data that cannot be set aside (issue 16, F3)', () => {
  const damaged = '{"version": 2, "designs": [' + '"x",'.repeat(750_000); // 3 MB
  it('is never written over: the designer runs without saving, offers it as a download, and saves again only when the user deletes it', async () => {
    vi.useFakeTimers();
    const storage = new SmallStorage();
    storage.setItem(STORAGE_KEY, damaged);
    await initDesigns(storage);
    const notice = useDesigns.getState().notices.find((n) => n.actions);
    expect(notice?.text).toMatch(/nothing you do now is saved/);
    expect(notice?.actions?.[0]).toMatchObject({ label: 'Download the saved data', download: { text: damaged, type: 'application/json' } });
    expect(notice?.actions?.[0]?.download?.filename).toMatch(/^messenger-designer-saved-data-\d{4}-\d\d-\d\d\.json$/);
    setHeader('Typed while saving is held');
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    flushSave();
    createDesign('Another', { messages: {} });
    expect(storage.getItem(STORAGE_KEY)).toBe(damaged);
    expect(isSavingHeld()).toBe(true);
    // The user deletes it: the designs on screen are saved at once.
    const remove = notice?.actions?.find((a) => a.run);
    expect(remove?.label).toBe('Delete it and save from now on');
    remove!.run!();
    expect(isSavingHeld()).toBe(false);
    expect(stored(storage).designs.map((d) => d.name)).toEqual(['My design', 'Another']);
    expect(useDesigns.getState().notices.some((n) => n.actions)).toBe(false);
  });
});

describe('a design nested too deeply to be written as JSON (issue 16, F11)', () => {
  it('is not saved, and the notice says why', async () => {
    const storage = await start();
    const before = storage.getItem(STORAGE_KEY);
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    useDocument.getState().dispatch({ kind: 'set', path: '/messages/deep', value: deep }, { source: 'json', history: 'record' });
    expect(() => vi.advanceTimersByTime(SAVE_DELAY_MS)).not.toThrow();
    expect(useDesigns.getState().notices.map((n) => n.text)).toEqual([expect.stringMatching(/^This design is nested too deeply for the browser to write it as JSON/)]);
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
    useDocument.getState().dispatch({ kind: 'remove', path: '/messages/deep' }, { source: 'json', history: 'record' });
  });
});

describe('"remember the token" turned off', () => {
  it('takes the token out of every saved design, not only the open one (found by the store fuzz test)', async () => {
    const storage = await start();
    setRememberToken(true);
    useDocument.getState().dispatch({ kind: 'set', path: '/messages/authentication/ProductToken', value: 'secret-token' }, { source: 'inspector', history: 'record' });
    createDesign('Another', { messages: { authentication: { producttoken: '' }, msg: [] } });
    expect(storage.getItem(STORAGE_KEY)).toContain('secret-token');
    setRememberToken(false);
    expect(storage.getItem(STORAGE_KEY)).not.toContain('secret-token');
  });
});

describe('the design name follows what was opened', () => {
  let storage: MemoryStorage;
  const request = (header: string) => ({ messages: { authentication: { productToken: '' }, msg: [{ from: 'p', to: [{ number: 'r' }], body: { content: '' }, richContent: { conversation: [{ header }] } }] } });
  beforeEach(async () => {
    storage = await start();
  });

  it('a design with an automatic name takes the name of each template opened into it', () => {
    expect(currentDesign()!.name).toBe('My design');
    replaceCurrent(request('a'), 'Text');
    expect(currentDesign()!.name).toBe('Text');
    replaceCurrent(request('b'), 'Rich card carousel');
    expect(currentDesign()!.name).toBe('Rich card carousel');
    expect(stored(storage).designs.map((d) => d.name)).toEqual(['Rich card carousel']);
  });

  it('an imported file names it too (without .json); a design the user renamed keeps its name', () => {
    importedIntoCurrent(nameOfFile('spring-sale.json'));
    expect(currentDesign()!.name).toBe('spring-sale');
    renameDesign(currentDesign()!.id, 'Our campaign');
    replaceCurrent(request('c'), 'Text');
    importedIntoCurrent('other');
    expect(currentDesign()!.name).toBe('Our campaign');
    // The user's choice is saved with the design.
    flushSave();
    expect(stored(storage).designs[0]).toMatchObject({ name: 'Our campaign', named: true });
  });

  it('takes a name another design has with a number, and a copy of a renamed design keeps it as the user’s', () => {
    createDesign('Text', request('x'));
    const second = createDesign('New design', request('y'));
    replaceCurrent(request('z'), 'Text');
    expect(useDesigns.getState().designs.find((d) => d.id === second)!.name).toBe('Text (2)');
    renameDesign(second, 'Mine');
    duplicateDesign(second);
    replaceCurrent(request('w'), 'Button template');
    expect(currentDesign()!.name).toBe('Mine copy');
  });

  it('a name and the import that gives it are saved together: a save refused for room leaves both as they were', async () => {
    flushSave();
    vi.useRealTimers();
    const small = new SmallStorage(20_000);
    await initDesigns(small);
    vi.useFakeTimers();
    replaceCurrent(request('kept'), 'Text');
    flushSave();
    expect(stored(small).designs[0]).toMatchObject({ name: 'Text' });
    useDesigns.setState({ notices: [] });
    // An import too large for the room left.
    useDocument.getState().dispatch({ kind: 'replace', value: request('x'.repeat(30_000)) }, { source: 'load', history: 'record' });
    importedIntoCurrent('big');
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    flushSave();
    expect(useDesigns.getState().notices.map((n) => n.text).join(' ')).toMatch(/storage is full/);
    const saved = stored(small).designs[0]!;
    expect(saved.name).toBe('Text');
    expect(JSON.stringify(saved.doc)).toContain('"kept"');
  });

  it('an opened template is the design’s new start: not edited', () => {
    setHeader('edited');
    expect(isEdited()).toBe(true);
    importedIntoCurrent('file');
    expect(isEdited()).toBe(false);
  });
});
