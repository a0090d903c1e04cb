import { useState, useSyncExternalStore } from 'react';

/**
 * Nothing the user types leaves the page: a media URL is not fetched while it is
 * being typed (key by key, that was one request per keystroke), only once typing
 * pauses for TYPING_PAUSE_MS or the field loses focus.
 *
 * "Typing" is a page-wide state: an `input` event, or a key that edits text in an
 * editable element (Monaco's editor included), starts it; a pause or any `focusout`
 * ends it. A media element shows its URL at once when nobody is typing (opening a
 * design, a gallery example, undo), and keeps showing a URL it already loaded.
 */
export const TYPING_PAUSE_MS = 500;

let typing = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let listening = false;
const listeners = new Set<() => void>();

function set(value: boolean): void {
  if (typing === value) return;
  typing = value;
  for (const l of listeners) l();
}

function typed(): void {
  clearTimeout(timer);
  set(true);
  timer = setTimeout(() => set(false), TYPING_PAUSE_MS);
}

function editable(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return true;
  return (target instanceof HTMLElement && target.isContentEditable) || target.closest('.monaco-editor') !== null;
}

function onKeyDown(e: KeyboardEvent): void {
  if ((e.key.length === 1 || e.key === 'Backspace' || e.key === 'Delete') && !e.ctrlKey && !e.metaKey && editable(e.target)) typed();
}

function paused(): void {
  clearTimeout(timer);
  set(false);
}

function subscribe(listener: () => void): () => void {
  if (!listening && typeof document !== 'undefined') {
    // Once for the page, in the capture phase: before React handles the same event and re-renders.
    listening = true;
    document.addEventListener('input', typed, true);
    document.addEventListener('paste', typed, true);
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('focusout', paused, true);
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => typing;
const serverSnapshot = () => false;

/**
 * Whether a media element may load `url` now: yes when nobody is typing, or when it
 * already loaded this very URL; no while a new URL is being typed (the placeholder shows).
 */
export function useLoadable(url: string): boolean {
  const isTyping = useSyncExternalStore(subscribe, snapshot, serverSnapshot);
  const [loaded, setLoaded] = useState<string | null>(() => (isTyping ? null : url));
  if (!isTyping && loaded !== url) setLoaded(url);
  return !isTyping || loaded === url;
}

/** For tests: forget any typing in progress. */
export function resetTyping(): void {
  paused();
}
