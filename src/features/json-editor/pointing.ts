import type { Report } from '../../core';
import { elementPaths, messageModel, messagePaths, ownerOf } from '../canvas/model';

/** What the canvas should show for a place in the JSON: which message, and which element (null: the message itself). */
export interface CanvasTarget {
  msgIndex: number;
  selection: string | null;
}

/**
 * Maps a pointer in the request (the cursor's place in the JSON) to the canvas
 * element that owns it, the same way problems are attached to elements. A pointer
 * outside every message (the authentication, say) gives undefined: the canvas
 * keeps what it shows.
 */
export function canvasTargetOf(doc: unknown, report: Report, pointer: string): CanvasTarget | undefined {
  const msgs = messagePaths(doc);
  const msgIndex = msgs.findIndex((p) => pointer === p || pointer.startsWith(p + '/'));
  if (msgIndex < 0) return undefined;
  const model = messageModel(doc, msgIndex, report);
  if (!model) return undefined;
  const owner = ownerOf(pointer, elementPaths(model));
  return { msgIndex, selection: owner === null || owner === model.path ? null : owner };
}
