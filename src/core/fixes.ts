import { LIMITS, MEDIA_TYPES, MESSENGER_CHANNEL, OPTIN_FREQUENCY, SUPPORTED_MIME_TYPES, TAGS, DOCUMENT_EXTENSIONS, type LimitName } from './limits';
import { extensionOf, pathExtensionOf } from './media';
import type { EditOp } from './ops';
import { getAt, join, parsePointer } from './pointer';
import { PHONE } from './suggestions';
import { codePoints, isObject } from './text';
import type { Diagnostic, DiagnosticCode, Report } from './types';
import { findKey } from './canonical';

/**
 * A remedy for one diagnostic: edits of the request, as JSON pointers, that the
 * designer's write path, the JSON editor and `check --fix` all apply the same way.
 */
export interface Fix {
  /** What it does, for a button or a menu entry: "Shorten to 20 characters". */
  title: string;
  /**
   * Deterministic and keeps the meaning (a mimeType from the extension, the Messenger
   * channel added, a phone number normalised, DAILY, a tag's spelling): only these run unattended.
   */
  safe: boolean;
  /** The edits, applied in order (each sees the result of the ones before it). */
  ops: EditOp[];
  /** Pointer, after the edits, of what the fix changed or made: the designer selects it. */
  target: string;
}

/** What a fixer gets: the diagnostic, the request it was found in, and the whole report. */
interface FixContext {
  diagnostic: Diagnostic;
  doc: unknown;
  report: Report;
}

type Fixer = (ctx: FixContext) => Fix[];

// ---------------------------------------------------------------------------
// Shortening text

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

/** The text's user-perceived characters (grapheme clusters: an emoji with its ZWJ sequence and modifiers is one). */
function graphemes(text: string): string[] {
  if (segmenter) return Array.from(segmenter.segment(text), (s) => s.segment);
  return Array.from(text); // code points: never splits a surrogate pair
}

/** The share of the limit a cut at a word boundary must keep; shorter than that, the cut is hard. */
export const WORD_CUT_MIN_SHARE = 0.6;

/**
 * The text cut to at most `max` code points: at the last word boundary when that keeps at
 * least 60 % of the limit, else at the last whole character that fits. Never splits a
 * surrogate pair or an emoji's ZWJ sequence; trailing spaces go.
 */
export function shortenText(text: string, max: number): string {
  if (codePoints(text) <= max) return text;
  let kept = '';
  let count = 0;
  for (const g of graphemes(text)) {
    const n = codePoints(g);
    if (count + n > max) break;
    kept += g;
    count += n;
  }
  const next = text.slice(kept.length, kept.length + 1);
  const atBoundary = next === '' || /\s/.test(next);
  if (!atBoundary) {
    const space = kept.search(/\s\S*$/);
    if (space >= 0 && codePoints(kept.slice(0, space).trimEnd()) >= Math.ceil(max * WORD_CUT_MIN_SHARE)) kept = kept.slice(0, space);
  }
  return kept.trimEnd();
}

/** The limit each too-long code is about. */
const TOO_LONG: Partial<Record<DiagnosticCode, LimitName>> = {
  'suggestion/label-too-long': 'labelMax',
  'suggestion/postback-too-long': 'postbackMax',
  'generic/header-too-long': 'genericTitleMax',
  'generic/text-too-long': 'genericSubtitleMax',
  'button-template/header-too-long': 'buttonTemplateTextMax',
  'optin/label-too-long': 'optinTitleMax',
  'text/too-long': 'textMax',
};

const shorten: Fixer = ({ diagnostic, doc }) => {
  const name = TOO_LONG[diagnostic.code];
  const value = getAt(doc, diagnostic.path);
  if (!name || typeof value !== 'string') return [];
  const max = LIMITS[name];
  const short = shortenText(value, max);
  if (short === value || short === '') return [];
  return [{ title: `Shorten to ${max} characters`, safe: false, ops: [{ kind: 'set', path: diagnostic.path, value: short }], target: diagnostic.path }];
};

