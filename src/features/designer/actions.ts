import { getAt, isObject, joinPointer } from '../../core';
import { derived } from '../../state/hooks';
import type { Derived } from '../../state/derived';
import { dismissNotice, notify, useDesigns } from '../../state/designs';
import { EMPTY_REQUEST, HISTORY_LIMIT, redo, undo, useDocument, type HistoryMode } from '../../state/document';
import type { ElementEntry, ElementKey } from '../../state/model';
import type { Op } from '../../state/ops';
import { useUi } from '../../state/ui';
import { judgeDrop, loadRefusals, planDrop, type DropTarget } from '../elements/drop';
import { elementKind, type ElementKindId } from '../elements/registry';

/**
 * The designer's commands, in one list (Excalidraw's actions): each names itself,
 * its keys, when it applies and what it does, as operations on the document with
 * the selection after them and whether they are an undo step. The keyboard
 * shortcuts, the item buttons, the toolbar and the README's table of keys all read
 * this list; drops from the palette and drags on the canvas go through the same
 * `apply` below.
 */

export type ActionId =
  | 'undo'
  | 'redo'
  | 'delete'
  | 'duplicate'
  | 'moveUp'
  | 'moveDown'
  | 'edit'
  | 'addMessage'
  | 'removeMessage';

/** What an action sees: the document's derived state, the message shown, and the element it is for. */
export interface ActionContext {
  d: Derived;
  msgIndex: number;
  /** The selected element (or the one whose button was pressed), when it is in the message shown. */
  target: ElementEntry | undefined;
}

/** A change of the document, with where the user is after it. */
export interface DocumentChange {
  ops: Op[];
  history: HistoryMode;
  select?: ElementKey | null;
  selectPath?: string;
  msgIndex?: number;
  announce: string;
}

/** What performing an action does: a change of the document, or something else (history, focus). */
export type Performed = DocumentChange | { run(): void; announce?: string };

/** The part of a key press an action's key test reads. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export interface ActionSpec {
  id: ActionId;
  label: string;
  /** The keys that run it, as the tooltips and the README print them. */
  keys: readonly string[];
  /** Whether a key press runs it. */
  keyTest?(e: KeyPress): boolean;
  /** Whether its keys also work while the focus is in a text field (undo and redo: every keystroke is in the document). */
  inTextFields?: boolean;
  /** Whether it applies now. */
  applies(ctx: ActionContext): boolean;
  perform(ctx: ActionContext): Performed | null;
}

const mod = (e: KeyPress) => e.ctrlKey || e.metaKey;
const key = (e: KeyPress) => e.key.toLowerCase();

/** Elements that are entries of an array and can be moved, duplicated or deleted on the canvas. */
const isEntry = (t: ElementEntry | undefined): t is ElementEntry & { arrayPath: string; index: number } =>
  !!t && t.type !== 'message' && t.arrayPath !== undefined && t.index !== undefined;

function move(ctx: ActionContext, delta: number): Performed | null {
  const t = ctx.target;
  if (!isEntry(t)) return null;
  const list = getAt(ctx.d.doc, t.arrayPath);
  const to = t.index + delta;
  if (!Array.isArray(list) || to < 0 || to >= list.length) return null;
  return {
    ops: [{ kind: 'move', path: t.arrayPath, from: t.index, to }],
    history: 'record',
    announce: `Moved to position ${to + 1}.`,
  };
}

