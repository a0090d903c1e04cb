import { type Diagnostic, type FieldFact, type ItemReport, type MediaFamily, type MessageReport, type Report, type SuggestionDelivery } from '../core';
import { buildModel, ownerOf, type DocModel, type ElementKey } from './model';
import { deepEqual } from './equal';
import { isLarge, reportOf } from './reports';

/**
 * Everything the views show that is not the document itself, computed once per
 * version of the document: the core's report and the element model, cut into
 * pieces that keep their identity while unchanged, so that a view selecting its
 * piece re-renders only when that piece changed (xyflow's `useNodesData`,
 * tldraw's `useValue`). Pure: the hooks that read it live in hooks.ts.
 */
export interface Derived {
  doc: unknown;
  report: Report;
  /** A large request is being checked off the main thread: `report` is the last one there was. */
  pending: boolean;
  model: DocModel;
  /** Diagnostics by the element they belong to ('' for the request outside every message); a list is kept while unchanged. */
  diagnostics: Map<ElementKey, Diagnostic[]>;
  /** Each conversation item's report, by item key (a plain message's by message key); kept while deep-equal. */
  items: Map<ElementKey, ItemReport>;
  /** Each message's report, by message index; kept while its items are. */
  messages: MessageReport[];
  /** The core's facts about each counted field, by pointer: its limit where it stands and its length. */
  fieldFacts: Map<string, FieldFact>;
  /** What each media object is sent as, by pointer. */
  mediaFamilies: Map<string, MediaFamily>;
  /** How each suggestion of a conversation item goes out, by pointer. */
  deliveries: Map<string, SuggestionDelivery>;
  /** Counts of the report's diagnostics. */
  counts: { error: number; warning: number; info: number };
}

/** The last derived state, with the report it was made from. */
let last: (Derived & { fresh: Report }) | null = null;

/** A model built ahead for a document about to be shown (prepare). */
let warm: { doc: unknown; model: DocModel } | null = null;

/**
 * Builds ahead what a large document about to replace the current one needs (its
 * element model) and starts its check, so that the task that then shows it does
 * not also build it: a 10,000-item share link opens in tasks well under 200 ms.
 * The document must then be dispatched as it is (a `fresh` replace), else the
 * work is not used.
 */
export function prepare(doc: unknown): void {
  if (warm?.doc !== doc) warm = { doc, model: buildModel(doc) };
  reportOf(doc);
}

const diagKey = (d: Diagnostic) => `${d.code}\u0000${d.path}\u0000${d.message}\u0000${d.field ?? ''}`;
const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The derived state of a document version (computed once per version; pieces reused from the last one). */
export function derivedOf(doc: unknown): Derived {
  const { report: fresh, pending } = reportOf(doc);
  if (last && last.doc === doc && last.fresh === fresh) return last;
  const prev = last;
  const ready = warm && warm.doc === doc ? warm.model : undefined;
  const model = prev && prev.doc === doc ? prev.model : (ready ?? buildModel(doc, prev?.model));
  warm = null;

  // A diagnostic equal to one of the last report is that object.
  const known = new Map<string, Diagnostic>();
  if (prev) for (const d of prev.report.diagnostics) known.set(diagKey(d), d);
  const interned = fresh.diagnostics.map((d) => known.get(diagKey(d)) ?? d);
  const report: Report = { ...fresh, diagnostics: prev && sameList(prev.report.diagnostics, interned) ? prev.report.diagnostics : interned };

  const grouped = new Map<ElementKey, Diagnostic[]>();
  for (const d of report.diagnostics) {
    const owner = ownerOf(model, d.path) ?? '';
    const list = grouped.get(owner);
    if (list) list.push(d);
    else grouped.set(owner, [d]);
  }
  const diagnostics = new Map<ElementKey, Diagnostic[]>();
  for (const [owner, list] of grouped) {
    const old = prev?.diagnostics.get(owner);
    diagnostics.set(owner, old && sameList(old, list) ? old : list);
  }

  // Comparing thousands of reports would cost more than the few views in sight re-rendering.
  const compare = !isLarge(doc);
  const items = new Map<ElementKey, ItemReport>();
  const fieldFacts = new Map<string, FieldFact>();
  const mediaFamilies = new Map<string, MediaFamily>();
  const deliveries = new Map<string, SuggestionDelivery>();
  const messages = report.messages.map((m, i): MessageReport => {
    const msgModel = model.messages[i];
    const stable = m.items.map((it, j) => {
      const key = msgModel ? (msgModel.plain ? msgModel.key : msgModel.items[j]?.key) : undefined;
      const before = key === undefined ? undefined : prev?.items.get(key);
      const kept = before && (before === it || (compare && deepEqual(before, it))) ? before : it;
      if (key !== undefined) items.set(key, kept);
      for (const f of kept.fields) {
        const old = prev?.fieldFacts.get(f.path);
        fieldFacts.set(f.path, old && old.length === f.length && old.limit?.name === f.limit?.name ? old : f);
      }
      for (const f of kept.media) mediaFamilies.set(f.path, f.family);
      for (const f of kept.suggestions) deliveries.set(f.path, f.as);
      return kept;
    });
    const old = prev?.messages[i];
    if (old && old.path === m.path && old.pageId === m.pageId && old.recipient === m.recipient && sameList(old.items, stable)) return old;
    return { ...m, items: stable };
  });

  let counts = { error: 0, warning: 0, info: 0 };
  for (const d of report.diagnostics) counts[d.severity]++;
  if (prev && prev.counts.error === counts.error && prev.counts.warning === counts.warning && prev.counts.info === counts.info) counts = prev.counts;
  last = { doc, fresh, report, pending, model, diagnostics, items, messages, fieldFacts, mediaFamilies, deliveries, counts };
  return last;
}