// ---------------------------------------------------------------------------
// Safe fixes

/** The supported MIME type a file extension stands for (the first in the inspector's order), if any. */
export function mimeForExtension(ext: string | undefined): string | undefined {
  if (!ext) return undefined;
  return SUPPORTED_MIME_TYPES.find((mime) => {
    const [family, subtype] = mime.split('/') as [string, string];
    const exts = MEDIA_TYPES[family]?.[subtype] ?? DOCUMENT_EXTENSIONS[mime];
    return exts?.includes(ext);
  });
}

/** The media object a media diagnostic is about (its path, or the object holding the field). */
function mediaObjectPath(d: Diagnostic): string {
  return d.code === 'media/extension-mismatch' ? parentOf(d.path) : d.path;
}

const mimeFromExtension: Fixer = ({ diagnostic, doc }) => {
  const path = mediaObjectPath(diagnostic);
  const media = getAt(doc, path);
  if (!isObject(media)) return [];
  const name = media[findKey(media, 'mediaName')];
  const uri = media[findKey(media, 'mediaUri')];
  const ext = (typeof name === 'string' && extensionOf(name)) || (typeof uri === 'string' ? pathExtensionOf(uri) : undefined);
  const mime = mimeForExtension(ext);
  const key = findKey(media, 'mimeType');
  if (!mime || media[key] === mime) return [];
  return [{ title: `Set mimeType to ${mime} (from .${ext})`, safe: true, ops: [{ kind: 'set', path: join(path, key), value: mime }], target: path }];
};

const addMessengerChannel: Fixer = ({ diagnostic, doc }) => {
  const at = getAt(doc, diagnostic.path);
  if (Array.isArray(at))
    return [{ title: `Add "${MESSENGER_CHANNEL}"`, safe: true, ops: [{ kind: 'insert', path: diagnostic.path, index: at.length, value: MESSENGER_CHANNEL }], target: diagnostic.path }];
  if (!isObject(at)) return [];
  const key = findKey(at, 'allowedChannels');
  return [{ title: `Add "${MESSENGER_CHANNEL}"`, safe: true, ops: [{ kind: 'set', path: join(diagnostic.path, key), value: [MESSENGER_CHANNEL] }], target: join(diagnostic.path, key) }];
};

const setDaily: Fixer = ({ diagnostic, doc }) => {
  // The path is the frequency itself, the optin settings that lack it, or the suggestion that lacks them.
  const at = getAt(doc, diagnostic.path);
  let path: string;
  if (typeof at === 'string' || diagnostic.field === undefined) path = diagnostic.path;
  else if (diagnostic.field === 'frequency' && isObject(at)) path = join(diagnostic.path, findKey(at, 'frequency'));
  else if (isObject(at)) {
    const optin = findKey(at, 'optin');
    path = isObject(at[optin]) ? join(diagnostic.path, optin, findKey(at[optin], 'frequency')) : join(diagnostic.path, optin, 'frequency');
  } else return [];
  return [{ title: `Set frequency to ${OPTIN_FREQUENCY}`, safe: true, ops: [{ kind: 'set', path, value: OPTIN_FREQUENCY }], target: parentOf(diagnostic.path) }];
};

/** A phone number as + and its digits, when spaces, dashes, dots, brackets or a 00 prefix are all that is wrong. */
export function normalisePhone(phone: string): string | undefined {
  let p = phone.trim().replace(/[\s\-.()/\u00a0]/g, '');
  if (p.startsWith('00')) p = `+${p.slice(2)}`;
  return PHONE.test(p) && p !== phone ? p : undefined;
}

const phone: Fixer = ({ diagnostic, doc }) => {
  const value = getAt(doc, diagnostic.path);
  const fixed = typeof value === 'string' ? normalisePhone(value) : undefined;
  if (!fixed) return [];
  return [{ title: `Write it as ${fixed}`, safe: true, ops: [{ kind: 'set', path: diagnostic.path, value: fixed }], target: diagnostic.path }];
};

