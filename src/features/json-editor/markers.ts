import { markSpan, syntaxSpan, type Diagnostic, type JsonNode, type Severity, type SyntaxErrorInfo, type TextSpan } from '../../core';

/**
 * Editor markers as plain data: the Monaco module only turns offsets into
 * positions. Every marker comes from the core (its diagnostics, or parseJson's
 * syntax error); Monaco's own JSON validation is off.
 */
export interface MarkerSpec extends TextSpan {
  severity: Severity;
  message: string;
  /** The rule code (RULES.md), or `json/syntax`. */
  code: string;
}

/** One marker per diagnostic, on the text its pointer names (or its nearest ancestor that the text has). */
export function coreMarkers(root: JsonNode | undefined, diagnostics: readonly Diagnostic[]): MarkerSpec[] {
  const out: MarkerSpec[] = [];
  for (const d of diagnostics) {
    const span = markSpan(root, d.path) ?? { offset: 0, length: 1 };
    out.push({ ...span, severity: d.severity, message: d.message, code: d.code });
  }
  return out;
}

/** The marker of a syntax error, at the line and column parseJson reports. */
export function syntaxMarker(text: string, error: SyntaxErrorInfo): MarkerSpec {
  return { ...syntaxSpan(text, error.offset, error.length), severity: 'error', message: error.message, code: 'json/syntax' };
}
