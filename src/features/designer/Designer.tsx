import {
  closestCenter,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  pointerWithin,
  rectIntersection,
  TouchSensor,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useState } from 'react';
import { Canvas } from '../canvas/Canvas';
import { DropRefusal, type SortData, type TargetDropData } from '../canvas/dnd';
import { judgeDrop, loadRefusals } from '../elements/drop';
import { derived } from '../../state/hooks';
import { elementKind, type ElementKindId } from '../elements/registry';
import { Palette, type PaletteDragData } from '../palette/Palette';
import { dropAt, moveOnto } from './actions';
import { useUi } from '../../state/ui';
import './designer.css';
import { MessageTabs } from './MessageTabs';
import { useRestingAutoScroll } from './autoScroll';

// Keyboard drags of palette elements (keyboardDrag.ts) load with the first drag: the first load carries none of it.
let keyboardDrag: typeof import('./keyboardDrag') | undefined;
const loadKeyboardDrag = () => void import('./keyboardDrag').then((m) => (keyboardDrag = m));
const keyboardCoordinates: KeyboardCoordinateGetter = (event, args) => (keyboardDrag ?? { keyboardCoordinates: sortableKeyboardCoordinates }).keyboardCoordinates(event, args);

type DragData = PaletteDragData | SortData | undefined;

// Why a place refuses a drop, in words: loaded with the first drag, not with the page.
let refusalText: Awaited<ReturnType<typeof loadRefusals>>['refusalText'] | undefined;
const loadWords = () => void loadRefusals().then((m) => (refusalText = m.refusalText));

/**
 * Palette drags land on the innermost place under the pointer that accepts
 * drops; sortable drags only see entries of their own list.
 */
const collision: CollisionDetection = (args) => {
  const active = args.active.data.current as DragData;
  if (active?.type === 'palette') {
    const containers = args.droppableContainers.filter((c) => (c.data.current as { type?: string } | undefined)?.type === 'target');
    // A keyboard drag has no pointer: it is on the place its arrow keys stepped to (keyboardDrag.ts).
    const stepped = args.pointerCoordinates ? null : (keyboardDrag?.keyboardTarget() ?? null);
    if (stepped !== null) return containers.some((c) => c.id === stepped) ? [{ id: stepped }] : [];
    const scoped = { ...args, droppableContainers: containers };
    const hits = pointerWithin(scoped);
    const found = hits.length > 0 ? hits : rectIntersection(scoped);
    const area = (id: string | number) => {
      const r = args.droppableRects.get(id);
      return r ? r.width * r.height : Infinity;
    };
    return [...found].sort((a, b) => area(a.id) - area(b.id)).slice(0, 1);
  }
  if (active?.type === 'sort') {
    const containers = args.droppableContainers.filter((c) => {
      const d = c.data.current as DragData;
      return d?.type === 'sort' && d.container === active.container;
    });
    return closestCenter({ ...args, droppableContainers: containers });
  }
  return [];
};

const announcements = {
  onDragStart: ({ active }: { active: { data: { current?: unknown } } }) => {
    const d = active.data.current as DragData;
    return d?.type === 'palette'
      ? `Picked up ${elementKind(d.kind).label}. The arrow keys step through the places it can go; Space drops it, Escape cancels.`
      : 'Picked up. Use the arrow keys to move it, Space to drop, Escape to cancel.';
  },
  // A keyboard drag hears what the pointer sees: whether the place takes the element, and why not.
  onDragOver: ({ active, over }: { active: { data: { current?: unknown } }; over: { data: { current?: unknown } } | null }) => {
    const d = active.data.current as DragData;
    const target = (over?.data.current as TargetDropData | undefined)?.target;
    if (d?.type !== 'palette' || !target) return undefined;
    const doc = derived().doc;
    const { refusal } = judgeDrop(doc, d.kind, target);
    const label = elementKind(d.kind).label;
    return refusal ? `${label} does not fit here${refusalText ? `: ${refusalText(refusal)}` : ''}.` : `${label} fits here.`;
  },
  onDragEnd: ({ over }: { over: unknown }) => (over ? 'Dropped.' : 'Dropped outside any place; nothing changed.'),
  onDragCancel: () => 'Cancelled; nothing changed.',
};

/** Palette and canvas under one drag-and-drop context; the document changes only when a drag ends. */
export function Designer() {
  const [dragging, setDragging] = useState<ElementKindId | null>(null);
  const [dragActive, setDragActive] = useState(false);
  const autoScroll = useRestingAutoScroll(dragActive);
  const sensors = useSensors(
    // Mouse (and pen, through its mouse events) drags after 5 px; a finger after a short hold, so that a swipe
    // still scrolls the palette strip and the canvas (a pointer sensor would lose a touch to the browser's scrolling).
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: keyboardCoordinates, keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] } }),
  );
  const onDragStart = (e: DragStartEvent) => {
    const d = e.active.data.current as DragData;
    keyboardDrag?.resetKeyboardTarget();
    setDragging(d?.type === 'palette' ? d.kind : null);
    setDragActive(true);
    if (d?.type === 'palette') {
      loadWords();
      loadKeyboardDrag();
    }
  };
  const onDragEnd = (e: DragEndEvent) => {
    setDragging(null);
    setDragActive(false);
    const a = e.active.data.current as DragData;
    const o = e.over?.data.current as TargetDropData | SortData | undefined;
    if (!a || !o) return;
    if (a.type === 'palette' && o.type === 'target') dropAt(a.kind, o.target);
    else if (a.type === 'sort' && o.type === 'sort' && o.container === a.container)
      moveOnto(String(e.active.id), String(e.over!.id));
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => {
        setDragging(null);
        setDragActive(false);
      }}
      autoScroll={autoScroll}
      accessibility={{ announcements, screenReaderInstructions: { draggable: 'Press Space to pick up, the arrow keys to move, Space to drop, Escape to cancel. Enter on a palette element adds it to the selection.' } }}
    >
      <div className="designer__palette">
        <Palette />
      </div>
      <div className="designer__canvas" id="designer-canvas" tabIndex={-1} aria-label="Canvas" role="region" onClick={(e) => e.target === e.currentTarget && useUi.getState().select(null)}>
        <MessageTabs />
        <Canvas />
      </div>
      <DragOverlay dropAnimation={null}>
        {dragging ? (
          <div className="drag-overlay">
            <div className="palette-entry palette-entry--overlay">
              <span className="palette-entry__icon" aria-hidden="true">
                {elementKind(dragging).icon}
              </span>
              {elementKind(dragging).label}
            </div>
            <DropRefusal />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
