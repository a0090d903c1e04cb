import { create } from 'zustand';
import { clearHistory, EMPTY_REQUEST, prepareDocument, useDocument } from './document';
import { afterFirstLoad } from './firstLoad';
import {
  docForStorage,
  emptyState,
  textFits,
  textForStorage,
  loadState,
  mergeDesigns,
  readStoredDesigns,
  readStoredState,
  saveState,
  isTooDeep,
  TOO_DEEP,
  STORAGE_KEY,
  type LoadResult,
  type SavedDesign,
  type SavedState,
  type StorageLike,
} from './persist';
import { textOf } from './text';
import { holdsToken, redactToken, tokenOps } from './token';
import { deepEqual } from './equal';
import type * as MergeModule from './merge';
import { applyOps } from './ops';
import { useUi } from './ui';
import { prepare } from './derived';
import { isLarge } from './reports';

/** A button of a notice: a file to download, or something to do. */
export interface NoticeAction {
  label: string;
  download?: { filename: string; text: string; type: string };
  run?: () => void;
}

export interface Notice {
  id: number;
  kind: 'info' | 'warning' | 'error';
  text: string;
  actions?: NoticeAction[];
}

export interface DesignsState extends SavedState {
  /** The document as last opened: the design is "edited" once the live document differs. */
  openedDoc: unknown;
  notices: Notice[];
}

let storage: StorageLike | null = null;
/**
 * Set while storage holds saved data that could not be opened nor set aside:
 * nothing is written to it, so that the data is not lost (the user can download it).
 */
let keepOut = false;
let noticeId = 0;

export const useDesigns = create<DesignsState>()(() => ({ ...emptyState(), openedDoc: EMPTY_REQUEST, notices: [] }));

const state = () => useDesigns.getState();

/** Shows a notice at the top of the page (once: the same text is not shown twice at a time). */
export function notify(kind: Notice['kind'], text: string, actions?: NoticeAction[]): void {
  if (state().notices.some((n) => n.text === text)) return;
  useDesigns.setState((s) => ({ notices: [...s.notices, { id: ++noticeId, kind, text, ...(actions ? { actions } : {}) }].slice(-4) }));
}

export function dismissNotice(id: number): void {
  useDesigns.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}

/** Writes the saved state; whether storage took it. */
function persist(): boolean {
  if (!storage || keepOut) return false;
  const s = state();
  const error = saveState(storage, {
    version: s.version,
    designs: s.designs,
    currentId: s.currentId,
    rememberToken: s.rememberToken,
  });
  if (error && !s.notices.some((n) => n.text === error)) notify('error', error);
  return error === null;
}

