import { lazy, Suspense, useState } from 'react';
import { useStore } from 'zustand';
import { useDocument } from '../state/document';
import { actionSpec, actionTitle, runAction } from '../features/designer/actions';
import { useDesigns } from '../state/designs';
import { DesignsList } from '../features/gallery/DesignsList';
// The gallery (the examples and starters) loads when it is first opened: the first paint never waits for it.
const Gallery = lazy(() => import('../features/gallery/Gallery').then((m) => ({ default: m.Gallery })));
import { ShareLink } from '../features/gallery/ShareLink';
import { Dialog } from './Dialog';

type Open = 'gallery' | 'designs' | 'share' | null;

/** The design's name and menus, undo and redo. */
export function Toolbar() {
  const canUndo = useStore(useDocument.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useDocument.temporal, (s) => s.futureStates.length > 0);
  const name = useDesigns((s) => s.designs.find((d) => d.id === s.currentId)?.name ?? 'Untitled');
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  return (
    <div className="toolbar" role="toolbar" aria-label="Design">
      <button type="button" className="tool tool--design" onClick={() => setOpen('designs')} title="Your saved designs">
        <span className="muted">Design:</span> <strong data-testid="design-name">{name}</strong> ▾
      </button>
      <button type="button" className="tool" onClick={() => setOpen('gallery')}>
        Gallery
      </button>
      <button type="button" className="tool" onClick={() => setOpen('share')}>
        Share link
      </button>
      <button type="button" className="tool" onClick={() => runAction('undo')} disabled={!canUndo} title={actionTitle('undo')}>
        ↶ {actionSpec('undo').label}
      </button>
      <button type="button" className="tool" onClick={() => runAction('redo')} disabled={!canRedo} title={actionTitle('redo')}>
        ↷ {actionSpec('redo').label}
      </button>
      <Dialog open={open === 'gallery'} title="Gallery" onClose={close} wide>
        <Suspense fallback={<p role="status">Loading the gallery…</p>}>
          <Gallery onDone={close} />
        </Suspense>
      </Dialog>
      <Dialog open={open === 'designs'} title="Your designs" onClose={close}>
        <DesignsList onOpen={close} />
      </Dialog>
      <Dialog open={open === 'share'} title="Share this design" onClose={close}>
        <ShareLink />
      </Dialog>
    </div>
  );
}
