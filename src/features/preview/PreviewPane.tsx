import { useMemo } from 'react';
import type { Diagnostic } from '../../core';
import { useDerived, useDerivedShallow } from '../../state/hooks';
import { useDesigns } from '../../state/designs';
import { useUi } from '../../state/ui';
import { Preview } from './Preview';
import { layoutText, useLayoutOf, within, type ConversationSource } from './source';

const NONE: readonly Diagnostic[] = [];

/** The designer's source: each item of the message shown, selected on its own from the derived state. */
function useDesignSource(msgIndex: number): ConversationSource {
  return useMemo(
    () => ({
      useLayout() {
        const text = useDerived((d) => {
          const m = d.model.messages[msgIndex];
          const items = d.messages[msgIndex]?.items ?? [];
          if (!m) return layoutText(0, String, () => 0);
          return layoutText(
            items.length,
            (j) => (m.plain ? m.key : (m.items[j]?.key ?? String(j))),
            (j) => items[j]!.sends.length,
          );
        });
        return useLayoutOf(text);
      },
      useItem(key: string) {
        return useDerived((d) => d.items.get(key));
      },
      useErrors(key: string) {
        return useDerivedShallow((d) => {
          const path = d.items.get(key)?.path;
          return path === undefined ? NONE : d.report.diagnostics.filter((x) => x.severity === 'error' && within(x.path, path));
        });
      },
    }),
    [msgIndex],
  );
}

/** The preview of the message being designed, fed from the core's report on every change. */
export function PreviewPane() {
  const msgIndex = useUi((s) => s.msgIndex);
  const source = useDesignSource(msgIndex);
  const pageId = useDerived((d) => d.messages[msgIndex]?.pageId ?? '');
  const recipient = useDerived((d) => d.messages[msgIndex]?.recipient ?? '');
  // The document as last opened (a design, an import, a template): a new one is another design.
  const opened = useDesigns((s) => s.openedDoc);
  const design = useMemo(() => ({ opened, msgIndex }), [opened, msgIndex]);
  // Read when "Simulate sending" is pressed, from a module loaded then (it is not needed before).
  const sendInput = useMemo(() => () => import('./designSend').then((m) => m.sendInputOf(msgIndex)), [msgIndex]);
  return (
    <Preview source={source} pageId={pageId} recipient={recipient} onSelectItem={useUi.getState().select} design={design} sendInput={sendInput} />
  );
}
