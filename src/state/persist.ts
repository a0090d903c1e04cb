import { isObject, parseJson } from '../core';
import { deepEqual } from './equal';
import { isStackOverflow, prettyText, textOf, TooDeepError } from './text';
import { redactText, redactToken } from './token';

/**
 * Saved designs in the browser's storage, versioned and migrated. Nothing here
 * throws on what storage holds: corrupted or foreign data is set aside under a
 * key of its own and reported, and the designer starts clean.
 */

export const STORAGE_KEY = 'messenger-designer';
export const SET_ASIDE_PREFIX = 'messenger-designer:set-aside:';
export const CURRENT_VERSION = 2;

export interface SavedDesign {
  id: string;
  name: string;
  /**
   * The user gave the design its name (renamed it): it keeps it. Without it the name is
   * automatic (what was opened into it: "My design", a gallery template, an imported
   * file, a share link) and follows what is opened into the design next.
   */
  named?: boolean;
  /** The request, with the product token removed unless the user chose to remember it. */
  doc: unknown;
  /** The request's JSON text as the user wrote it (an import, the JSON editor), when it is not the plain print of `doc`. */
  text?: string;
  /** An id of this saved version of the design (each save makes a new one). */
  rev?: string;
  /**
   * The saved version this one was made from (the one its tab last agreed on with
   * storage): the base when another tab merges it into its own (two tabs that save
   * at the same moment each write over a version the other has not seen).
   */
  baseRev?: string;
  createdAt: string;
  updatedAt: string;
}

