import { create } from 'zustand';
import type { SyntaxErrorInfo } from '../core';
import { useDocument } from './document';

/**
 * What the JSON editor's text is, shared with every view (the header's status, the
 * Problems list, the JSON panel's banner and its copy and download), and the
 * page-lifetime choices of the JSON panel. Lives as long as the page: never in
 * storage, never in undo history, and it outlives the JSON tab (which unmounts
 * whenever another bottom tab is chosen).
 */
export interface JsonEditorState {
  /**
   * The editor's text while it is not JSON, with its first syntax error; null while
   * the text is the document's. The canvas, the checks and the exports meanwhile
   * keep the last valid design (the document).
   */
  broken: { text: string; error: SyntaxErrorInfo } | null;
  /** "Include my product token": copies, downloads and snippets hold the real token. Only for this page's lifetime. */
  includeToken: boolean;
  /** Bumped by every request to show the syntax error: the JSON tab and its editor open, and the editor's cursor goes there. */
  reveal: number;
  /** Whether the editor has still to put its cursor on the error (it takes the request when it mounts, or at once). */
  revealPending: boolean;
}

export const useJsonEditor = create<JsonEditorState>()(() => ({ broken: null, includeToken: false, reveal: 0, revealPending: false }));

/** The editor tells what its text is after every change: broken (with where) or JSON (`error` null). */
export function setEditorText(text: string, error: SyntaxErrorInfo | null): void {
  const { broken } = useJsonEditor.getState();
  if (error === null) {
    if (broken !== null) useJsonEditor.setState({ broken: null, revealPending: false });
    return;
  }
  if (broken && broken.text === text) return;
  useJsonEditor.setState({ broken: { text, error } });
}

/** Asks the views to show the syntax error: the JSON tab opens, and the editor puts its cursor at the error's line and column. */
export function showSyntaxError(): void {
  if (useJsonEditor.getState().broken === null) return;
  useJsonEditor.setState((s) => ({ reveal: s.reveal + 1, revealPending: true }));
}

/** The editor takes a pending request to show the error: the error to go to, or null when none is pending (or the text is JSON again). */
export function takeReveal(): SyntaxErrorInfo | null {
  const { revealPending, broken } = useJsonEditor.getState();
  if (!revealPending) return null;
  useJsonEditor.setState({ revealPending: false });
  return broken?.error ?? null;
}

export function setIncludeToken(includeToken: boolean): void {
  useJsonEditor.setState({ includeToken });
}

// A document that changes other than through the editor (the canvas, the inspector, an import, undo, another
// design) replaces the editor's text with its own: the broken text is gone, and so is its error.
useDocument.subscribe((state, prev) => {
  if (state.source === 'json' || (state.doc === prev.doc && state.revision === prev.revision)) return;
  if (useJsonEditor.getState().broken !== null) useJsonEditor.setState({ broken: null, revealPending: false });
});
