import { lazy, Suspense, useState } from 'react';
import { useStore } from 'zustand';
import { useDocument } from '../state/document';
import { actionSpec, actionTitle, runAction, undoTitle } from '../features/designer/actions';
import { useDesigns } from '../state/designs';
// The gallery (the examples and starters) loads when it is first opened: the first paint never waits for it.
// The dialogs load when first opened.
const Gallery = lazy(() => import('../features/gallery/Gallery').then((m) => ({ default: m.Gallery })));
const DesignsList = lazy(() => import('../features/gallery/DesignsList').then((m) => ({ default: m.DesignsList })));
const ShareLink = lazy(() => import('../features/gallery/ShareLink').then((m) => ({ default: m.ShareLink })));
const BatchView = lazy(() => import('../features/batch/BatchView'));
import { Dialog } from './Dialog';

type Open = 'gallery' | 'designs' | 'share' | 'batch' | null;

/** The design's name and menus, undo and redo. */
export function Toolbar() {
  // Once the history has dropped steps, the tooltip counts them (else only whether there is one, so a step does not re-render the toolbar).
  const trimmed = useDocument((s) => s.historyTrimmed);
  const undoSteps = useStore(useDocument.temporal, (s) => (trimmed ? s.pastStates.length : Math.min(s.pastStates.length, 1)));
  const canUndo = undoSteps > 0;
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
      <button type="button" className="tool" onClick={() => setOpen('batch')}>
        Batch
      </button>
      <button type="button" className="tool" onClick={() => runAction('undo')} disabled={!canUndo} title={undoTitle(undoSteps, trimmed)}>
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
        <Suspense fallback={<p role="status">Loading your designs…</p>}>
          <DesignsList onOpen={close} />
        </Suspense>
      </Dialog>
      <Dialog open={open === 'share'} title="Share this design" onClose={close}>
        <Suspense fallback={<p role="status">Making the link…</p>}>
          <ShareLink />
        </Suspense>
      </Dialog>
      <Dialog open={open === 'batch'} title="Batch check" onClose={close} wide className="dialog--batch">
        <Suspense fallback={<p role="status">Loading the batch view…</p>}>
          <BatchView onOpened={close} />
        </Suspense>
      </Dialog>
    </div>
  );
}
