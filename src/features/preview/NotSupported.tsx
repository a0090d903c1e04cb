import type { ItemReport } from '../../core/types';
import { BlockedIcon } from './Icons';

/** An item that Messenger cannot send: nothing reaches the user, and the core says why. */
export function NotSupported({ reason, label }: { reason: string; label?: string }) {
  return (
    <div className="pv-unsupported" role="note">
      <span className="pv-unsupported__icon">
        <BlockedIcon size={18} />
      </span>
      <span>
        <strong className="pv-unsupported__title">Not supported{label ? ` (${label})` : ''}: nothing is sent</strong>
        <span className="pv-unsupported__reason">{reason}</span>
      </span>
    </div>
  );
}

/** The whole conversation is empty: no item sends anything. */
export function EmptyState({ items }: { items: ItemReport[] }) {
  return (
    <div className="pv-empty">
      <span className="pv-empty__icon">
        <BlockedIcon size={32} />
      </span>
      <p className="pv-empty__title">Not supported: nothing will be sent</p>
      {items.length === 0 ? (
        <p className="pv-empty__reason">This message has no conversation items.</p>
      ) : (
        <ul className="pv-empty__reasons">
          {items.map((item, i) => (
            <li key={item.path} className="pv-empty__reason">
              {items.length > 1 && <strong>Item {i + 1}: </strong>}
              {item.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
