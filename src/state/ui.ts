import { create } from 'zustand';
import type { ElementKey } from './model';

/** The views a phone shows one at a time (a wider screen shows them all at once). */
export type PhoneView = 'design' | 'preview' | 'inspector' | 'json';

/** Transient UI state: never in the document, never in undo history (history restores the selection of its steps itself). */
export interface UiState {
  /** Index of the msg entry being designed. */
  msgIndex: number;
  /** Key of the selected element (item, card, suggestion, media, text, header, tag), or null (the message itself). */
  selection: ElementKey | null;
  /** Bumped when the user asks to edit the selection (F2, double-click): the inspector focuses its field. */
  editTick: number;
  /** On a phone, the view on screen; asking to edit shows the inspector. */
  phoneView: PhoneView;
  /** The last thing said to screen-reader users (an aria-live region reads it). */
  announcement: string;
  select(key: ElementKey | null): void;
  setMsgIndex(i: number): void;
  announce(text: string): void;
  edit(): void;
  showPhoneView(view: PhoneView): void;
}

export const useUi = create<UiState>()((set) => ({
  msgIndex: 0,
  selection: null,
  announcement: '',
  editTick: 0,
  phoneView: 'design',
  // One update: on a phone the inspector is on screen when it focuses its field.
  edit: () => set((s) => ({ editTick: s.editTick + 1, phoneView: 'inspector' })),
  showPhoneView: (phoneView) => set({ phoneView }),
  select: (selection) => set({ selection }),
  announce: (announcement) => set({ announcement }),
  setMsgIndex: (msgIndex) => set({ msgIndex, selection: null }),
}));
