import { create } from 'zustand';
import { temporal } from 'zundo';
import { applyOps, type Op } from './ops';

/** Where a change came from, so that a view can skip echoing its own edit back (no sync flags, no timers). */
export type ChangeSource = 'canvas' | 'inspector' | 'palette' | 'json' | 'load' | 'history';

/**
 * Whether a change enters the undo history (Excalidraw's capture modes):
 * `record` is a step, `skip` is not, and `{ coalesce: key }` is a step the first
 * time and merges into it while the same key keeps coming (typing in one field).
 */
export type HistoryMode = 'record' | 'skip' | { coalesce: string };

export interface DocumentState {
  /** The document is the CM request itself: exactly what is exported. */
  doc: unknown;
  /** Source of the last change. */
  source: ChangeSource;
  /** A counter bumped by every change, for views that key on "a change happened". */
  revision: number;
  dispatch(ops: Op | readonly Op[], source: ChangeSource, history?: HistoryMode): void;
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

export const useDocument = create<DocumentState>()(
  temporal(
    (set, get) => ({
      doc: EMPTY_REQUEST as unknown,
      source: 'load',
      revision: 0,
      dispatch(ops, source, history = 'record') {
        const list = Array.isArray(ops) ? (ops as readonly Op[]) : [ops as Op];
        const next = applyOps(get().doc, list);
        if (next === get().doc) return;
        const temporalApi = useDocument.temporal.getState();
        let skip = history === 'skip';
        if (typeof history === 'object') {
          skip = burstKey === history.coalesce;
          burstKey = history.coalesce;
        } else {
          burstKey = null;
        }
        if (skip) temporalApi.pause();
        set({ doc: next, source, revision: get().revision + 1 });
        if (skip) temporalApi.resume();
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

/** Undo one step; the views learn the change came from history. */
export function undo(): void {
  const t = useDocument.temporal.getState();
  if (t.pastStates.length === 0) return;
  t.undo();
  markHistory();
}

/** Redo one step. */
export function redo(): void {
  const t = useDocument.temporal.getState();
  if (t.futureStates.length === 0) return;
  t.redo();
  markHistory();
}

function markHistory() {
  burstKey = null;
  const t = useDocument.temporal.getState();
  t.pause();
  useDocument.setState((s) => ({ source: 'history', revision: s.revision + 1 }));
  t.resume();
}

/** Clears history, e.g. after loading a saved design at start-up. */
export function clearHistory(): void {
  useDocument.temporal.getState().clear();
}
