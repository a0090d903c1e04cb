import type { Diagnostic, Severity } from './types';

/** Severities from the most to the least severe: the one order every view and the CLI sort by. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Compares two diagnostics by severity, the most severe first (a stable sort keeps the core's order within one severity). */
export function bySeverity(a: { severity: Severity }, b: { severity: Severity }): number {
  return RANK[a.severity] - RANK[b.severity];
}

/** The most severe level among diagnostics, or null for none. */
export function worstSeverity(list: readonly Pick<Diagnostic, 'severity'>[] | undefined): Severity | null {
  if (!list || list.length === 0) return null;
  let worst: Severity = 'info';
  for (const d of list) if (RANK[d.severity] < RANK[worst]) worst = d.severity;
  return worst;
}
