/**
 * The MIME type a file extension stands for. Used by the fixes and the webhook payloads, which
 * the page loads lazily: a module of its own, so that it stays out of the first load.
 */
import { DOCUMENT_EXTENSIONS, MEDIA_TYPES, SUPPORTED_MIME_TYPES } from './limits';

/** The supported MIME type a file extension stands for (the first in the inspector's order), if any. */
export function mimeForExtension(ext: string | undefined): string | undefined {
  if (!ext) return undefined;
  return SUPPORTED_MIME_TYPES.find((mime) => {
    const [family, subtype] = mime.split('/') as [string, string];
    const exts = MEDIA_TYPES[family]?.[subtype] ?? DOCUMENT_EXTENSIONS[mime];
    return exts?.includes(ext);
  });
}
