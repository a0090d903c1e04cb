import { useDocument } from '../state/document';
import { useUi } from '../state/ui';
import { messagePaths } from '../features/canvas/model';
import { addMessage, removeMessage } from '../features/designer/actions';

/** Switches between the request's msg entries; adds and removes messages. */
export function MessageTabs() {
  const doc = useDocument((s) => s.doc);
  const msgIndex = useUi((s) => s.msgIndex);
  const setMsgIndex = useUi((s) => s.setMsgIndex);
  const msgs = messagePaths(doc);
  return (
    <div className="message-tabs" role="group" aria-label="Messages in this request">
      {msgs.map((p, i) => (
        <button key={p} type="button" className="message-tab" aria-pressed={i === msgIndex} onClick={() => setMsgIndex(i)}>
          Message {i + 1}
        </button>
      ))}
      <button type="button" className="text-button" onClick={addMessage}>
        + Message
      </button>
      {msgs.length > 1 && (
        <button type="button" className="text-button text-button--danger" onClick={removeMessage}>
          Remove message {msgIndex + 1}
        </button>
      )}
    </div>
  );
}
