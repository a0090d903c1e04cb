import { bySeverity, type Diagnostic, type Severity } from '../../core';
import { Fix } from '../fixes/Fix';

export const SEVERITY_ICON: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };

/** Diagnostics shown where they occur: icon, message, the rule code and a Fix button where there is a fix, the most severe first. */
export function InlineDiagnostics({ list }: { list: readonly Diagnostic[] | undefined }) {
  if (!list || list.length === 0) return null;
  const sorted = [...list].sort(bySeverity);
  return (
    <ul className="inline-diags">
      {sorted.map((d) => (
        <li key={d.code + d.path} className={`inline-diag inline-diag--${d.severity}`}>
          <span className="inline-diag__icon" aria-label={d.severity} role="img">
            {SEVERITY_ICON[d.severity]}
          </span>{' '}
          <span className="inline-diag__message">{d.message}</span> <code className="inline-diag__code">{d.code}</code> <Fix diagnostic={d} />
        </li>
      ))}
    </ul>
  );
}