export const ACTIONS: readonly ActionSpec[] = [
  {
    id: 'undo',
    label: 'Undo',
    keys: ['Ctrl+Z'],
    keyTest: (e) => mod(e) && !e.altKey && !e.shiftKey && key(e) === 'z',
    inTextFields: true,
    applies: () => useDocument.temporal.getState().pastStates.length > 0,
    perform: () => ({ run: undo, announce: 'Undone.' }),
  },
  {
    id: 'redo',
    label: 'Redo',
    keys: ['Ctrl+Shift+Z', 'Ctrl+Y'],
    keyTest: (e) => mod(e) && !e.altKey && ((e.shiftKey && key(e) === 'z') || (!e.shiftKey && key(e) === 'y')),
    inTextFields: true,
    applies: () => useDocument.temporal.getState().futureStates.length > 0,
    perform: () => ({ run: redo, announce: 'Redone.' }),
  },
  {
    id: 'delete',
    label: 'Delete',
    keys: ['Delete', 'Backspace'],
    keyTest: (e) => !mod(e) && !e.altKey && (e.key === 'Delete' || e.key === 'Backspace'),
    applies: (ctx) => !!ctx.target && ctx.target.type !== 'message',
    perform: (ctx) => {
      const t = ctx.target!;
      const parent = t.parent === null ? undefined : ctx.d.model.elements.get(t.parent);
      return {
        ops: [{ kind: 'remove', path: t.path }],
        history: 'record',
        select: parent && (parent.type === 'item' || parent.type === 'card') ? parent.key : null,
        announce: 'Deleted.',
      };
    },
  },
  {
    id: 'duplicate',
    label: 'Duplicate',
    keys: ['Ctrl+D'],
    keyTest: (e) => mod(e) && !e.altKey && !e.shiftKey && key(e) === 'd',
    applies: (ctx) => isEntry(ctx.target),
    perform: (ctx) => {
      const t = ctx.target;
      if (!isEntry(t)) return null;
      const value = getAt(ctx.d.doc, t.path);
      if (value === undefined) return null;
      return {
        ops: [{ kind: 'insert', path: t.arrayPath, index: t.index + 1, value: structuredClone(value) }],
        history: 'record',
        selectPath: joinPointer(t.arrayPath, t.index + 1),
        announce: 'Duplicated.',
      };
    },
  },
  {
    id: 'moveUp',
    label: 'Move up (or left)',
    keys: ['Alt+↑', 'Alt+←'],
    keyTest: (e) => e.altKey && !mod(e) && (e.key === 'ArrowUp' || e.key === 'ArrowLeft'),
    applies: (ctx) => isEntry(ctx.target) && ctx.target.index > 0,
    perform: (ctx) => move(ctx, -1),
  },
  {
    id: 'moveDown',
    label: 'Move down (or right)',
    keys: ['Alt+↓', 'Alt+→'],
    keyTest: (e) => e.altKey && !mod(e) && (e.key === 'ArrowDown' || e.key === 'ArrowRight'),
    applies: (ctx) => isEntry(ctx.target),
    perform: (ctx) => move(ctx, 1),
  },
  {
    id: 'edit',
    label: 'Edit in the inspector',
    keys: ['F2'],
    keyTest: (e) => e.key === 'F2',
    applies: () => true,
    perform: () => ({ run: () => useUi.getState().edit() }),
  },
  {
    id: 'addMessage',
    label: 'Add a message',
    keys: [],
    applies: (ctx) => ctx.d.model.messages.length > 0,
    perform: (ctx) => {
      const current = getAt(ctx.d.doc, ctx.d.model.messages[ctx.msgIndex]?.path ?? '/none');
      const envelope: Record<string, unknown> = {};
      if (isObject(current)) {
        for (const k of Object.keys(current)) if (k.toLowerCase() !== 'richcontent') envelope[k] = structuredClone(current[k]);
      } else {
        Object.assign(envelope, { from: 'Your Page ID', to: [{ number: 'Recipients PSID' }], body: { type: 'auto', content: '' } });
      }
      envelope.richContent = { conversation: [] };
      const n = ctx.d.model.messages.length;
      return {
        ops: [{ kind: 'insert', path: ctx.d.model.msgArrayPath, index: n, value: envelope }],
        history: 'record',
        msgIndex: n,
        select: null,
        announce: `Message ${n + 1} added.`,
      };
    },
  },
  {
    id: 'removeMessage',
    label: 'Remove this message',
    keys: [],
    applies: (ctx) => ctx.d.model.messages.length > 1,
    perform: (ctx) => {
      const m = ctx.d.model.messages[ctx.msgIndex];
      if (!m) return null;
      return {
        ops: [{ kind: 'remove', path: m.path }],
        history: 'record',
        msgIndex: Math.max(0, ctx.msgIndex - 1),
        select: null,
        announce: `Message ${ctx.msgIndex + 1} removed.`,
      };
    },
  },
];

export function actionSpec(id: ActionId): ActionSpec {
  return ACTIONS.find((a) => a.id === id)!;
}

/** The context of an action now: for the element `key`, else the selection. */
export function actionContext(key?: ElementKey): ActionContext {
  const d = derived();
  const ui = useUi.getState();
  const entry = d.model.elements.get(key ?? ui.selection ?? '');
  return { d, msgIndex: ui.msgIndex, target: entry && entry.msgIndex === ui.msgIndex ? entry : undefined };
}

/** Applies a change of the document from the canvas or the palette, and says what happened. */
export function apply(change: DocumentChange, source: 'canvas' | 'palette' = 'canvas'): void {
  const { ops, history, select, selectPath, msgIndex, announce } = change;
  useDocument.getState().dispatch(ops, { source, history, select, selectPath, msgIndex });
  useUi.getState().announce(announce);
}

