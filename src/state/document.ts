import { create } from 'zustand';
import { temporal } from 'zundo';
import { applyOps, type Op } from './ops';
import { recordEdit, rememberText } from './text';
import { derivedOf, prepare } from './derived';
import { isLarge, onReport } from './reports';
import type { ElementKey } from './model';
import { useUi } from './ui';

/** Where a change came from, so that a view can skip echoing its own edit back (no sync flags, no timers). */
export type ChangeSource = 'canvas' | 'inspector' | 'palette' | 'json' | 'load' | 'history';

/**
 * Whether a change enters the undo history (Excalidraw's capture modes):
 * `record` is a step, `skip` is not, and `{ coalesce: key }` is a step the first
 * time and merges into it while the same key keeps coming (typing in one field).
 */
export type HistoryMode = 'record' | 'skip' | { coalesce: string };

/** How a change is applied: every change says where it came from and whether it is an undo step. */
export interface Change {
  source: ChangeSource;
  history: HistoryMode;
  /** The selection after the change, when the change decides it (what a drop added, where a deleted element's parent is). */
  select?: ElementKey | null;
  /** The same by pointer into the new document (an element just added has no key before it exists). */
  selectPath?: string;
  /** The message to show after the change. */
  msgIndex?: number;
  /** The JSON text the new document came as (an import, the JSON editor): it is kept as written (text.ts). */
  text?: string;
}

export interface DocumentState {
  /** The document is the CM request itself: exactly what is exported. */
  doc: unknown;
  /** Source of the last change. */
  source: ChangeSource;
  /** A counter bumped by every change, for views that key on "a change happened". */
  revision: number;
  /** Bumped when the check of a large request, run off the main thread, comes back (derived.ts reads it). */
  checked: number;
  /** Whether the undo history has dropped its oldest step (it keeps HISTORY_LIMIT steps) since the design was opened. */
  historyTrimmed: boolean;
  dispatch(ops: Op | readonly Op[], change: Change): void;
  /** Ends a coalesced burst, so the next edit is a step of its own (a field lost focus). */
  endBurst(): void;
}

let burstKey: string | null = null;

/** At least 100 undo steps (issue 3); a step shares all untouched branches, so 200 is cheap. */
export const HISTORY_LIMIT = 200;

export const EMPTY_REQUEST = {
  messages: {
    authentication: { producttoken: '' },
    msg: [
      {
        from: 'Your Page ID',
        to: [{ number: 'Recipients PSID' }],
        body: { type: 'auto', content: 'Fallback text' },
        allowedChannels: ['Facebook Messenger'],
        richContent: { conversation: [] },
      },
    ],
  },
};

/** What the user was looking at: the message and the selected element. */
interface Place {
  msgIndex: number;
  selection: ElementKey | null;
}
/**
 * For each version of the document made by a change, where the user was before
 * the step that made it (a burst of typing: before its first key) and right after
 * it: undo brings back the first, redo the second. Keyed by the document object.
 */
const places = new WeakMap<object, { before: Place; after: Place }>();
const here = (): Place => {
  const { msgIndex, selection } = useUi.getState();
  return { msgIndex, selection };
};

export const useDocument = create<DocumentState>()(
  temporal(
    (set, get) => ({
      doc: EMPTY_REQUEST as unknown,
      source: 'load',
      revision: 0,
      checked: 0,
      historyTrimmed: false,
      dispatch(ops, change) {
        const list = Array.isArray(ops) ? (ops as readonly Op[]) : [ops as Op];
        const prev = get().doc;
        const next = applyOps(prev, list);
        if (change.text !== undefined) rememberText(next, change.text);
        else recordEdit(prev, next, list);
        if (next === prev) return;
        const temporalApi = useDocument.temporal.getState();
        const history = change.history;
        let skip = history === 'skip';
        if (typeof history === 'object') {
          skip = burstKey === history.coalesce;
          burstKey = history.coalesce;
        } else {
          burstKey = null;
        }
        const before = here();
        // A merged change belongs to the step it merges into: that step's "before" stays.
        const stepBefore = skip && isObj(prev) ? (places.get(prev)?.before ?? before) : before;
        // A step added to a full history drops the oldest one.
        const trims = !skip && temporalApi.pastStates.length >= HISTORY_LIMIT;
        if (skip) temporalApi.pause();
        set({ doc: next, source: change.source, revision: get().revision + 1, ...(trims && !get().historyTrimmed ? { historyTrimmed: true } : {}) });
        if (skip) temporalApi.resume();
        const ui = useUi.getState();
        if (change.msgIndex !== undefined && change.msgIndex !== ui.msgIndex) ui.setMsgIndex(change.msgIndex);
        if (change.select !== undefined) useUi.getState().select(change.select);
        else if (change.selectPath !== undefined) useUi.getState().select(derivedOf(next).model.byPath.get(change.selectPath) ?? null);
        if (isObj(next)) places.set(next, { before: stepBefore, after: here() });
      },
      endBurst() {
        burstKey = null;
      },
    }),
    {
      limit: HISTORY_LIMIT,
      partialize: (s) => ({ doc: s.doc }),
      equality: (a, b) => a.doc === b.doc,
    },
  ),
);

const isObj = (v: unknown): v is object => v !== null && typeof v === 'object';

/**
 * Gets a document that comes whole from outside (a share link, an import) ready to
 * be shown: a large one has its element model built and its check started in this
 * task, and the promise settles in the next, where it is dispatched as a `fresh`
 * replace (so no single task both builds and draws it). Settles at once for a
 * small one. Says whether the document was prepared (dispatch it `fresh`).
 */
export async function prepareDocument(value: unknown): Promise<boolean> {
  if (!isLarge(value)) return false;
  // Apart from what came before (the page's start, the parse of the text), and from what comes after.
  await nextTask();
  prepare(value);
  await nextTask();
  return true;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

// A report that comes back from the worker: every view that selects from the derived state looks again.
onReport(() => {
  const t = useDocument.temporal.getState();
  t.pause();
  useDocument.setState((s) => ({ checked: s.checked + 1 }));
  t.resume();
});

/** Undo one step; the selection and message of before that step come back. */
export function undo(): void {
  const t = useDocument.temporal.getState();
  if (t.pastStates.length === 0) return;
  const from = useDocument.getState().doc;
  t.undo();
  markHistory(isObj(from) ? places.get(from)?.before : undefined);
}

/** Redo one step; the selection and message it left come back. */
export function redo(): void {
  const t = useDocument.temporal.getState();
  if (t.futureStates.length === 0) return;
  t.redo();
  const to = useDocument.getState().doc;
  markHistory(isObj(to) ? places.get(to)?.after : undefined);
}

function markHistory(place: Place | undefined) {
  burstKey = null;
  const t = useDocument.temporal.getState();
  t.pause();
  useDocument.setState((s) => ({ source: 'history', revision: s.revision + 1 }));
  t.resume();
  if (place) {
    const ui = useUi.getState();
    if (place.msgIndex !== ui.msgIndex) ui.setMsgIndex(place.msgIndex);
    useUi.getState().select(place.selection);
  }
}

/** Clears history, e.g. after loading a saved design at start-up. */
export function clearHistory(): void {
  const t = useDocument.temporal.getState();
  t.clear();
  if (useDocument.getState().historyTrimmed) {
    t.pause();
    useDocument.setState({ historyTrimmed: false });
    t.resume();
  }
}
