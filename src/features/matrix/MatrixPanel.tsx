import { MATRIX, type ItemReport } from '../../core';
import { OUTCOME_LABELS } from '../canvas/OutcomeBadge';

const mark = (b: boolean) => (b ? '✓' : '–');

/** The channel's 16-row input matrix with the current item's row highlighted. */
export function MatrixPanel({ current, itemLabel }: { current: ItemReport | undefined; itemLabel: string }) {
  const row = current?.matrixRow ?? null;
  return (
    <section className="matrix" aria-labelledby="matrix-title">
      <h2 id="matrix-title">Input matrix</h2>
      <p className="muted matrix__note">
        {current === undefined
          ? 'Select a conversation item to see its row.'
          : row === null
            ? `${itemLabel}: ${current.reason}`
            : `${itemLabel} is on row ${row + 1}.`}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Text</th>
            <th scope="col">Media</th>
            <th scope="col">Suggestions</th>
            <th scope="col">Header</th>
            <th scope="col">Output</th>
          </tr>
        </thead>
        <tbody>
          {MATRIX.map((r) => (
            <tr
              key={r.index}
              className={r.index === row ? 'is-current' : undefined}
              aria-current={r.index === row ? 'true' : undefined}
              data-testid={r.index === row ? 'matrix-current' : undefined}
            >
              <td>{r.index + 1}</td>
              <td>{mark(r.inputs.text)}</td>
              <td>{mark(r.inputs.media)}</td>
              <td>{mark(r.inputs.suggestions)}</td>
              <td>{mark(r.inputs.header)}</td>
              <td title={OUTCOME_LABELS[r.outcome]}>
                {r.output}
                {r.delivery !== '—' && <span className="muted"> · {r.delivery}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
