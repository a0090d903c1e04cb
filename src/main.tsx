import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import './app/app.css';
// After the views' own styles: the page's layout (phone, laptops, splitter) overrides them.
import './app/layout.css';
import { flushSave, initDesigns, onStorageChanged, openShareLink } from './state/designs';
import { startFirstLoad } from './state/firstLoad';
import { STORAGE_KEY } from './state/persist';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage blocked: the designer works, nothing is saved
  }
}

// What the designer does not need to accept input waits until it does (firstLoad.ts).
startFirstLoad();
const clearHash = () => history.replaceState(null, '', window.location.pathname + window.location.search);
void initDesigns(storage(), window.location, clearHash);
// A share link pasted into this tab's address bar changes only the fragment: no reload, so it is opened here.
addEventListener('hashchange', () => void openShareLink(window.location.hash, clearHash));

// Another tab saved: take its designs (and its edits of the design open here).
addEventListener('storage', (e) => {
  if (e.key === STORAGE_KEY || e.key === null) onStorageChanged();
});
// Autosave waits a moment after a change; leaving the page saves at once.
addEventListener('pagehide', flushSave);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') flushSave();
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary title="The designer stopped working">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
