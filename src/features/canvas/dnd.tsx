import { useDndContext, useDroppable } from '@dnd-kit/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useDocument } from '../../state/document';
import { judgeDrop, loadRefusals, type DropTarget } from '../elements/drop';
import type { PaletteDragData } from '../palette/Palette';

/** Drop data of a place that accepts palette elements. */
export interface TargetDropData {
  type: 'target';
  target: DropTarget;
}

/** Drag and drop data of a sortable entry (an item, a card, a suggestion): its id is the element's key. */
export interface SortData {
  type: 'sort';
  /** The list it belongs to: `<owner key>:<list>`; a drag moves entries within one list only. */
  container: string;
}

function targetId(t: DropTarget): string {
  if (t.slot === 'conversation') return `target:conversation:${t.msgPath}`;
  return `target:${t.slot}:${t.path}${t.slot === 'card' && t.before ? ':before' : ''}`;
}

/** The element kind a palette drag carries, while one is on. */
export function usePaletteDrag(): PaletteDragData['kind'] | null {
  const { active } = useDndContext();
  const dragged = active?.data.current as PaletteDragData | undefined;
  return dragged?.type === 'palette' ? dragged.kind : null;
}

type Words = Awaited<ReturnType<typeof loadRefusals>>['refusalText'];

/**
 * Why the place under a palette drag does not take it, beside the pointer (in the
 * drag overlay); nothing while it fits or is over no place. The facts are judgeDrop's,
 * the same that decide the drop; the words load with the first drag.
 */
export function DropRefusal() {
  const [words, setWords] = useState<Words>();
  useEffect(() => void loadRefusals().then((m) => setWords(() => m.refusalText)), []);
  // Near the window's right edge (a phone, the inspector's side), it moves left so that it is read whole.
  const ref = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.translate = '';
    const over = el.getBoundingClientRect().right + 8 - innerWidth;
    if (over > 0) el.style.translate = `${-over}px`;
  });
  const { active, over } = useDndContext();
  const dragged = active?.data.current as PaletteDragData | undefined;
  const target = (over?.data.current as TargetDropData | undefined)?.target;
  const doc = useDocument((s) => (dragged?.type === 'palette' && target ? s.doc : null));
  if (dragged?.type !== 'palette' || !target || !words) return null;
  const { refusal } = judgeDrop(doc, dragged.kind, target);
  if (!refusal) return null;
  return (
    <p className="drop-refusal" data-testid="drop-refusal" ref={ref}>
      <span aria-hidden="true">⊘ </span>
      {words(refusal)}
    </p>
  );
}

/**
 * A place palette elements can be dropped on. While a palette drag is on, it
 * shows whether the dragged element fits (the same judgeDrop the drop uses).
 */
export function DropArea({
  target,
  className,
  children,
  label,
}: {
  target: DropTarget;
  className?: string;
  children: ReactNode;
  label?: string;
}) {
  const data: TargetDropData = { type: 'target', target };
  const { setNodeRef, isOver } = useDroppable({ id: targetId(target), data });
  const kind = usePaletteDrag();
  // Only a palette drag needs the document here: no re-render per edit otherwise.
  const doc = useDocument((s) => (kind ? s.doc : null));
  let state = '';
  if (kind) {
    const fits = judgeDrop(doc, kind, target).plan !== null;
    state = fits ? (isOver ? ' drop--over' : ' drop--accept') : isOver ? ' drop--reject drop--refusing' : ' drop--reject';
  }
  return (
    <div ref={setNodeRef} className={`${className ?? ''}${state}`} data-drop={target.slot} aria-label={label}>
      {children}
    </div>
  );
}

/** A sortable entry; `handle` renders the drag handle with dnd-kit's listeners. */
/** Where a virtualised list puts an entry (canvas/Virtual.ts): its place, and the ref that measures it. */
export interface VirtualPlace {
  index: number;
  style: CSSProperties;
  measure: (el: Element | null) => void;
}

export function SortableEntry({
  id,
  container,
  className,
  handleLabel,
  children,
  as: Tag = 'li',
  place,
}: {
  id: string;
  container: string;
  className?: string;
  handleLabel: string;
  children: ReactNode;
  as?: 'li' | 'div';
  place?: VirtualPlace;
}) {
  const data: SortData = { type: 'sort', container };
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
    data,
  });
  const measure = place?.measure;
  const ref = useCallback(
    (el: HTMLElement | null) => {
      setNodeRef(el);
      measure?.(el);
    },
    [setNodeRef, measure],
  );
  return (
    <Tag
      ref={ref}
      data-index={place?.index}
      className={`${className ?? ''}${isDragging ? ' sortable--dragging' : ''}`}
      style={{ ...place?.style, transform: CSS.Translate.toString(transform), transition }}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="drag-handle"
        {...attributes}
        {...listeners}
        aria-label={handleLabel}
        title="Drag to reorder (or focus and press Space, then the arrow keys)"
      >
        <span aria-hidden="true">⠿</span>
      </button>
      {children}
    </Tag>
  );
}