/** The known tag a misspelt one stands for: letter case, spaces and dashes (`human agent` → HUMAN_AGENT). */
export function nearestTag(tag: string): string | undefined {
  const name = tag.trim().toUpperCase().replace(/[\s-]+/g, '_');
  return Object.prototype.hasOwnProperty.call(TAGS, name) ? name : undefined;
}

const removeTag = (path: string): Fix => ({ title: 'Remove the tag', safe: false, ops: [{ kind: 'remove', path }], target: parentOf(path) });

const unknownTag: Fixer = ({ diagnostic, doc }) => {
  const value = getAt(doc, diagnostic.path);
  const tag = typeof value === 'string' ? nearestTag(value) : undefined;
  const fixes: Fix[] = [];
  if (tag && tag !== value) fixes.push({ title: `Use ${tag}`, safe: true, ops: [{ kind: 'set', path: diagnostic.path, value: tag }], target: diagnostic.path });
  fixes.push(removeTag(diagnostic.path));
  return fixes;
};

const retiredTag: Fixer = ({ diagnostic }) => [
  { title: 'Use HUMAN_AGENT', safe: false, ops: [{ kind: 'set', path: diagnostic.path, value: 'HUMAN_AGENT' }], target: diagnostic.path },
  removeTag(diagnostic.path),
];

const removeField: Fixer = ({ diagnostic }) =>
  parsePointer(diagnostic.path).length === 0 ? [] : [{ title: 'Remove the field', safe: false, ops: [{ kind: 'remove', path: diagnostic.path }], target: parentOf(diagnostic.path) }];

/** Removes the entries a diagnostic names in `related` (the quick replies past the 13th…), last first so indices hold. */
const removeRelated =
  (title: (n: number) => string): Fixer =>
  ({ diagnostic }) => {
    const related = diagnostic.related ?? [];
    if (related.length === 0) return [];
    const ops = [...related].sort(comparePointersDesc).map((path): EditOp => ({ kind: 'remove', path }));
    return [{ title: title(related.length), safe: false, ops, target: diagnostic.path }];
  };

// ---------------------------------------------------------------------------

function parentOf(pointer: string): string {
  const i = pointer.lastIndexOf('/');
  return i <= 0 ? '' : pointer.slice(0, i);
}

/** Pointers in an order that removes later array entries first (numeric, not text, order). */
function comparePointersDesc(a: string, b: string): number {
  const ta = parsePointer(a);
  const tb = parsePointer(b);
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    if (ta[i] === tb[i]) continue;
    const na = Number(ta[i]);
    const nb = Number(tb[i]);
    return Number.isInteger(na) && Number.isInteger(nb) ? nb - na : ta[i]! < tb[i]! ? 1 : -1;
  }
  return tb.length - ta.length;
}

/** The fixers of each code; a code without one has no fix (yet, or by nature: a missing URL needs the user's). */
const FIXERS: Partial<Record<DiagnosticCode, Fixer[]>> = {
  'suggestion/label-too-long': [shorten],
  'suggestion/postback-too-long': [shorten],
  'generic/header-too-long': [shorten],
  'generic/text-too-long': [shorten],
  'button-template/header-too-long': [shorten],
  'optin/label-too-long': [shorten],
  'text/too-long': [shorten],
  'quick-replies/too-many': [removeRelated((n) => `Remove the last ${n}`)],
  'media/mime-missing': [mimeFromExtension],
  'media/extension-mismatch': [mimeFromExtension],
  'channel/messenger-not-allowed': [addMessengerChannel],
  'optin/frequency-invalid': [setDaily],
  'suggestion/phone-invalid': [phone],
  'tag/unknown': [unknownTag],
  'tag/retired-by-meta': [retiredTag],
  'schema/ignored-field': [removeField],
};

