import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useLayoutEffect, useMemo, useState } from 'react';
import { findKey, getAt, isObject } from '../../core';
import { useDocument } from '../../state/document';
import { useReport } from '../../state/report';
import { useUi } from '../../state/ui';
import { ItemBlock, useStableIds } from './Blocks';
import { publishDiagnostics, useElementDiagnostics } from './diagnosticsStore';
import { DropArea } from './dnd';
import { InlineDiagnostics, worstSeverity } from './InlineDiagnostics';
import { diagnosticsByOwner, elementPaths, messageModel, ModelCache } from './model';
import { OutcomeBadge } from './OutcomeBadge';

/** The canvas: the current message's conversation items, with drop zones and inline problems. */
export function Canvas() {
  const doc = useDocument((s) => s.doc);
  const report = useReport();
  const msgIndex = useUi((s) => s.msgIndex);
  const select = useUi((s) => s.select);
  const envelopeSelected = useUi((s) => s.selection === null);
  // One cache for the canvas's life: unchanged elements keep their model objects.
  const [cache] = useState(() => new ModelCache());
  const model = useMemo(() => messageModel(doc, msgIndex, report, cache), [doc, msgIndex, report, cache]);
  // Publish problems by element before paint; each block picks its own.
  useLayoutEffect(() => {
    publishDiagnostics(model ? diagnosticsByOwner(report.diagnostics, elementPaths(model)) : new Map());
  }, [model, report]);
  const envelopeDiags = useElementDiagnostics(model?.path ?? '');
  const itemIds = useStableIds(model?.items ?? []);
  if (!model) {
    return (
      <div className="canvas canvas--empty">
        <p>This request has no message to design. Fix its JSON or load an example from the gallery.</p>
      </div>
    );
  }
  const msg = getAt(doc, model.path);
  const from = isObject(msg) ? msg[findKey(msg, 'from')] : undefined;
  const sev = worstSeverity(envelopeDiags);
  return (
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
        <SortableContext items={itemIds} strategy={verticalListSortingStrategy}>
          <ol className="conv-items" aria-label={`Conversation of message ${msgIndex + 1}`}>
            {model.items.map((item) => (
              <ItemBlock key={item.path} item={item} />
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
  );
}
