import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useMemo } from 'react';
import { findKey, getAt, isObject } from '../../core';
import { useDocument } from '../../state/document';
import { useReport } from '../../state/report';
import { useUi } from '../../state/ui';
import { deleteSelection, duplicateSelection } from '../designer/actions';
import { DiagnosticsContext, ItemBlock } from './Blocks';
import { DropArea } from './dnd';
import { InlineDiagnostics, worstSeverity } from './InlineDiagnostics';
import { diagnosticsByOwner, elementPaths, messageModel } from './model';
import { OutcomeBadge } from './OutcomeBadge';

function ItemActions({ path, index }: { path: string; index: number }) {
  const select = useUi((s) => s.select);
  return (
    <span className="bar__actions">
      <button
        type="button"
        className="icon-button"
        aria-label={`Duplicate item ${index + 1}`}
        title="Duplicate (Ctrl+D)"
        onClick={() => {
          select(path);
          duplicateSelection();
        }}
      >
        ❐
      </button>
      <button
        type="button"
        className="icon-button icon-button--danger"
        aria-label={`Delete item ${index + 1}`}
        title="Delete (Delete key)"
        onClick={() => {
          select(path);
          deleteSelection();
        }}
      >
        ✕
      </button>
    </span>
  );
}

/** The canvas: the current message's conversation items, with drop zones and inline problems. */
export function Canvas() {
  const doc = useDocument((s) => s.doc);
  const report = useReport();
  const msgIndex = useUi((s) => s.msgIndex);
  const select = useUi((s) => s.select);
  const envelopeSelected = useUi((s) => s.selection === null);
  const model = useMemo(() => messageModel(doc, msgIndex, report), [doc, msgIndex, report]);
  const diags = useMemo(
    () => (model ? diagnosticsByOwner(report.diagnostics, elementPaths(model)) : new Map()),
    [model, report],
  );
  if (!model) {
    return (
      <div className="canvas canvas--empty">
        <p>This request has no message to design. Fix its JSON or load an example from the gallery.</p>
      </div>
    );
  }
  const msg = getAt(doc, model.path);
  const from = isObject(msg) ? msg[findKey(msg, 'from')] : undefined;
  const envelopeDiags = diags.get(model.path);
  const sev = worstSeverity(envelopeDiags);
  return (
    <DiagnosticsContext.Provider value={diags}>
      <div className="canvas">
        <div className={`envelope${envelopeSelected ? ' is-selected' : ''}${sev ? ` has-${sev}` : ''}`}>
          <button type="button" className="envelope__select" aria-pressed={envelopeSelected} onClick={() => select(null)}>
            <span className="block__kind">Message {msgIndex + 1}</span>
            <span className="envelope__from">From page {typeof from === 'string' && from ? from : '(no Page ID)'}</span>
          </button>
          <InlineDiagnostics list={envelopeDiags} />
        </div>
        {model.plain && model.plainReport && (
          <div className="conv-item conv-item--plain">
            <p className="empty-hint">
              No rich content: the body text is sent as it is. Drop elements below to design rich content.
            </p>
            <OutcomeBadge report={model.plainReport} />
          </div>
        )}
        <SortableContext items={model.items.map((i) => i.path)} strategy={verticalListSortingStrategy}>
          <ol className="conv-items" aria-label={`Conversation of message ${msgIndex + 1}`}>
            {model.items.map((item) => (
              <ItemBlock key={item.path} item={item} actions={<ItemActions path={item.path} index={item.index} />} />
            ))}
          </ol>
        </SortableContext>
        <DropArea
          target={{ slot: 'conversation', msgPath: model.path }}
          className="new-item-zone"
          label="New conversation item"
        >
          <p>Drop an element here to add a new conversation item</p>
        </DropArea>
      </div>
    </DiagnosticsContext.Provider>
  );
}
