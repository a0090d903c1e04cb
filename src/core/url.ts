/** How a URL string reads, for the media and suggestion rules. */
export type UrlKind = 'http' | 'https' | 'other-scheme' | 'no-scheme' | 'invalid';

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
/**
 * An http(s) URL as Messenger opens it: the scheme, `//`, then a host (RULES.md 4). Browsers'
 * parsers also accept `https:alert(1)`, `http:/host/a.png` or `https:\\host`; Messenger does not.
 */
const HTTP_AUTHORITY = /^https?:\/\/[^/\\?#]/i;

/** Classifies a URL: absolute http(s) with `//` and a host, another scheme, no scheme at all, or broken. */
export function classifyUrl(s: string): UrlKind {
  const trimmed = s.trim();
  const m = SCHEME.exec(trimmed);
  if (!m) return 'no-scheme';
  const scheme = m[1]!.toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') return 'other-scheme';
  if (trimmed !== s) return 'invalid';
  if (!HTTP_AUTHORITY.test(s)) return 'invalid';
  try {
    const u = new URL(s);
    if (!u.hostname) return 'invalid';
    return scheme === 'https' ? 'https' : 'http';
  } catch {
    return 'invalid';
  }
}

/** Whether a string is an absolute http(s) URL that may be linked to or loaded. */
export function isHttpUrl(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const k = classifyUrl(s);
  return k === 'http' || k === 'https';
}

/** The host of an absolute http(s) URL, lower case, or null. */
export function hostOf(s: string): string | null {
  try {
    return new URL(s).hostname.toLowerCase();
  } catch {
    return null;
  }
}