/** The fixes offered for one diagnostic of a report of `doc`, safe ones first. */
export function fixesOf(diagnostic: Diagnostic, doc: unknown, report: Report): Fix[] {
  const fixers = FIXERS[diagnostic.code] ?? [];
  const fixes = fixers.flatMap((f) => {
    try {
      return f({ diagnostic, doc, report });
    } catch {
      return []; // a request shaped beyond a fixer's reading gets no fix, never a crash
    }
  });
  return fixes.sort((a, b) => Number(b.safe) - Number(a.safe));
}

/** For each diagnostic of the report (same order), the fixes offered for it. */
export function fixesFor(report: Report, doc: unknown): Fix[][] {
  return report.diagnostics.map((d) => fixesOf(d, doc, report));
}

/** Whether a code can have fixes at all (the views show a Fix button only there). */
export const hasFixer = (code: DiagnosticCode): boolean => (FIXERS[code]?.length ?? 0) > 0;

/** A fix that was applied (or refused), and the diagnostic it was for. */
export interface AppliedFix {
  code: DiagnosticCode;
  path: string;
  title: string;
  /** Its edits, as applied after the fixes before it: all of a run's, in order, redo the run. */
  ops: EditOp[];
  /** What it changed or made (Fix.target). */
  target: string;
}

/** What fixing works on: a request as a value, or as a JSON text (whose bytes outside the fixes are kept). */
export interface FixSubject<T> {
  /** The request as a value, and its report; null when it cannot be read (a text that is not JSON). */
  read(subject: T): { doc: unknown; report: Report } | null;
  /** The subject with the edits applied; null when they cannot be. */
  apply(subject: T, ops: readonly EditOp[]): T | null;
}

const errorCodes = (r: Report) => new Set(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code));
const sameDiagnostic = (a: Diagnostic, b: Diagnostic) => a.code === b.code && a.path === b.path;

/**
 * Applies the fixes `pick` chooses, one at a time, re-checking after each (a fix's
 * pointers are read from the request as it is then). A fix is kept only when its
 * diagnostic is gone afterwards and no new error code appeared; else it is refused
 * and the request stays as it was. Stops when nothing is left to pick.
 */
export function applyFixes<T>(
  start: T,
  subject: FixSubject<T>,
  pick: (d: Diagnostic, f: Fix) => boolean = (_, f) => f.safe,
  maxRounds = 1000,
): { result: T; applied: AppliedFix[]; refused: AppliedFix[] } {
  let current = start;
  let state = subject.read(current);
  const applied: AppliedFix[] = [];
  const refused: AppliedFix[] = [];
  const refusedKeys = new Set<string>();
  for (let round = 0; state && round < maxRounds; round++) {
    const { doc, report } = state;
    let chosen: { d: Diagnostic; f: Fix } | undefined;
    for (const d of report.diagnostics) {
      const f = fixesOf(d, doc, report).find((fix) => pick(d, fix) && !refusedKeys.has(`${d.code} ${d.path} ${fix.title}`));
      if (f) {
        chosen = { d, f };
        break;
      }
    }
    if (!chosen) break;
    const { d, f } = chosen;
    const entry = { code: d.code, path: d.path, title: f.title, ops: f.ops, target: f.target };
    const next = subject.apply(current, f.ops);
    const nextState = next === null ? null : subject.read(next);
    const before = errorCodes(report);
    const ok =
      nextState !== null &&
      !nextState.report.diagnostics.some((x) => sameDiagnostic(x, d)) &&
      [...errorCodes(nextState.report)].every((code) => before.has(code));
    if (!ok || next === null) {
      refusedKeys.add(`${d.code} ${d.path} ${f.title}`);
      refused.push(entry);
      continue;
    }
    current = next;
    state = nextState;
    applied.push(entry);
  }
  return { result: current, applied, refused };
}
