import { useEffect } from 'react';
import { ACTIONS, runAction } from '../features/designer/actions';

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
 * The keyboard shortcuts of the action list (features/designer/actions.ts). Inside
 * a text field only the actions made for it (undo, redo) run, and the browser's own
 * editing keys win for the rest; in Monaco, its own undo.
 */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const inText = isTextInput(e.target);
      for (const a of ACTIONS) {
        if (!a.keyTest?.(e)) continue;
        if (inText && (!a.inTextFields || inMonaco(e.target))) return;
        e.preventDefault();
        runAction(a.id);
        return;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
