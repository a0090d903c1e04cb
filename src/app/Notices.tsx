import { dismissNotice, useDesigns } from '../state/designs';

/** Notices about saved data and share links; each can be dismissed. */
export function Notices() {
  const notices = useDesigns((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="region" aria-label="Notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice--${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <p>{n.text}</p>
          <button type="button" className="icon-button" aria-label="Dismiss notice" onClick={() => dismissNotice(n.id)}>
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