function newId(): string {
  return `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

function uniqueName(base: string, except?: string): string {
  const names = new Set(state().designs.filter((d) => d.id !== except).map((d) => d.name));
  if (!names.has(base)) return base;
  for (let i = 2; ; i++) if (!names.has(`${base} (${i})`)) return `${base} (${i})`;
}

/**
 * The current design as this tab and storage last agreed on it (as storage holds
 * it: opened, saved, or taken from another tab's save), and its rev. When another
 * tab saves the same design, the three-way merge of both tabs' versions starts
 * from the version the other tab's save was made from (its baseRev), when this tab
 * has seen it, else from this one.
 */
let agreed: unknown;
let agreedRev: string | undefined;
/** Saved versions of the current design this tab has seen (opened, written, or saved by another tab), by rev: the bases of merges. */
const seen = new Map<string, unknown>();
const SEEN_LIMIT = 50;

function agree(doc: unknown, rev: string | undefined): void {
  agreed = doc;
  agreedRev = rev;
  if (rev === undefined) return;
  seen.delete(rev);
  seen.set(rev, doc);
  if (seen.size > SEEN_LIMIT) seen.delete(seen.keys().next().value!);
}

/** The version another tab's save was made from, as far as this tab knows it. */
function baseOf(theirs: SavedDesign): unknown {
  return (typeof theirs.baseRev === 'string' ? seen.get(theirs.baseRev) : undefined) ?? agreed;
}

/** Puts a design's document (with its own text, when it has one) on the canvas, as a fresh start (no undo into another design). */
function show(doc: unknown, text?: string, rev?: string): void {
  seen.clear();
  agree(docForStorage(doc, state().rememberToken), rev);
  // At start-up the page's first render comes in a task of its own: a large design's model is built in this one.
  if (isLarge(doc)) prepare(doc);
  // Another design: nothing of the one shown before carries over (and the model prepared for it serves).
  useDocument.getState().dispatch({ kind: 'replace', value: doc, fresh: true }, { source: 'load', history: 'skip', text: textFits(text, doc) ? text : undefined });
  clearHistory();
  useUi.getState().setMsgIndex(0);
  useDesigns.setState({ openedDoc: useDocument.getState().doc });
}

/** The current design's record. */
export function currentDesign(): SavedDesign | undefined {
  const s = state();
  return s.designs.find((d) => d.id === s.currentId);
}

/** Whether the current design has changed since it was opened. */
export function isEdited(): boolean {
  return useDocument.getState().doc !== state().openedDoc;
}

/**
 * Autosave runs off the keystroke's path: a change marks the design dirty and
 * saves it SAVE_DELAY_MS later, together with any change made meanwhile. Anything
 * that switches designs, and the page being hidden or closed, saves at once first.
 */
export const SAVE_DELAY_MS = 250;
let dirty = false;
let stopAutosave: (() => void) | undefined;
let saveTimer: ReturnType<typeof setTimeout> | undefined;

function scheduleSave(): void {
  dirty = true;
  saveTimer ??= setTimeout(flushSave, SAVE_DELAY_MS);
}

/** Forgets the pending save: what this tab shows is what storage holds. */
function cancelSave(): void {
  if (saveTimer !== undefined) clearTimeout(saveTimer);
  saveTimer = undefined;
  dirty = false;
}

/** Saves the current design now if it has unsaved changes. */
export function flushSave(): void {
  const wasDirty = dirty;
  cancelSave();
  if (wasDirty) saveCurrent();
}

/**
 * The three-way merge: only another tab's save needs it, so it loads once the designer
 * accepts input (initDesigns, firstLoad.ts), not in the first load.
 */
let merging: typeof MergeModule | null = null;
const loadMerge = (): Promise<unknown> => import('./merge').then((m) => (merging = m));

/**
 * Takes another tab's saved version of the design open here into the live
 * document, as one undoable step: a three-way merge (merge.ts) of what this tab
 * has and what the other tab saved, against the version both last agreed on.
 * What only one tab changed is kept; where both changed the same thing, this
 * tab's is. The token is not merged: the one typed here stays (with none here, one
 * the other tab remembered comes in).
 */
function takeTheirs(design: SavedDesign): { changed: boolean; conflicts: string[] } {
  // Not loaded yet (only in the page's first moments): this tab's version stays, as where both changed the same place.
  if (!merging) return { changed: false, conflicts: [''] };
  const { merge3 } = merging;
  const live = useDocument.getState().doc;
  const theirs = design.doc;
  const base = baseOf(design);
  let merged;
  try {
    merged = merge3(redactToken(base, ''), redactToken(live, ''), redactToken(theirs, ''));
  } catch (e) {
    if (!isTooDeep(e)) throw e;
    return { changed: false, conflicts: [''] }; // too deep to compare: this tab's version stays
  }
  const ops = [...merged.ops];
  ops.push(...tokenOps(applyOps(live, ops), holdsToken(live) ? live : theirs));
  if (ops.length === 0) return { changed: false, conflicts: merged.conflicts };
  useDocument.getState().dispatch(ops, { source: 'load', history: 'record' });
  return { changed: true, conflicts: merged.conflicts };
}

/** Says what taking another tab's version did (the merge's chunk words it). */
function tellMerged(name: string, result: { changed: boolean; conflicts: string[] }, both: boolean): void {
  // The merge not loaded yet (the page's first moments): this tab's version was kept throughout.
  const said = merging ? merging.mergeNotice(name, result, both) : { kind: 'warning' as const, text: `“${name}” was changed in another tab too: this tab’s version is kept.` };
  if (said) notify(said.kind, said.text);
}

/**
 * Another tab saved (the page's storage event): this tab takes its list of designs
 * and its "remember the token" choice (so that this tab's next save does not undo
 * it). If it changed the design open here too, its changes are merged into this
 * tab's (takeTheirs), which says so; this tab's own unsaved changes are saved next.
 */
export function onStorageChanged(): void {
  if (!storage || keepOut) return;
  // Another tab saved in the page's first moments: take it in once the merge is here.
  if (!merging) {
    void loadMerge().then(onStorageChanged);
    return;
  }
  const saved = readStoredState(storage);
  if (!saved) return;
  const s = state();
  const mine = s.designs.find((d) => d.id === s.currentId);
  const theirs = saved.designs.find((d) => d.id === s.currentId);
  useDesigns.setState({ designs: mergeDesigns(saved.designs, s.designs, s.currentId ?? ''), rememberToken: saved.rememberToken });
  if (!mine || !theirs || agreed === undefined) return;
  if (deepEqual(theirs.doc, agreed)) {
    agree(theirs.doc, theirs.rev);
    return;
  }
  const result = takeTheirs(theirs);
  agree(theirs.doc, theirs.rev);
  const same = deepEqual(docForStorage(useDocument.getState().doc, saved.rememberToken), theirs.doc);
  if (same) {
    // What this tab now shows is what storage holds: nothing to save back.
    cancelSave();
    useDesigns.setState((st) => ({ designs: st.designs.map((d) => (d.id === theirs.id ? theirs : d)) }));
  } else scheduleSave(); // this tab's own changes, merged with theirs
  tellMerged(mine.name, result, !same);
}

/** Saves the live document into the current design. */
function saveCurrent(): void {
  try {
    writeCurrent();
  } catch (e) {
    // Writing a deeply nested design as text runs out of stack: say so (saveState says it for the last step).
    if (!isTooDeep(e)) throw e;
    notify('error', TOO_DEEP);
  }
}

function writeCurrent(): void {
  const s = state();
  if (!s.currentId) return;
  const inStorage = storage && !keepOut ? readStoredDesigns(storage) : null;
  // Another tab saved this design since this tab last agreed with storage (its storage event may not have come yet): merge first.
  const theirs = inStorage?.find((d) => d.id === s.currentId);
  if (theirs && agreed !== undefined && !deepEqual(theirs.doc, agreed)) {
    const result = takeTheirs(theirs);
    agree(theirs.doc, theirs.rev);
    tellMerged(theirs.name, result, true);
    cancelSave(); // the merge is saved now, below
  } else if (theirs && theirs.rev !== agreedRev && deepEqual(theirs.doc, agreed)) agree(theirs.doc, theirs.rev);
  const doc = useDocument.getState().doc;
  const now = new Date().toISOString();
  const stored = docForStorage(doc, s.rememberToken);
  const text = textForStorage(doc, s.rememberToken);
  const rev = newId();
  const baseRev = agreedRev;
  const mine = s.designs.map((d) => (d.id === s.currentId ? { ...d, doc: stored, text, updatedAt: now, rev, baseRev } : d));
  // Another tab may have saved its own design meanwhile: keep its work, replace only ours.
  useDesigns.setState({ designs: storage ? mergeDesigns(inStorage, mine, s.currentId) : mine });
  if (persist()) agree(stored, rev);
}

/** Creates a design from a document (and its text, when it has one of its own) and opens it. */
export function createDesign(name: string, doc: unknown, text?: string): string {
  flushSave();
  const now = new Date().toISOString();
  const id = newId();
  const s = state();
  const stored = docForStorage(doc, s.rememberToken);
  const rev = newId();
  useDesigns.setState({
    designs: [...s.designs, { id, name: uniqueName(name), doc: stored, text: text === undefined ? undefined : textForStorage(doc, s.rememberToken), createdAt: now, updatedAt: now, rev }],
    currentId: id,
  });
  show(doc, text, rev);
  persist();
  return id;
}

export function openDesign(id: string): void {
  const d = state().designs.find((x) => x.id === id);
  if (!d || id === state().currentId) return;
  flushSave();
  useDesigns.setState({ currentId: id });
  show(d.doc, d.text, d.rev);
  persist();
}

export function renameDesign(id: string, name: string): void {
  const clean = name.trim().slice(0, 120);
  if (!clean) return;
  useDesigns.setState((s) => ({ designs: s.designs.map((d) => (d.id === id ? { ...d, name: clean, named: true } : d)) }));
  persist();
}

/**
 * Something was opened into the current design (a gallery template, an imported file):
 * it is the design's new start (not "edited"), and a design whose name is still
 * automatic takes the name of what was opened; one the user renamed keeps theirs.
 */
function openedIntoCurrent(name: string | undefined): void {
  useDesigns.setState({ openedDoc: useDocument.getState().doc });
  const current = currentDesign();
  const clean = name?.trim().slice(0, 120);
  if (!current || current.named || !clean) return;
  const next = uniqueName(clean, current.id);
  if (next === current.name) return;
  useDesigns.setState((s) => ({ designs: s.designs.map((d) => (d.id === current.id ? { ...d, name: next } : d)) }));
  // The name is saved with what was opened, in one write: a save the browser refuses (its storage full) leaves the
  // design as it was, name and all, never the new name over the old content.
  cancelSave();
  saveCurrent();
}

/** The name an imported file gives a design: its file name without the .json extension. */
export function nameOfFile(fileName: string): string {
  return fileName.replace(/\.json$/i, '').trim() || fileName;
}

/** An import replaced the current design's document (importing.ts): see openedIntoCurrent. */
export function importedIntoCurrent(name: string | undefined): void {
  openedIntoCurrent(name);
}

export function duplicateDesign(id: string): void {
  const d = state().designs.find((x) => x.id === id);
  if (!d) return;
  const live = id === state().currentId;
  const doc = live ? useDocument.getState().doc : d.doc;
  const id2 = createDesign(`${d.name} copy`, structuredClone(doc), live ? textOf(doc) : d.text);
  // The copy of a name the user gave is theirs too.
  if (d.named) {
    useDesigns.setState((s) => ({ designs: s.designs.map((x) => (x.id === id2 ? { ...x, named: true } : x)) }));
    persist();
  }
}

export function deleteDesign(id: string): void {
  flushSave();
  const s = state();
  const rest = s.designs.filter((d) => d.id !== id);
  useDesigns.setState({ designs: rest });
  if (id === s.currentId) {
    if (rest[0]) {
      useDesigns.setState({ currentId: rest[0].id });
      show(rest[0].doc, rest[0].text, rest[0].rev);
    } else {
      useDesigns.setState({ currentId: null });
      createDesign('My design', structuredClone(EMPTY_REQUEST));
      return;
    }
  }
  persist();
}

/**
 * Replaces the current design's document (a gallery template): one undoable step.
 * `name`: the template's, which a design still carrying an automatic name takes.
 */
export function replaceCurrent(doc: unknown, name?: string): void {
  useDocument.getState().dispatch({ kind: 'replace', value: structuredClone(doc) }, { source: 'load', history: 'record', msgIndex: 0, select: null });
  openedIntoCurrent(name);
}

/** Turns "remember the product token on this device" on or off; storage follows at once. */
export function setRememberToken(remember: boolean): void {
  useDesigns.setState({ rememberToken: remember });
  dirty = true;
  flushSave();
}

/**
 * Loads saved designs (or starts one), opens a share link from the URL
 * fragment as a new design, and saves every change from then on.
 */
export async function initDesigns(store: StorageLike | null, location?: { hash: string }, clearHash?: () => void): Promise<void> {
  storage = store;
  const mergeLoaded = afterFirstLoad().then(loadMerge);
  const loaded: LoadResult = store ? loadState(store) : { state: emptyState() };
  keepOut = loaded.keepOut === true;
  useDesigns.setState({ ...loaded.state });
  if (loaded.notice) notify('warning', loaded.notice, unusableActions(loaded));
  const current = currentDesign();
  if (current) show(current.doc, current.text, current.rev);
  else createDesign('My design', structuredClone(EMPTY_REQUEST));

  stopAutosave?.();
  stopAutosave = useDocument.subscribe((s, prev) => {
    if (s.doc !== prev.doc) scheduleSave();
  });

  if (location?.hash) await openShareLink(location.hash, clearHash);
  await mergeLoaded;
}

/**
 * Opens the share link in a URL fragment as a new design (or says why it cannot), then clears the fragment;
 * a fragment that is no share link (the skip link's) is left alone. At start-up, and when a link is pasted
 * into the address bar of a tab that has the designer open already (hashchange).
 */
export async function openShareLink(hash: string, clearHash?: () => void): Promise<void> {
  // Only a fragment that may be a share link loads the code that reads one.
  if (!hash.includes('share=')) return;
  const { decodeShare } = await import('./share');
  const shared = await decodeShare(hash);
  if (!shared) return;
  clearHash?.();
  if (shared.ok) {
    await prepareDocument(shared.doc);
    createDesign(shared.name, shared.doc);
    notify('info', `Opened the shared design “${shared.name}” as a new design; your own designs are unchanged.`);
  } else notify('error', shared.error);
}

/** The buttons of the notice about saved data that could not be opened. */
function unusableActions(loaded: LoadResult): NoticeAction[] | undefined {
  if (loaded.unusable === undefined) return undefined;
  const actions: NoticeAction[] = [
    {
      label: 'Download the saved data',
      download: { filename: `messenger-designer-saved-data-${new Date().toISOString().slice(0, 10)}.json`, text: loaded.unusable, type: 'application/json' },
    },
  ];
  if (loaded.keepOut) actions.push({ label: 'Delete it and save from now on', run: discardUnusable });
  return actions;
}

/** The user chose to delete saved data that could not be opened nor set aside: saving starts again. */
export function discardUnusable(): void {
  if (!storage || !keepOut) return;
  try {
    storage.removeItem(STORAGE_KEY);
  } catch {
    notify('error', 'The browser did not let the designer delete the saved data: designs are still not saved.');
    return;
  }
  keepOut = false;
  useDesigns.setState((s) => ({ notices: s.notices.filter((n) => !n.actions?.some((a) => a.run === discardUnusable)) }));
  cancelSave();
  saveCurrent();
  notify('info', 'The saved data that could not be opened was deleted. Your designs are saved again from now on.');
}

/** Whether saving is held back, to keep saved data that could not be opened nor set aside. */
export function isSavingHeld(): boolean {
  return keepOut;
}

/** Whether the live document holds a product token (for the share dialog's reassurance). */
export function hasToken(): boolean {
  return holdsToken(useDocument.getState().doc);
}

