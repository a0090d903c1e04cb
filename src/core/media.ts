import { DOCUMENT_EXTENSIONS, EXTENSION_FAMILY, MEDIA_TYPES } from './limits';
import { elementName } from './names';
import { join } from './pointer';
import { clip, isObject, str } from './text';
import { classifyUrl } from './url';
import type { Collector } from './diagnostics';

import type { MediaFamily } from './types';

export type { MediaFamily };

/** What the rules need to know of a media object. */
export interface MediaInfo {
  uri: string | undefined;
  name: string | undefined;
  /** The mimeType as written, lower-cased and trimmed; undefined when absent. */
  mime: string | undefined;
  /** The attachment type it is sent as. */
  family: MediaFamily;
  /** Whether it is an image Messenger shows in a template (png, jpeg, gif). */
  templateImage: boolean;
  /** Whether it has a mediaUri to send. */
  hasUri: boolean;
}

/** A table's own entry for a key (never an Object.prototype member such as `constructor`). */
function own<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** Whether a value counts as media for the input matrix: an object with any field. */
export function isMediaPresent(m: unknown): m is Record<string, unknown> {
  return isObject(m) && Object.keys(m).length > 0;
}

/** The extension of a file name or path (after its last dot, lower case), or undefined when it has none. */
export function extensionOf(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const clean = name.split(/[?#]/)[0]!;
  const dot = clean.lastIndexOf('.');
  const slash = Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\'));
  if (dot < 0 || dot < slash || dot === clean.length - 1) return undefined;
  return clean.slice(dot + 1).toLowerCase();
}

/**
 * The extension of a URI's path (RULES.md 2.5): the scheme and the `//` authority are
 * left out, so `https://example.com` has none, while `https://example.com/a.png?x=1`
 * has png. A URI without a scheme (a placeholder such as `your-video-url.mp4`) is all path.
 */
export function pathExtensionOf(uri: string | undefined): string | undefined {
  if (!uri) return undefined;
  let rest = uri.trim().split(/[?#]/)[0]!;
  const scheme = /^[a-zA-Z][a-zA-Z0-9+.-]*:/.exec(rest);
  if (scheme) rest = rest.slice(scheme[0].length);
  if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    rest = slash < 0 ? '' : rest.slice(slash);
  }
  return extensionOf(rest);
}

function parseMime(mime: string): { family: string; subtype: string } | null {
  const m = /^([a-z]+)\/([a-z0-9.+-]+)(\s*;.*)?$/.exec(mime);
  return m ? { family: m[1]!, subtype: m[2]! } : null;
}

/**
 * Reads a media object (already canonicalized). Its family comes from the mimeType;
 * without one, from the name's extension; without a name or with a name that has no
 * extension, from the mediaUri path's extension (RULES.md 2.5).
 */
export function mediaInfo(m: Record<string, unknown>): MediaInfo {
  const uri = str(m.mediaUri);
  const name = str(m.mediaName);
  const rawMime = str(m.mimeType);
  const mime = rawMime && rawMime.trim() ? rawMime.trim().toLowerCase() : undefined;
  let family: MediaFamily = 'file';
  let templateImage = false;
  if (mime) {
    const p = parseMime(mime);
    if (p && (p.family === 'image' || p.family === 'video' || p.family === 'audio')) family = p.family;
    templateImage = !!p && p.family === 'image' && own(MEDIA_TYPES.image!, p.subtype) !== undefined;
  } else {
    const ext = extensionOf(name) ?? pathExtensionOf(uri);
    family = (ext && own(EXTENSION_FAMILY, ext)) || 'file';
    templateImage = family === 'image';
  }
  return { uri, name, mime, family, templateImage, hasUri: !!uri };
}

/** The checks every media object gets, wherever it stands (RULES.md 3, media/*). */
export function checkMedia(m: Record<string, unknown>, path: string, c: Collector): MediaInfo {
  const info = mediaInfo(m);
  c.media.push({ path, family: info.family });
  if (!info.uri) {
    // A mediaUri of another type is a schema/type error already.
    if (m.mediaUri === undefined || m.mediaUri === '')
      c.add('media/uri-missing', path, `The media of ${elementName(path) || 'this message'} needs the URL of its file (mediaUri).`, 'mediaUri');
  } else {
    const kind = classifyUrl(info.uri);
    const uriPath = join(path, 'mediaUri');
    if (kind === 'other-scheme') {
      c.add('media/uri-invalid', uriPath, `mediaUri "${clip(info.uri)}" must use http or https.`);
    } else if (kind === 'invalid') {
      c.add('media/uri-invalid', uriPath, `mediaUri "${clip(info.uri)}" is not a valid http(s) URL.`);
    } else if (kind === 'no-scheme') {
      c.add(
        'media/uri-placeholder',
        uriPath,
        `mediaUri "${clip(info.uri)}" has no scheme: replace it with an absolute https:// URL before sending.`,
      );
    }
  }
  if (!info.mime) {
    if (m.mimeType === undefined || m.mimeType === '' || (typeof m.mimeType === 'string' && !m.mimeType.trim())) {
      c.add(
        'media/mime-missing',
        path,
        `No mimeType: it is sent as ${FAMILY_PHRASE[info.family]}, judged from the extension of the name (else of the mediaUri). Add a mimeType such as image/png to be sure.`,
        'mimeType',
      );
    }
    return info;
  }
  const mimePath = join(path, 'mimeType');
  const parsed = parseMime(info.mime);
  if (!parsed) {
    c.add('media/unsupported-type', mimePath, `mimeType "${clip(info.mime)}" is not a MIME type such as image/png.`);
    return info;
  }
  const table = own(MEDIA_TYPES, parsed.family);
  let extensions: readonly string[] | undefined;
  if (table) {
    extensions = own(table, parsed.subtype);
    if (!extensions) {
      c.add('media/unsupported-type', mimePath, unsupportedMessage(parsed.family, info.mime));
      return info;
    }
  } else {
    extensions = own(DOCUMENT_EXTENSIONS, info.mime);
  }
  if (extensions && info.name) {
    const ext = extensionOf(info.name);
    if (!ext || !extensions.includes(ext)) {
      c.add(
        'media/extension-mismatch',
        join(path, 'mediaName'),
        `mediaName "${clip(info.name)}" should end in .${extensions.join(' or .')} for ${info.mime}.`,
      );
    }
  }
  return info;
}

/** What a media object is, in a sentence about an image slot (png, jpeg or gif only). */
export function imageSlotPhrase(info: MediaInfo): string {
  return info.family === 'image' ? 'an unsupported image type' : FAMILY_PHRASE[info.family];
}

/** How a family reads in a sentence. */
export const FAMILY_PHRASE: Record<MediaFamily, string> = {
  image: 'an image',
  video: 'a video',
  audio: 'an audio clip',
  file: 'a file',
};

function unsupportedMessage(family: string, mime: string): string {
  const supported: Record<string, string> = {
    image: 'png, jpeg or gif',
    video: 'mp4, ogg, avi, mov or webm',
    audio: 'aac, m4a, wav or mp4',
  };
  return `${mime} is not supported: Messenger takes ${family === 'image' ? 'images' : family} as ${supported[family]}.`;
}
