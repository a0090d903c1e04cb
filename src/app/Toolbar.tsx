import { useStore } from 'zustand';
import { examples } from '../examples';
import { redo, undo, useDocument } from '../state/document';
import { useUi } from '../state/ui';
import { useId } from 'react';

/** Loads a request as the document: one undoable step. */
export function loadRequest(request: unknown): void {
  useDocument.getState().dispatch({ kind: 'replace', value: structuredClone(request) }, 'load');
  useUi.getState().setMsgIndex(0);
}

/** Undo, redo and the example picker. */
export function Toolbar() {
  const canUndo = useStore(useDocument.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useDocument.temporal, (s) => s.futureStates.length > 0);
  const pickerId = useId();
  return (
    <div className="toolbar" role="toolbar" aria-label="Document">
      <button type="button" className="tool" onClick={undo} disabled={!canUndo} title="Undo (Ctrl+Z)">
        ↶ Undo
      </button>
      <button type="button" className="tool" onClick={redo} disabled={!canRedo} title="Redo (Ctrl+Shift+Z or Ctrl+Y)">
        ↷ Redo
      </button>
      <label htmlFor={pickerId} className="toolbar__label">
        Load example
      </label>
      <select
        id={pickerId}
        value=""
        onChange={(e) => {
          const ex = examples.find((x) => x.id === e.target.value);
          if (ex) loadRequest(ex.request);
        }}
      >
        <option value="">Choose…</option>
        {examples.map((e) => (
          <option key={e.id} value={e.id}>
            {e.id.slice(0, 2)}. {e.title}
          </option>
        ))}
      </select>
    </div>
  );
}