export interface SavedState {
  version: typeof CURRENT_VERSION;
  designs: SavedDesign[];
  currentId: string | null;
  /** "Remember the product token on this device": off unless the user ticks it. */
  rememberToken: boolean;
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface LoadResult {
  state: SavedState;
  /** Set when what storage held could not be used; the text says what happened. */
  notice?: string;
  /** What storage held when it could not be used (offered as a download). */
  unusable?: string;
  /**
   * Set when unusable data could not be set aside (storage has no room for a copy):
   * it stays where it is, and nothing may be saved over it.
   */
  keepOut?: boolean;
}

export const emptyState = (): SavedState => ({ version: CURRENT_VERSION, designs: [], currentId: null, rememberToken: false });

/** Migrations from each older version to the next; each takes and returns plain JSON, or says why it cannot. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown> | { error: string }> = {
  // v1 held one design: { version: 1, doc, savedAt }.
  1: (old) => {
    if (old.doc === undefined) return { error: 'it was saved in format 1 without its request: the “doc” field is missing' };
    const now = typeof old.savedAt === 'string' ? old.savedAt : new Date().toISOString();
    return {
      version: 2,
      designs: [{ id: 'd1', name: 'My design', doc: old.doc, createdAt: now, updatedAt: now }],
      currentId: 'd1',
      rememberToken: false,
    };
  },
};

function isDesign(v: unknown): v is SavedDesign {
  return (
    isObject(v) &&
    typeof v.id === 'string' &&
    typeof v.name === 'string' &&
    v.doc !== undefined &&
    typeof v.createdAt === 'string' &&
    typeof v.updatedAt === 'string'
  );
}

/** Brings any stored value to the current version, or says why it cannot. */
export function migrate(raw: unknown): { state: SavedState } | { error: string } {
  if (!isObject(raw) || typeof raw.version !== 'number') return { error: 'it is not a saved design of this app' };
  let cur: Record<string, unknown> = raw;
  if ((cur.version as number) > CURRENT_VERSION)
    return { error: `it was saved by a newer version of the app (format ${String(cur.version)})` };
  while ((cur.version as number) < CURRENT_VERSION) {
    const step = MIGRATIONS[cur.version as number];
    if (!step) return { error: `format ${String(cur.version)} is not known` };
    const next = step(cur);
    if (!('version' in next)) return { error: String(next.error) };
    cur = next;
  }
  const list = Array.isArray(cur.designs) ? cur.designs : null;
  if (!list || !list.every(isDesign)) return { error: 'its list of designs is damaged' };
  // A text that is not a string, or not the text of its document, is dropped (the document is what counts).
  const designs = list.map((d) => (d.text === undefined || textFits(d.text, d.doc) ? d : { ...d, text: undefined }));
  const ids = new Set(designs.map((d) => d.id));
  const currentId = typeof cur.currentId === 'string' && ids.has(cur.currentId) ? cur.currentId : (designs[0]?.id ?? null);
  return { state: { version: CURRENT_VERSION, designs, currentId, rememberToken: cur.rememberToken === true } };
}

/**
 * Reads saved state; sets aside anything unusable (never deletes it) and says so.
 * When storage cannot hold a second copy to set it aside (3 MB of it, with about
 * 5 MB of room), it is left where it is and `keepOut` says that nothing may be saved.
 */
export function loadState(storage: StorageLike, now: () => Date = () => new Date()): LoadResult {
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch {
    return { state: emptyState(), notice: 'This browser does not let the designer read its storage: designs will not be saved.' };
  }
  if (text === null) return { state: emptyState() };
  let raw: unknown;
  let error: string;
  try {
    raw = JSON.parse(text);
    const m = migrate(raw);
    if ('state' in m) return { state: m.state };
    error = m.error;
  } catch {
    error = 'it is not valid JSON';
  }
  const aside = SET_ASIDE_PREFIX + now().toISOString();
  try {
    storage.setItem(aside, text);
  } catch (e) {
    const why = isQuota(e) ? 'this browser’s storage has no room for a copy to set them aside' : 'this browser’s storage refused a copy to set them aside';
    return {
      state: emptyState(),
      unusable: text,
      keepOut: true,
      notice: `Your saved designs could not be opened (${error}), and ${why}. They are left untouched, and nothing you do now is saved, so that they are not written over. Download them to keep them.`,
    };
  }
  try {
    storage.removeItem(STORAGE_KEY);
  } catch {
    /* the copy is made: the next save writes over the original */
  }
  return {
    state: emptyState(),
    unusable: text,
    notice: `Your saved designs could not be opened (${error}). They were set aside under "${aside}" in this browser's storage, and the designer started fresh.`,
  };
}

/** What a design's document looks like in storage: without the token unless remembered. */
export function docForStorage(doc: unknown, rememberToken: boolean): unknown {
  return rememberToken ? doc : redactToken(doc, '');
}

/**
 * The text to store beside docForStorage(doc, rememberToken): the user's own text,
 * every token taken out the same way (repeated keys of the text included);
 * undefined for a plain print.
 */
export function textForStorage(doc: unknown, rememberToken: boolean): string | undefined {
  const stored = docForStorage(doc, rememberToken);
  const text = rememberToken ? textOf(doc) : redactText(textOf(doc), doc, '');
  return text === prettyText(stored) ? undefined : text;
}

/** A saved design without its token (every one, in its document and its text). */
export function withoutToken(design: SavedDesign): SavedDesign {
  const doc = redactToken(design.doc, '');
  const text = design.text === undefined ? undefined : redactText(design.text, design.doc, '');
  if (doc === design.doc && text === design.text) return design;
  return { ...design, doc, text: text === undefined || text === prettyText(doc) ? undefined : text };
}

/** Whether a stored text is the JSON of its document (else it is not used). */
export function textFits(text: unknown, doc: unknown): text is string {
  if (typeof text !== 'string') return false;
  const parsed = parseJson(text);
  return parsed.ok && deepEqual(parsed.value, doc);
}

/** Writes state; returns an error message when storage refuses (full, blocked). */
export function saveState(storage: StorageLike, state: SavedState): string | null {
  try {
    // Unless remembered, no design keeps a token in storage: one saved while it was remembered loses it too.
    const kept = state.rememberToken ? state : { ...state, designs: state.designs.map(withoutToken) };
    storage.setItem(STORAGE_KEY, JSON.stringify(kept));
    return null;
  } catch (e) {
    if (isQuota(e)) return 'The browser’s storage is full: this change is not saved. Delete designs you no longer need.';
    if (isTooDeep(e)) return TOO_DEEP;
    return 'The browser refused to save this design: this change is not saved.';
  }
}

const isQuota = (e: unknown): boolean => e instanceof Error && /quota/i.test(e.name + e.message);

/** Whether an error says the design nests too deeply to be written as JSON (text.ts's TooDeepError, or the engine's own stack overflow). */
export const isTooDeep = (e: unknown): boolean => e instanceof TooDeepError || isStackOverflow(e);

/** What a save says when the design is nested too deeply to be written as JSON. */
export const TOO_DEEP =
  'This design is nested too deeply for the browser to write it as JSON (it gives up after some thousands of levels), so this change is not saved. Remove some of the nesting to save it again.';

/**
 * What another tab may have saved meanwhile, read without side effects; null
 * when storage holds nothing usable (then this tab's state is written as is).
 */
export function readStoredState(storage: StorageLike): SavedState | null {
  try {
    const text = storage.getItem(STORAGE_KEY);
    if (text === null) return null;
    const m = migrate(JSON.parse(text));
    return 'state' in m ? m.state : null;
  } catch {
    return null;
  }
}

/** The designs of readStoredState. */
export function readStoredDesigns(storage: StorageLike): SavedDesign[] | null {
  return readStoredState(storage)?.designs ?? null;
}

/**
 * Merges this tab's current design into what storage holds: the other designs
 * keep what other tabs saved, so two tabs on two designs never overwrite each other.
 * A design this tab knows but storage does not (created here) is kept too.
 */
export function mergeDesigns(stored: SavedDesign[] | null, mine: SavedDesign[], currentId: string): SavedDesign[] {
  if (!stored) return mine;
  const current = mine.find((d) => d.id === currentId);
  const out = stored.map((d) => (d.id === currentId && current ? current : d));
  if (current && !stored.some((d) => d.id === currentId)) out.push(current);
  return out;
}
