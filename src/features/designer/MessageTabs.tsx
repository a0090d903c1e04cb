import { useDerived } from '../../state/hooks';
import { useUi } from '../../state/ui';
import { actionSpec, runAction } from './actions';

/** Switches between the request's msg entries; adds and removes messages. */
export function MessageTabs() {
  const count = useDerived((d) => d.model.messages.length);
  const msgIndex = useUi((s) => s.msgIndex);
  const setMsgIndex = useUi((s) => s.setMsgIndex);
  return (
    <div className="message-tabs" role="group" aria-label="Messages in this request">
      {Array.from({ length: count }, (_, i) => (
        <button key={i} type="button" className="message-tab" aria-pressed={i === msgIndex} onClick={() => setMsgIndex(i)}>
          Message {i + 1}
        </button>
      ))}
      <button type="button" className="text-button" onClick={() => runAction('addMessage')}>
        + Message
      </button>
      {count > 1 && (
        <button type="button" className="text-button text-button--danger" onClick={() => runAction('removeMessage')} title={actionSpec('removeMessage').label}>
          Remove message {msgIndex + 1}
        </button>
      )}
    </div>
  );
}
