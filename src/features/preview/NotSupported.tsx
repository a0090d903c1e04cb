import type { ConversationSource } from './source';
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

function EmptyReason({ source, itemKey, label }: { source: ConversationSource; itemKey: string; label?: string }) {
  const item = source.useItem(itemKey);
  return (
    <li className="pv-empty__reason">
      {label && <strong>{label}: </strong>}
      {item?.reason}
    </li>
  );
}

/** The whole conversation is empty: no item sends anything, and each says why. */
export function EmptyState({ source, keys, more = 0 }: { source: ConversationSource; keys: readonly string[]; more?: number }) {
  return (
    <div className="pv-empty">
      <span className="pv-empty__icon">
        <BlockedIcon size={32} />
      </span>
      <p className="pv-empty__title">Not supported: nothing will be sent</p>
      {keys.length === 0 ? (
        <p className="pv-empty__reason">This message has no conversation items.</p>
      ) : (
        <ul className="pv-empty__reasons">
          {keys.map((key, i) => (
            <EmptyReason key={key} source={source} itemKey={key} label={keys.length > 1 ? `Item ${i + 1}` : undefined} />
          ))}
          {more > 0 && <li className="pv-empty__reason">… and {more} more items.</li>}
        </ul>
      )}
    </div>
  );
}
