import { findKey, getAt, isObject } from '../core';
import { messagePaths } from '../features/canvas/model';
import { Preview } from '../features/preview';
import { useDocument } from '../state/document';
import { useReport } from '../state/report';
import { useUi } from '../state/ui';

/** The preview of the message being designed, fed from the core's report on every change. */
export function PreviewPane() {
  const doc = useDocument((s) => s.doc);
  const report = useReport();
  const msgIndex = useUi((s) => s.msgIndex);
  const select = useUi((s) => s.select);
  const msg = getAt(doc, messagePaths(doc)[msgIndex] ?? '/none');
  const from = isObject(msg) ? msg[findKey(msg, 'from')] : undefined;
  const to = isObject(msg) ? msg[findKey(msg, 'to')] : undefined;
  const first = Array.isArray(to) && isObject(to[0]) ? to[0][findKey(to[0], 'number')] : undefined;
  return (
    <Preview
      items={report.messages[msgIndex]?.items ?? []}
      pageId={typeof from === 'string' ? from : ''}
      recipient={typeof first === 'string' ? first : ''}
      onSelectItem={select}
    />
  );
}
