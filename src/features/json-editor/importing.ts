import { prepareDocument, useDocument } from '../../state/document';
import { createDesign, currentDesign, importedIntoCurrent, nameOfFile, notify } from '../../state/designs';
import { useUi } from '../../state/ui';
import { readImport, readPasted, type ImportResult } from './io';

/**
 * Imports from the file picker, a dropped file or pasted text all end here: a
 * request replaces the document as one undoable step (source `load`); anything
 * else leaves the design alone and says why, with line and column, in the page's notices.
 */

/** Says something to screen-reader users, even when it is the same sentence as last time. */
export function say(text: string): void {
  const ui = useUi.getState();
  ui.announce(ui.announcement === text ? `${text}\u00a0` : text);
}

/** What an import did, in a sentence for the user. */
export interface ImportOutcome {
  ok: boolean;
  text: string;
}

/** Applies an import's result: load the request (`name`: a file's, which an automatically named design takes), or report why not. */
export async function applyImport(result: ImportResult, done: string, name?: string): Promise<ImportOutcome> {
  if (!result.ok) {
    notify('error', result.message); // An alert: read out at once.
    return { ok: false, text: result.message };
  }
  // A large request is made ready in a task of its own, then shown as it is (not reconciled with the old design).
  const fresh = await prepareDocument(result.value);
  useDocument
    .getState()
    .dispatch({ kind: 'replace', value: result.value, fresh }, { source: 'load', history: 'record', msgIndex: 0, select: null, text: result.text });
  importedIntoCurrent(name);
  say(done);
  return { ok: true, text: done };
}

/** Imports a file (picked or dropped). */
export async function importFile(file: File): Promise<ImportOutcome> {
  return applyImport(await readImport(file), `Imported ${file.name}.`, nameOfFile(file.name));
}

/** Imports pasted text (within the same size limit as files). */
export function importText(text: string): Promise<ImportOutcome> {
  return applyImport(readPasted(text), 'Imported the pasted request.');
}

// For the page's paste, which loads this module when a request is first pasted.
export { readPasted } from './io';

/** A request pasted over an edited design, waiting for the user's answer. */
export type PendingPaste = { value: unknown; text: string };

const PASTED = 'Imported the pasted request; Undo brings the design before it back.';

/** Replaces the design with a pasted request, and says so where everyone sees it. */
export function replaceWith(result: ImportResult): void {
  void applyImport(result, PASTED).then((outcome) => {
    if (outcome.ok) notify('info', outcome.text);
  });
}

/** Opens a pasted request as a design of its own: the edited one stays as it is. */
export function openAsNew(pending: PendingPaste): void {
  createDesign('Pasted request', pending.value, pending.text);
  const text = `Opened the pasted request as a new design, “${currentDesign()?.name ?? 'Pasted request'}”. Yours is kept: the Design menu opens it.`;
  say(text);
  notify('info', text);
}
