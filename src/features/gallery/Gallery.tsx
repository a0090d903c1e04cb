import { useMemo, useState } from 'react';
import { check } from '../../core';
import { examples } from '../../examples';
import { createDesign, isEdited, replaceCurrent } from '../../state/designs';
import { OUTCOME_LABELS } from '../canvas/OutcomeBadge';
import { STARTERS } from './starters';
import './gallery.css';

interface Tile {
  id: string;
  title: string;
  description: string;
  request: unknown;
  group: 'Starters' | 'Channel documentation';
}

const TILES: Tile[] = [
  ...STARTERS.map((s) => ({ ...s, group: 'Starters' as const })),
  ...examples.map((e) => ({
    id: e.id,
    title: e.title,
    description: `Example ${e.id.slice(0, 2)} of the Facebook Messenger channel page.`,
    request: e.request,
    group: 'Channel documentation' as const,
  })),
];

function TileOutcome({ request }: { request: unknown }) {
  const report = useMemo(() => check(request), [request]);
  const items = report.messages[0]?.items ?? [];
  return (
    <span className="tile__outcomes">
      {items.map((it, i) => (
        <span key={i} className={`tile__outcome tile__outcome--${it.outcome}`} data-testid="tile-outcome">
          {OUTCOME_LABELS[it.outcome]}
        </span>
      ))}
      {!report.valid && <span className="tile__outcome tile__outcome--not_supported">has errors</span>}
    </span>
  );
}

/** The gallery of templates; opening one replaces the design (undoable) or starts a new one. */
export function Gallery({ onDone }: { onDone: () => void }) {
  const [pending, setPending] = useState<Tile | null>(null);
  const open = (t: Tile, how: 'replace' | 'new') => {
    if (how === 'new') createDesign(t.title, structuredClone(t.request));
    else replaceCurrent(t.request, t.title);
    setPending(null);
    onDone();
  };
  const choose = (t: Tile) => (isEdited() ? setPending(t) : open(t, 'replace'));
  return (
    <div className="gallery">
      {pending && (
        <div className="gallery__confirm" role="alertdialog" aria-labelledby="gallery-confirm-title" aria-describedby="gallery-confirm-text">
          <h3 id="gallery-confirm-title">Open “{pending.title}”?</h3>
          <p id="gallery-confirm-text">
            Your design has edits. Replace it with this template (Undo brings your design back), or open the template as a
            new design and keep yours as it is.
          </p>
          <div className="gallery__confirm-actions">
            <button type="button" className="tool tool--primary" onClick={() => open(pending, 'new')} autoFocus>
              Open as new design
            </button>
            <button type="button" className="tool" onClick={() => open(pending, 'replace')}>
              Replace my design
            </button>
            <button type="button" className="tool" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {(['Starters', 'Channel documentation'] as const).map((group) => (
        <section key={group} aria-label={group}>
          <h3 className="gallery__group">{group}</h3>
          <ul className="gallery__grid">
            {TILES.filter((t) => t.group === group).map((t) => (
              <li key={t.id}>
                <button type="button" className="tile" onClick={() => choose(t)} data-tile={t.id}>
                  <span className="tile__title">{t.title}</span>
                  <span className="tile__description">{t.description}</span>
                  <TileOutcome request={t.request} />
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export { TILES as GALLERY_TILES };
