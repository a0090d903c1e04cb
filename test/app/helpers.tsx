import { render, waitFor } from '@testing-library/react';
import { App } from '../../src/app/App';
import { EMPTY_REQUEST, clearHistory, useDocument } from '../../src/state/document';
import { useUi } from '../../src/state/ui';
import { useDesigns } from '../../src/state/designs';
import { emptyState } from '../../src/state/persist';

/** Renders the app on a fresh document, with empty history and no selection. */
export function renderApp(doc: unknown = EMPTY_REQUEST) {
  useDocument.setState({ doc: structuredClone(doc), source: 'load', revision: 0 });
  clearHistory();
  useUi.setState({ msgIndex: 0, selection: null, announcement: '' });
  useDesigns.setState({ ...emptyState(), openedDoc: useDocument.getState().doc, notices: [] });
  return render(<App />);
}

export const doc = () => useDocument.getState().doc;

/** A gallery tile once the gallery (a chunk of its own, loaded when first opened) shows it. */
export const galleryTile = (id: string): Promise<HTMLElement> =>
  waitFor(() => {
    const el = document.querySelector<HTMLElement>(`[data-tile="${id}"]`);
    if (!el) throw new Error(`no gallery tile ${id} yet`);
    return el;
  });
