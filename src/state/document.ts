import { create } from 'zustand';
import { temporal } from 'zundo';
import { applyOps, type Op } from './ops';

/** Where a change came from, so that a view can skip echoing its own edit back (no sync flags, no timers). */
export type ChangeSource = 'canvas' | 'inspector' | 'palette' | 'json' | 'load' | 'history';

/** Whether a change enters the undo history (Excalidraw's capture modes). */
export type HistoryMode = 'record' | 'skip';

export interface DocumentState {
  /** The document is the CM request itself: exactly what is exported. */
  doc: unknown;
  /** Source of the last change. */
  source: ChangeSource;
  /** A counter bumped by every change, for views that key on "a change happened". */
  revision: number;
  dispatch(ops: Op | readonly Op[], source: ChangeSource, history?: HistoryMode): void;
}

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
        if (history === 'skip') temporalApi.pause();
        set({ doc: next, source, revision: get().revision + 1 });
        if (history === 'skip') temporalApi.resume();
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
  const t = useDocument.temporal.getState();
  t.pause();
  useDocument.setState((s) => ({ source: 'history', revision: s.revision + 1 }));
  t.resume();
}

/** Clears history, e.g. after loading a saved design at start-up. */
export function clearHistory(): void {
  useDocument.temporal.getState().clear();
}
