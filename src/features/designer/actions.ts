import { getAt, isObject } from '../../core';
import { useDocument } from '../../state/document';
import { useUi } from '../../state/ui';
import { arrayEntry, elementType, messagePaths, msgArrayPath, parentElement } from '../canvas/model';
import { planDrop, type DropTarget } from '../elements/drop';
import { elementKind, type ElementKindId } from '../elements/registry';

/**
 * The designer's commands, shared by the palette, the canvas buttons and the
 * keyboard shortcuts. Each is one document change (one undo step).
 */

const doc = () => useDocument.getState().doc;
const ui = () => useUi.getState();

function currentMsgPath(): string | undefined {
  return messagePaths(doc())[ui().msgIndex];
}

/** The drop target that the current selection names: its card, its item, or the conversation. */
export function selectedTarget(): DropTarget | null {
  const msgPath = currentMsgPath();
  if (msgPath === undefined) return null;
  let path = ui().selection;
  while (path && path.startsWith(msgPath + '/')) {
    const type = elementType(path);
    if (type === 'card') return { slot: 'card', path };
    if (type === 'item') return { slot: 'item', path };
    path = parentElement(path);
  }
  return { slot: 'conversation', msgPath };
}

/** Applies a drop (or a keyboard add) at a target; says what happened. */
export function dropAt(kind: ElementKindId, target: DropTarget): boolean {
  const plan = planDrop(doc(), kind, target);
  const label = elementKind(kind).label;
  if (!plan) {
    ui().announce(`${label} does not fit there.`);
    return false;
  }
  useDocument.getState().dispatch(plan.ops, 'palette');
  ui().select(plan.select);
  ui().announce(`${label} added.`);
  return true;
}

/** Adds an element to the selected place, else as a new conversation item (palette click or Enter). */
export function addToSelection(kind: ElementKindId): boolean {
  const target = selectedTarget();
  if (!target) return false;
  if (planDrop(doc(), kind, target)) return dropAt(kind, target);
  const msgPath = currentMsgPath();
  if (target.slot !== 'conversation' && msgPath !== undefined && planDrop(doc(), kind, { slot: 'conversation', msgPath }))
    return dropAt(kind, { slot: 'conversation', msgPath });
  return dropAt(kind, target);
}

/** Deletes the selected element; selects its parent. */
export function deleteSelection(): void {
  const path = ui().selection;
  if (!path || elementType(path) === 'message' || getAt(doc(), path) === undefined) return;
  useDocument.getState().dispatch({ kind: 'remove', path }, 'canvas');
  const parent = parentElement(path);
  ui().select(elementType(parent) === 'message' ? null : parent);
  ui().announce('Deleted.');
}

/** Duplicates the selected array entry (item, card, suggestion) right after it. */
export function duplicateSelection(): void {
  const path = ui().selection;
  const entry = path ? arrayEntry(path) : null;
  if (!path || !entry || elementType(path) === 'message') return;
  const value = getAt(doc(), path);
  if (value === undefined) return;
  useDocument
    .getState()
    .dispatch({ kind: 'insert', path: entry.arrayPath, index: entry.index + 1, value: structuredClone(value) }, 'canvas');
  ui().select(`${entry.arrayPath}/${entry.index + 1}`);
  ui().announce('Duplicated.');
}

/** Moves the selected array entry by `delta` places within its list. */
export function moveSelection(delta: number): void {
  const path = ui().selection;
  const entry = path ? arrayEntry(path) : null;
  if (!path || !entry || elementType(path) === 'message') return;
  const list = getAt(doc(), entry.arrayPath);
  if (!Array.isArray(list)) return;
  const to = entry.index + delta;
  if (to < 0 || to >= list.length) return;
  moveEntry(entry.arrayPath, entry.index, to);
}

/** Moves an entry within an array and keeps it selected. */
export function moveEntry(arrayPath: string, from: number, to: number): void {
  useDocument.getState().dispatch({ kind: 'move', path: arrayPath, from, to }, 'canvas');
  const sel = ui().selection;
  if (sel === `${arrayPath}/${from}` || sel?.startsWith(`${arrayPath}/${from}/`)) ui().select(`${arrayPath}/${to}`);
  ui().announce(`Moved to position ${to + 1}.`);
}

/** Adds a new msg entry, a copy of the current message's envelope with an empty conversation. */
export function addMessage(): void {
  const d = doc();
  const msgs = messagePaths(d);
  const current = getAt(d, msgs[ui().msgIndex] ?? '');
  const envelope: Record<string, unknown> = {};
  if (isObject(current)) {
    for (const k of Object.keys(current)) {
      const lower = k.toLowerCase();
      if (lower === 'richcontent') continue;
      envelope[k] = structuredClone(current[k]);
    }
  } else {
    Object.assign(envelope, { from: 'Your Page ID', to: [{ number: 'Recipients PSID' }], body: { type: 'auto', content: '' } });
  }
  envelope.richContent = { conversation: [] };
  useDocument.getState().dispatch({ kind: 'insert', path: msgArrayPath(d), index: msgs.length, value: envelope }, 'canvas');
  ui().setMsgIndex(msgs.length);
  ui().announce(`Message ${msgs.length + 1} added.`);
}

/** Removes the current msg entry (never the last one). */
export function removeMessage(): void {
  const msgs = messagePaths(doc());
  if (msgs.length <= 1) return;
  const i = ui().msgIndex;
  useDocument.getState().dispatch({ kind: 'remove', path: msgs[i]! }, 'canvas');
  ui().setMsgIndex(Math.max(0, i - 1));
  ui().announce(`Message ${i + 1} removed.`);
}
