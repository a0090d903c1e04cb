import type { Derived } from '../../state/derived';
import { ownerOf, type ElementKey } from '../../state/model';

/** What the canvas should show for a place in the JSON: which message, and which element (null: the message itself). */
export interface CanvasTarget {
  msgIndex: number;
  selection: ElementKey | null;
}

/**
 * Maps a pointer in the request (the cursor's place in the JSON, a problem's
 * path) to the canvas element that owns it: the deepest element whose pointer is
 * a prefix of it. A pointer outside every message (the authentication, say) gives
 * undefined: the canvas keeps what it shows.
 */
export function canvasTargetOf(d: Derived, pointer: string): CanvasTarget | undefined {
  const key = ownerOf(d.model, pointer);
  const entry = key === null ? undefined : d.model.elements.get(key);
  if (!entry) return undefined;
  return { msgIndex: entry.msgIndex, selection: entry.type === 'message' ? null : entry.key };
}
