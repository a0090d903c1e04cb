import { useEffect, useState } from 'react';
// What an import does (parse, decode, check) loads when a file is first dropped or a request first pasted.
const importing = () => import('./importing');
import './json-editor.css';

const hasFiles = (e: DragEvent) => !!e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files');

/** Whether an element takes typed or pasted text itself (fields, Monaco). */
function takesText(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable || !!el.closest('.monaco-editor');
}

/**
 * Page-wide import: drop a .json file anywhere (an overlay says so while a file is
 * dragged over the page), or paste a request while no text field has the focus.
 * Only drags that carry files are handled, so the canvas's own drags (dnd-kit uses
 * pointer events) are untouched. Failed imports appear in the page's notices.
 */
export function PageImport() {
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault(); // Lets the drop happen here instead of the browser opening the file.
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      // Captured at the window: Monaco's own drop-into-editor never sees the file.
      e.preventDefault();
      e.stopPropagation();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) void importing().then((m) => m.importFile(file));
    };
    const paste = (e: ClipboardEvent) => {
      if (takesText(e.target) || takesText(document.activeElement)) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (!/^\s*[[{]/.test(text)) return;
      e.preventDefault();
      void importing().then((m) => m.importText(text));
    };
    window.addEventListener('dragenter', enter, true);
    window.addEventListener('dragover', over, true);
    window.addEventListener('dragleave', leave, true);
    window.addEventListener('drop', drop, true);
    document.addEventListener('paste', paste);
    return () => {
      window.removeEventListener('dragenter', enter, true);
      window.removeEventListener('dragover', over, true);
      window.removeEventListener('dragleave', leave, true);
      window.removeEventListener('drop', drop, true);
      document.removeEventListener('paste', paste);
    };
  }, []);

  if (!dragging) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p className="drop-overlay__text">Drop a .json file to import it as the request</p>
    </div>
  );
}
