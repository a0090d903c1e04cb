import type { Diagnostic, Severity } from '../../core';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const ICON: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };

/** The most severe level among diagnostics, for an element's outline. */
export function worstSeverity(list: readonly Diagnostic[] | undefined): Severity | null {
  if (!list || list.length === 0) return null;
  return list.reduce<Severity>((w, d) => (RANK[d.severity] < RANK[w] ? d.severity : w), 'info');
}

/** Diagnostics shown where they occur: icon, message and the rule code. */
export function InlineDiagnostics({ list }: { list: readonly Diagnostic[] | undefined }) {
  if (!list || list.length === 0) return null;
  const sorted = [...list].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return (
    <ul className="inline-diags">
      {sorted.map((d) => (
        <li key={d.code + d.path} className={`inline-diag inline-diag--${d.severity}`}>
          <span className="inline-diag__icon" aria-label={d.severity} role="img">
            {ICON[d.severity]}
          </span>{' '}
          <span className="inline-diag__message">{d.message}</span> <code className="inline-diag__code">{d.code}</code>
        </li>
      ))}
    </ul>
  );
}

export { ICON as SEVERITY_ICON, RANK as SEVERITY_RANK };
