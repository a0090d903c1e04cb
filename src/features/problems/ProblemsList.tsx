import { useMemo, useState } from 'react';
import { bySeverity, SEVERITIES, type Diagnostic, type Severity } from '../../core';
import { derived, useDerived } from '../../state/hooks';
import { showSyntaxError, useJsonEditor } from '../../state/jsonEditor';
import { useUi } from '../../state/ui';
import { SEVERITY_ICON } from '../canvas/InlineDiagnostics';
import { LIST_ROWS_MAX, moreNote } from '../shared/limits';
import { canvasTargetOf } from '../json-editor/pointing';
import { Fix } from '../fixes/Fix';

/** Selects the element a problem is about, switching message if needed (the request's own problems select the message). */
function go(d: Diagnostic) {
  const target = canvasTargetOf(derived(), d.path);
  const ui = useUi.getState();
  if (!target) {
    ui.select(null);
    return;
  }
  if (target.msgIndex !== ui.msgIndex) ui.setMsgIndex(target.msgIndex);
  useUi.getState().select(target.selection);
}

/** The JSON editor's syntax error, first of all problems: a click puts the editor's cursor on it. */
function SyntaxRow() {
  const error = useJsonEditor((s) => s.broken?.error);
  if (!error) return null;
  return (
    <li>
      <button type="button" className="problem-row problem-row--error" onClick={showSyntaxError} data-testid="syntax-problem">
        <span className="problem-row__icon" role="img" aria-label="error">
          {SEVERITY_ICON.error}
        </span>
        <span className="problem-row__message">
          {error.message} The canvas and the other problems are those of the last valid design.
        </span>
        <code className="problem-row__code">json/syntax</code>
        <code className="problem-row__path">
          line {error.line}, column {error.column}
        </code>
      </button>
    </li>
  );
}

/** Every diagnostic of the request, after the JSON editor's syntax error if it has one; a click selects the element it belongs to (or goes to the error). */
export function ProblemsList() {
  const diagnostics = useDerived((d) => d.report.diagnostics);
  const checked = useDerived((d) => d.counts);
  const syntax = useJsonEditor((s) => (s.broken ? 1 : 0));
  const counts = useMemo(() => ({ ...checked, error: checked.error + syntax }), [checked, syntax]);
  const total = diagnostics.length + syntax;
  const [filter, setFilter] = useState<Severity | 'all'>('all');
  const list = useMemo(() => diagnostics.filter((d) => filter === 'all' || d.severity === filter).sort(bySeverity), [diagnostics, filter]);
  // How many problems of each kind: "Fix all N of this kind".
  const perCode = useMemo(() => {
    const n = new Map<string, number>();
    for (const d of diagnostics) n.set(d.code, (n.get(d.code) ?? 0) + 1);
    return n;
  }, [diagnostics]);
  const showSyntax = syntax > 0 && (filter === 'all' || filter === 'error');

  return (
    <section className="problems-panel" aria-labelledby="problems-title">
      <div className="problems-panel__head">
        <h2 id="problems-title">Problems</h2>
        <div className="filters" role="group" aria-label="Show">
          {(['all', ...SEVERITIES] as const).map((f) => (
            <button key={f} type="button" aria-pressed={filter === f} className="filter" onClick={() => setFilter(f)}>
              {f === 'all' ? `All ${total}` : `${SEVERITY_ICON[f]} ${counts[f]} ${f}${counts[f] === 1 ? '' : 's'}`}
            </button>
          ))}
        </div>
      </div>
      {list.length === 0 && !showSyntax ? (
        <p className="muted problems-panel__empty">{total === 0 ? 'No problems: ready to send.' : 'None of this kind.'}</p>
      ) : (
        <ul className="problem-rows" data-testid="problems">
          {showSyntax && <SyntaxRow />}
          {list.slice(0, LIST_ROWS_MAX).map((d) => (
            <li key={d.code + d.path}>
              <button type="button" className={`problem-row problem-row--${d.severity}`} onClick={() => go(d)}>
                <span className="problem-row__icon" role="img" aria-label={d.severity}>
                  {SEVERITY_ICON[d.severity]}
                </span>
                <span className="problem-row__message">{d.message}</span>
                <code className="problem-row__code">{d.code}</code>
                <code className="problem-row__path">{d.path || '(request)'}</code>
              </button>
              <Fix diagnostic={d} sameKind={perCode.get(d.code)} />
            </li>
          ))}
          {moreNote(list.length, LIST_ROWS_MAX, 'problems') && <li className="muted problems-panel__more">{moreNote(list.length, LIST_ROWS_MAX, 'problems')} The JSON editor marks every one.</li>}
        </ul>
      )}
    </section>
  );
}
