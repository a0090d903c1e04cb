import { useMemo, useState } from 'react';
import type { Diagnostic, Severity } from '../../core';
import { useDocument } from '../../state/document';
import { useReport } from '../../state/report';
import { useUi } from '../../state/ui';
import { SEVERITY_ICON, SEVERITY_RANK } from '../canvas/InlineDiagnostics';
import { elementPaths, messageModel, messagePaths, ownerOf } from '../canvas/model';

/** Every diagnostic of the request; a click selects the element it belongs to (switching message if needed). */
export function ProblemsList() {
  const report = useReport();
  const doc = useDocument((s) => s.doc);
  const [filter, setFilter] = useState<Severity | 'all'>('all');
  const counts = useMemo(() => {
    const c = { error: 0, warning: 0, info: 0 };
    for (const d of report.diagnostics) c[d.severity]++;
    return c;
  }, [report]);
  const list = useMemo(
    () =>
      report.diagnostics
        .filter((d) => filter === 'all' || d.severity === filter)
        .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]),
    [report, filter],
  );

  const go = (d: Diagnostic) => {
    const msgs = messagePaths(doc);
    const i = msgs.findIndex((p) => d.path === p || d.path.startsWith(p + '/'));
    const ui = useUi.getState();
    if (i < 0) {
      ui.select(null);
      return;
    }
    if (i !== ui.msgIndex) ui.setMsgIndex(i);
    const model = messageModel(doc, i, report);
    const owner = model ? ownerOf(d.path, elementPaths(model)) : null;
    useUi.getState().select(owner === null || owner === msgs[i] ? null : owner);
  };

  return (
    <section className="problems-panel" aria-labelledby="problems-title">
      <div className="problems-panel__head">
        <h2 id="problems-title">Problems</h2>
        <div className="filters" role="group" aria-label="Show">
          {(['all', 'error', 'warning', 'info'] as const).map((f) => (
            <button key={f} type="button" aria-pressed={filter === f} className="filter" onClick={() => setFilter(f)}>
              {f === 'all' ? `All ${report.diagnostics.length}` : `${SEVERITY_ICON[f]} ${counts[f]} ${f}${counts[f] === 1 ? '' : 's'}`}
            </button>
          ))}
        </div>
      </div>
      {list.length === 0 ? (
        <p className="muted problems-panel__empty">{report.diagnostics.length === 0 ? 'No problems: ready to send.' : 'None of this kind.'}</p>
      ) : (
        <ul className="problem-rows" data-testid="problems">
          {list.map((d) => (
            <li key={d.code + d.path}>
              <button type="button" className={`problem-row problem-row--${d.severity}`} onClick={() => go(d)}>
                <span className="problem-row__icon" role="img" aria-label={d.severity}>
                  {SEVERITY_ICON[d.severity]}
                </span>
                <span className="problem-row__message">{d.message}</span>
                <code className="problem-row__code">{d.code}</code>
                <code className="problem-row__path">{d.path || '(request)'}</code>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
