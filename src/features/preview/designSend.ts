import { findKey, getAt, isObject } from '../../core';
import { derived } from '../../state/hooks';
import type { SendInput } from './panelEvents';

/** The msg entry as it stands now, for a simulated send: its report, the request's diagnostics, its reference. */
export function sendInputOf(msgIndex: number): SendInput | null {
  const d = derived();
  const message = d.messages[msgIndex];
  if (!message) return null;
  const entry = getAt(d.doc, message.path);
  const reference = isObject(entry) ? entry[findKey(entry, 'reference')] : undefined;
  return { message, diagnostics: d.report.diagnostics, reference: typeof reference === 'string' ? reference : '' };
}

