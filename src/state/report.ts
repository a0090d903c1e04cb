import { check, type Report } from '../core';
import { useDocument } from './document';

let lastDoc: unknown = Symbol('none');
let lastReport: Report | null = null;

/** The core's report of a document, computed once per document version. */
export function reportOf(doc: unknown): Report {
  if (doc !== lastDoc || !lastReport) {
    lastReport = check(doc);
    lastDoc = doc;
  }
  return lastReport;
}

/** The report of the current document; re-renders only when the document changes. */
export function useReport(): Report {
  const doc = useDocument((s) => s.doc);
  return reportOf(doc);
}
