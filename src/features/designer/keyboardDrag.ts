import type { KeyboardCoordinateGetter, UniqueIdentifier } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';

/**
 * Keyboard drags. An entry of the canvas moves within its list (dnd-kit's sortable
 * coordinates). A palette element has no place of its own among the drop targets,
 * which is what the sortable coordinates step from, so for it the arrow keys step
 * through the places that take palette drops, in the page's order: Down or Right
 * to the next, Up or Left to the previous, round at the ends. Each place is scrolled
 * into view and the dragged element is drawn over it; the collision detection then
 * takes that place (`keyboardTarget`), as a pointer over it would.
 */

let target: UniqueIdentifier | null = null;

/** The place a keyboard drag of a palette element is on (null: none yet, or not a keyboard drag). */
export const keyboardTarget = (): UniqueIdentifier | null => target;

/** A new drag starts on no place. */
export const resetKeyboardTarget = (): void => {
  target = null;
};

const FORWARD = ['ArrowDown', 'ArrowRight'];
const BACK = ['ArrowUp', 'ArrowLeft'];

export const keyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  const { active, droppableContainers } = args.context;
  if ((active?.data.current as { type?: string } | undefined)?.type !== 'palette') return sortableKeyboardCoordinates(event, args);
  const forward = FORWARD.includes(event.code);
  if (!forward && !BACK.includes(event.code)) return undefined;
  event.preventDefault();
  const places = droppableContainers
    .getEnabled()
    .filter((c) => (c.data.current as { type?: string } | undefined)?.type === 'target' && c.node.current?.isConnected)
    .map((c) => ({ id: c.id, node: c.node.current! }))
    .sort((a, b) => (a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  if (places.length === 0) return undefined;
  const at = places.findIndex((p) => p.id === target);
  const next = at < 0 ? (forward ? 0 : places.length - 1) : (at + (forward ? 1 : -1) + places.length) % places.length;
  const place = places[next]!;
  target = place.id;
  place.node.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const r = place.node.getBoundingClientRect();
  // Drawn just inside the place's corner, so that it is seen over the place it is on.
  return { x: r.left + 8, y: r.top + 8 };
};
