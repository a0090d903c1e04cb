import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface Tab {
  id: string;
  label: ReactNode;
  content: () => ReactNode;
  /** A class for the tab's panel while it is shown. */
  panelClassName?: string;
}

/**
 * Accessible tabs (WAI-ARIA tabs pattern: arrow keys move between tabs). `selected`
 * makes the shown tab the owner's (who then follows onSelect); else the tabs keep it.
 */
export function Tabs({
  tabs,
  label,
  initial,
  selected,
  onSelect,
}: {
  tabs: Tab[];
  label: string;
  initial?: string;
  selected?: string;
  onSelect?: (id: string) => void;
}) {
  const [own, setActiveState] = useState(initial ?? tabs[0]?.id);
  const active = selected ?? own;
  const setActive = (id: string) => {
    setActiveState(id);
    onSelect?.(id);
  };
  const base = useId();
  const current = tabs.find((t) => t.id === active) ?? tabs[0];
  const onKey = (e: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === current?.id);
    let next = -1;
    if (e.key === 'ArrowRight') next = (i + 1) % tabs.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + tabs.length) % tabs.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = tabs.length - 1;
    if (next < 0) return;
    e.preventDefault();
    setActive(tabs[next]!.id);
    document.getElementById(`${base}-tab-${tabs[next]!.id}`)?.focus();
  };
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tabs__list" onKeyDown={onKey}>
        {tabs.map((t) => (
          <button
            key={t.id}
            id={`${base}-tab-${t.id}`}
            role="tab"
            type="button"
            aria-selected={t.id === current?.id}
            aria-controls={`${base}-panel-${t.id}`}
            tabIndex={t.id === current?.id ? 0 : -1}
            className="tabs__tab"
            onClick={() => setActive(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {current && (
        <div
          role="tabpanel"
          id={`${base}-panel-${current.id}`}
          aria-labelledby={`${base}-tab-${current.id}`}
          className={`tabs__panel${current.panelClassName ? ` ${current.panelClassName}` : ''}`}
          tabIndex={0}
        >
          {current.content()}
        </div>
      )}
    </div>
  );
}
