import { useEffect, useId, useRef } from 'react';
import { openAsNew, replacePending, say, type ImportOutcome, type PendingPaste } from './importing';

/**
 * Asks before a pasted request, or an imported file, replaces an edited design, as the
 * gallery does, and does what the answer says: open it as a new design (yours stays as it
 * is), replace yours (Undo brings it back), or cancel. One question for every way in (the
 * page's paste and drop, the JSON panel's Import…); `onClose` when it is answered,
 * `onImported` with what a replacement did. A chunk of its own: the first load never waits for it.
 */
export default function ImportQuestion({
  pending,
  onClose,
  onImported,
}: {
  pending: PendingPaste;
  onClose: () => void;
  onImported?: (outcome: ImportOutcome) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d || d.open) return;
    if (typeof d.showModal === 'function') d.showModal();
    else d.setAttribute('open', '');
  }, []);
  const source = pending.file ?? 'the pasted request';
  const answer = (run: () => void) => () => {
    onClose();
    run();
  };
  const cancel = answer(() => say(`${pending.file ?? 'The pasted request'} was not imported; your design is unchanged.`));
  return (
    <dialog
      ref={ref}
      className="paste-question"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(e) => {
        e.preventDefault();
        cancel();
      }}
    >
      <h2 id={titleId}>Replace your design with {source}?</h2>
      <p id={textId}>
        Your design has edits. Replace it with {source} (Undo brings your design back), or open the request as a new design and keep
        yours as it is.
      </p>
      <div className="paste-question__actions">
        <button type="button" className="tool tool--primary" onClick={answer(() => openAsNew(pending))} autoFocus>
          Open as new design
        </button>
        <button type="button" className="tool" onClick={answer(() => void replacePending(pending).then((outcome) => onImported?.(outcome)))}>
          Replace my design
        </button>
        <button type="button" className="tool" onClick={cancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