/** Runs an action (for the element `key`, else the selection); false when it does not apply. */
export function runAction(id: ActionId, key?: ElementKey): boolean {
  const spec = actionSpec(id);
  const ctx = actionContext(key);
  if (!spec.applies(ctx)) {
    if (id === 'addMessage') noMessageToHold('A message');
    return false;
  }
  const done = spec.perform(ctx);
  if (!done) return false;
  if ('run' in done) {
    done.run();
    if (done.announce) useUi.getState().announce(done.announce);
  } else apply(done);
  return true;
}

/** A tooltip for an action: its label and keys. */
export function actionTitle(id: ActionId): string {
  const a = actionSpec(id);
  return a.keys.length ? `${a.label} (${a.keys.join(' or ')})` : a.label;
}

/** The Undo button's tooltip: once the history has dropped its oldest steps, how many it holds. */
export function undoTitle(steps: number, trimmed: boolean): string {
  if (!trimmed) return actionTitle('undo');
  return `${actionTitle('undo')}: ${steps} ${steps === 1 ? 'step' : 'steps'} to undo. Only the last ${HISTORY_LIMIT} steps are kept; older ones were dropped.`;
}

/** The README's table of keys, made from the list. */
export function keysTable(): string {
  const rows = ACTIONS.filter((a) => a.keys.length > 0).map((a) => `| ${a.keys.map((k) => `\`${k}\``).join(', ')} | ${a.label} |`);
  return ['| keys | action |', '|---|---|', ...rows].join('\n');
}

// ---- Drops and drags: the same apply, from the palette and the canvas. ----

/** The drop target that the current selection names: its card, its item, or the conversation. */
export function selectedTarget(): DropTarget | null {
  const d = derived();
  const ui = useUi.getState();
  const msg = d.model.messages[ui.msgIndex];
  if (!msg) return null;
  let entry = d.model.elements.get(ui.selection ?? '');
  while (entry && entry.msgIndex === ui.msgIndex) {
    if (entry.type === 'card') return { slot: 'card', path: entry.path };
    if (entry.type === 'item') return { slot: 'item', path: entry.path };
    entry = entry.parent === null ? undefined : d.model.elements.get(entry.parent);
  }
  return { slot: 'conversation', msgPath: msg.path };
}

/** Applies a drop (or a keyboard add) at a target; says what happened. */
export function dropAt(kind: ElementKindId, target: DropTarget): boolean {
  const { plan, refusal } = judgeDrop(derived().doc, kind, target);
  const label = elementKind(kind).label;
  if (!plan) {
    void loadRefusals().then(({ refusalText }) => useUi.getState().announce(`${label} does not fit there: ${refusalText(refusal)}.`));
    return false;
  }
  apply({ ops: plan.ops, history: 'record', selectPath: plan.select, announce: `${label} added.` }, 'palette');
  return true;
}

/** Adds an element to the selected place, else as a new conversation item (palette click or Enter). */
export function addToSelection(kind: ElementKindId): boolean {
  const target = selectedTarget();
  if (!target) {
    noMessageToHold(elementKind(kind).label);
    return false;
  }
  const doc = derived().doc;
  if (planDrop(doc, kind, target)) return dropAt(kind, target);
  const msg = derived().model.messages[useUi.getState().msgIndex];
  if (target.slot !== 'conversation' && msg && planDrop(doc, kind, { slot: 'conversation', msgPath: msg.path }))
    return dropAt(kind, { slot: 'conversation', msgPath: msg.path });
  return dropAt(kind, target);
}

/**
 * Nothing can be added to a request that has no list of messages (a document that is not an object, one typed
 * or imported as a string, an array or a bare number): said where everyone sees it, with a way out (undoable).
 */
function noMessageToHold(what: string): void {
  const text = `${what} cannot be added: this request has no messages.msg to hold it (see its Problems).`;
  notify('warning', text, [
    {
      label: 'Start from an empty request',
      run: () => {
        useDocument.getState().dispatch({ kind: 'replace', value: structuredClone(EMPTY_REQUEST) }, { source: 'palette', history: 'record', msgIndex: 0, select: null });
        for (const n of useDesigns.getState().notices) if (n.text === text) dismissNotice(n.id);
      },
    },
  ]);
}

/** Moves the dragged entry to where the entry `overKey` stands, in the same list (a sortable drag's end). */
export function moveOnto(activeKey: ElementKey, overKey: ElementKey): boolean {
  const d = derived();
  const a = d.model.elements.get(activeKey);
  const o = d.model.elements.get(overKey);
  if (!isEntry(a) || !isEntry(o) || a.arrayPath !== o.arrayPath || a.index === o.index) return false;
  apply({ ops: [{ kind: 'move', path: a.arrayPath, from: a.index, to: o.index }], history: 'record', announce: `Moved to position ${o.index + 1}.` });
  return true;
}
