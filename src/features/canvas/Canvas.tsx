import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { worstSeverity } from '../../core';
import { useDerived, useDerivedShallow } from '../../state/hooks';
import { useUi } from '../../state/ui';
import { ItemBlock, Suggestions } from './Blocks';
import { DropArea } from './dnd';
import { InlineDiagnostics } from './InlineDiagnostics';
import { OutcomeBadge } from './OutcomeBadge';
import { VIRTUAL_ITEMS_FROM, VirtualItems } from './LongList';

/** The message envelope's bar: its name, its Page and its own problems. */
function Envelope({ msgKey, msgIndex }: { msgKey: string; msgIndex: number }) {
  const selected = useUi((s) => s.selection === null);
  const diags = useDerived((d) => d.diagnostics.get(msgKey));
  const from = useDerived((d) => d.messages[msgIndex]?.pageId ?? '');
  const sev = worstSeverity(diags);
  return (
    <div className={`envelope${selected ? ' is-selected' : ''}${sev ? ` has-${sev}` : ''}`}>
      <button type="button" className="envelope__select" aria-pressed={selected} onClick={() => useUi.getState().select(null)}>
        <span className="block__kind">Message {msgIndex + 1}</span>
        <span className="envelope__from">From page {from || '(no Page ID)'}</span>
      </button>
      <InlineDiagnostics list={diags} />
    </div>
  );
}

/** A message without rich content: its body text is sent as it is. */
function PlainMessage({ msgKey }: { msgKey: string }) {
  const report = useDerived((d) => d.items.get(msgKey));
  return (
    <div className="conv-item conv-item--plain">
      <p className="empty-hint">No rich content: the body text is sent as it is. Drop elements below to design rich content.</p>
      {report && <OutcomeBadge report={report} />}
    </div>
  );
}

/**
 * `richContent.suggestions`, where CM's SDKs write suggestions: Messenger does not
 * send them (RULES.md 4). Shown under the items with their warning, each selectable
 * and editable, and moved into the last item in one undoable step.
 */
function MessageSuggestions({ msgIndex }: { msgIndex: number }) {
  const strip = useDerivedShallow((d) => {
    const m = d.model.messages[msgIndex];
    return m && m.suggestionsKey ? { key: m.suggestionsKey, msgKey: m.key, list: m.suggestions, lastItem: m.items.length } : null;
  });
  const diags = useDerived((d) => (strip ? d.diagnostics.get(strip.key) : undefined));
  if (!strip || strip.list.length === 0) return null;
  const sev = worstSeverity(diags);
  return (
    <section className={`msg-suggestions${sev ? ` has-${sev}` : ''}`} aria-label="Message-level suggestions">
      <div className="bar">
        <h3 className="msg-suggestions__title">Message-level suggestions: not sent on Messenger</h3>
        <button
          type="button"
          className="text-button"
          disabled={strip.lastItem === 0}
          title="Move the message-level suggestions into the last item"
          onClick={() => {
            const problem = diags?.find((x) => x.code === 'suggestions/message-level');
            // The fix is the core's (fixes.ts), loaded with it on the first click.
            if (problem) void import('../fixes/applyFix').then((m) => m.applyFirstFix(problem));
          }}
        >
          {strip.lastItem === 0 ? 'Add an item to move them into' : `Move into item ${strip.lastItem}`}
        </button>
      </div>
      <Suggestions list={strip.list} owner="the message" container={`${strip.msgKey}:suggestions`} />
      <InlineDiagnostics list={diags} />
    </section>
  );
}

/**
 * The canvas: the current message's conversation items, with drop zones and
 * inline problems. It selects only the message's shape (its key and its items'
 * keys): an edit inside an item re-renders that item's blocks, not the canvas.
 */
export function Canvas() {
  const msgIndex = useUi((s) => s.msgIndex);
  const msg = useDerivedShallow((d) => {
    const m = d.model.messages[msgIndex];
    return m ? { key: m.key, path: m.path, plain: m.plain } : null;
  });
  const itemKeys = useDerivedShallow((d) => d.model.messages[msgIndex]?.items.map((i) => i.key) ?? []);
  if (!msg) {
    return (
      <div className="canvas canvas--empty">
        <p>This request has no message to design. Fix its JSON or load an example from the gallery.</p>
      </div>
    );
  }
  const container = `${msg.key}:items`;
  return (
    <div className="canvas">
      <Envelope msgKey={msg.key} msgIndex={msgIndex} />
      {msg.plain && <PlainMessage msgKey={msg.key} />}
      <SortableContext items={itemKeys} strategy={verticalListSortingStrategy}>
        {itemKeys.length >= VIRTUAL_ITEMS_FROM ? (
          <VirtualItems
            keys={itemKeys}
            label={`Conversation of message ${msgIndex + 1}`}
            render={(key, place) => <ItemBlock key={key} elementKey={key} container={container} place={place} />}
          />
        ) : (
          <ol className="conv-items" aria-label={`Conversation of message ${msgIndex + 1}`}>
            {itemKeys.map((key) => (
              <ItemBlock key={key} elementKey={key} container={container} />
            ))}
          </ol>
        )}
      </SortableContext>
      <MessageSuggestions msgIndex={msgIndex} />
      <DropArea target={{ slot: 'conversation', msgPath: msg.path }} className="new-item-zone" label="New conversation item">
        <p>Drop an element here to add a new conversation item</p>
      </DropArea>
    </div>
  );
}
