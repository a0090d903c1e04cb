import { useEffect, useId, useRef } from 'react';

/**
 * Asks before a pasted request, or an imported file (`source`: its name), replaces an edited
 * design, as the gallery does: open it as a new design (yours stays as it is), replace yours
 * (Undo brings it back), or cancel.
 * A chunk of its own, with nothing but the question: the first load never waits for it,
 * and what the answers do stays in PageImport.
 */
export default function PasteQuestion({
  source = 'the pasted request',
  onNew,
  onReplace,
  onCancel,
}: {
  source?: string;
  onNew: () => void;
  onReplace: () => void;
  onCancel: () => void;
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
  return (
    <dialog
      ref={ref}
      className="paste-question"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>Replace your design with {source}?</h2>
      <p id={textId}>
        Your design has edits. Replace it with {source} (Undo brings your design back), or open the request as a new design and keep
        yours as it is.
      </p>
      <div className="paste-question__actions">
        <button type="button" className="tool tool--primary" onClick={onNew} autoFocus>
          Open as new design
        </button>
        <button type="button" className="tool" onClick={onReplace}>
          Replace my design
        </button>
        <button type="button" className="tool" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
