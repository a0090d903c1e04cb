import { useEffect } from 'react';
import { redo, undo } from '../state/document';
import { useUi } from '../state/ui';
import { deleteSelection, duplicateSelection, moveSelection } from '../features/designer/actions';

function isTextInput(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable || inMonaco(el);
}

/** Monaco keeps its own undo stack for what is typed in it. */
function inMonaco(el: EventTarget | null): boolean {
  return el instanceof HTMLElement && !!el.closest('.monaco-editor');
}

/**
 * Global shortcuts: Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z and Ctrl+Y redo; on the
 * canvas Delete removes, Ctrl/Cmd+D duplicates, Alt+Up/Down moves the selection,
 * F2 edits it in the inspector.
 * Inside a text field the browser's own editing keys win.
 */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const inText = isTextInput(e.target);
      const key = e.key.toLowerCase();
      // In text fields too: every keystroke is in the document, so the app's undo is the one that knows it.
      if (mod && !e.altKey && key === 'z' && !inMonaco(e.target)) {
        e.preventDefault();
        if (e.shiftKey) redo();
        else undo();
        return;
      }
      if (mod && !e.altKey && key === 'y' && !inMonaco(e.target)) {
        e.preventDefault();
        redo();
        return;
      }
      if (inText) return;
      if (e.key === 'F2') {
        e.preventDefault();
        useUi.getState().edit();
        return;
      }
      if ((e.key === 'Delete' || e.key === 'Backspace') && !mod) {
        e.preventDefault();
        deleteSelection();
      } else if (mod && key === 'd') {
        e.preventDefault();
        duplicateSelection();
      } else if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowLeft')) {
        e.preventDefault();
        moveSelection(-1);
      } else if (e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowRight')) {
        e.preventDefault();
        moveSelection(1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
