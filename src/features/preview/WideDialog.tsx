import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * The preview at desktop width: the preview column is about 400 px wide, so a desktop
 * Messenger window opens in a wide modal (the native <dialog>: focus stays inside,
 * Escape closes it, focus goes back to where it was).
 */
export function WideDialog({ onClose, children }: { onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d || d.open) return;
    if (typeof d.showModal === 'function') d.showModal();
    else d.setAttribute('open', ''); // jsdom
    return () => {
      if (d.open && typeof d.close === 'function') d.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="pv-wide"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => e.target === ref.current && onClose()}
    >
      <div className="pv-wide__inner">
        <div className="pv-wide__head">
          <h2 id={titleId} className="pv-wide__title">
            Preview at desktop width
          </h2>
          <button type="button" className="pv-tool-button" onClick={onClose}>
            Close <span className="pv-wide__key">Esc</span>
          </button>
        </div>
        {children}
      </div>
    </dialog>
  );
}
