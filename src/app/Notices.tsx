import { downloadText } from '../features/shared/clipboard';
import { dismissNotice, useDesigns, type NoticeAction } from '../state/designs';

function runAction(a: NoticeAction): void {
  if (a.download) downloadText(a.download.text, a.download.filename, a.download.type);
  a.run?.();
}

/** Notices about saved data and share links; each can be dismissed, and some offer what to do (a download). */
export function Notices() {
  const notices = useDesigns((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="region" aria-label="Notices">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice--${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <p>{n.text}</p>
          {n.actions?.map((a) => (
            <button key={a.label} type="button" className="tool notice__action" onClick={() => runAction(a)}>
              {a.label}
            </button>
          ))}
          <button type="button" className="icon-button" aria-label="Dismiss notice" onClick={() => dismissNotice(n.id)}>
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
