import { useRef, type KeyboardEvent } from 'react';
import { useDerived } from '../state/hooks';
import { useUi, type PhoneView } from '../state/ui';
import { VIEW_REGIONS } from './viewRegions';


const VIEWS: { id: PhoneView; label: string }[] = [
  { id: 'design', label: 'Design' },
  { id: 'preview', label: 'Preview' },
  { id: 'inspector', label: 'Inspector' },
  { id: 'json', label: 'JSON' },
];

/** The error count on the JSON tab, so a phone user sees problems from every view. */
function ErrorCount() {
  const errors = useDerived((d) => d.counts.error);
  if (errors === 0) return null;
  return (
    <span className="phone-tabs__count" aria-label={`, ${errors} error${errors === 1 ? '' : 's'}`}>
      {errors}
    </span>
  );
}

/** On a phone, one view at a time: these tabs switch between them (WAI-ARIA tabs: arrows, Home, End). */
export function PhoneTabs() {
  const view = useUi((s) => s.phoneView);
  const list = useRef<HTMLDivElement>(null);
  const go = (id: PhoneView, focus = false) => {
    useUi.getState().showPhoneView(id);
    if (focus) list.current?.querySelector<HTMLElement>(`[data-view="${id}"]`)?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    const i = VIEWS.findIndex((v) => v.id === view);
    const next =
      e.key === 'ArrowRight' ? (i + 1) % VIEWS.length
      : e.key === 'ArrowLeft' ? (i - 1 + VIEWS.length) % VIEWS.length
      : e.key === 'Home' ? 0
      : e.key === 'End' ? VIEWS.length - 1
      : -1;
    if (next < 0) return;
    e.preventDefault();
    go(VIEWS[next]!.id, true);
  };
  return (
    <div role="tablist" aria-label="Views" className="phone-tabs" ref={list} onKeyDown={onKey}>
      {VIEWS.map((v) => (
        <button
          key={v.id}
          type="button"
          role="tab"
          data-view={v.id}
          aria-selected={v.id === view}
          aria-controls={VIEW_REGIONS[v.id]}
          tabIndex={v.id === view ? 0 : -1}
          className="phone-tabs__tab"
          onClick={() => go(v.id)}
        >
          {v.label}
          {v.id === 'json' && <ErrorCount />}
        </button>
      ))}
    </div>
  );
}
