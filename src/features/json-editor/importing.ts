import { prepareDocument, useDocument } from '../../state/document';
import { createDesign, currentDesign, importedIntoCurrent, isEdited, nameOfFile, notify } from '../../state/designs';
import { useJsonEditor } from '../../state/jsonEditor';
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

/** Whether an import would replace edits: the design changed since it was opened, or the JSON editor holds text that is not JSON yet. */
export const wouldReplaceEdits = (): boolean => isEdited() || useJsonEditor.getState().broken !== null;

/**
 * Imports a file, but over an edited design asks first (`ask` gets the request waiting for the answer, and the
 * import is then null): a file is no less a replacement than a paste or a gallery template.
 */
export async function importFileAsking(file: File, ask: (pending: PendingPaste) => void): Promise<ImportOutcome | null> {
  const result = await readImport(file);
  if (result.ok && wouldReplaceEdits()) {
    ask({ value: result.value, text: result.text, file: file.name });
    return null;
  }
  return applyImport(result, `Imported ${file.name}.`, nameOfFile(file.name));
}

/** The answer "Replace my design" to a pending import or paste. */
export function replacePending(pending: PendingPaste): Promise<ImportOutcome> {
  if (pending.file === undefined) return applyImport({ ok: true, ...pending }, PASTED).then(tell);
  return applyImport({ ok: true, value: pending.value, text: pending.text }, `Imported ${pending.file}.`, nameOfFile(pending.file)).then(tell);
}

const tell = (outcome: ImportOutcome): ImportOutcome => {
  if (outcome.ok) notify('info', outcome.text);
  return outcome;
};

/** Imports pasted text (within the same size limit as files). */
export function importText(text: string): Promise<ImportOutcome> {
  return applyImport(readPasted(text), 'Imported the pasted request.');
}

// For the page's paste, which loads this module when a request is first pasted.
export { readPasted } from './io';

/** A request pasted (or a file imported: `file`, its name) over an edited design, waiting for the user's answer. */
export type PendingPaste = { value: unknown; text: string; file?: string };

const PASTED = 'Imported the pasted request; Undo brings the design before it back.';

/** Replaces the design with a pasted request, and says so where everyone sees it. */
export function replaceWith(result: ImportResult): void {
  void applyImport(result, PASTED).then((outcome) => {
    if (outcome.ok) notify('info', outcome.text);
  });
}

/** Opens a pasted request (or an imported file) as a design of its own: the edited one stays as it is. */
export function openAsNew(pending: PendingPaste): void {
  const name = pending.file === undefined ? 'Pasted request' : nameOfFile(pending.file);
  createDesign(name, pending.value, pending.text);
  const text = `Opened ${pending.file ?? 'the pasted request'} as a new design, “${currentDesign()?.name ?? name}”. Yours is kept: the Design menu opens it.`;
  say(text);
  notify('info', text);
}
