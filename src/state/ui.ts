import { create } from 'zustand';
import type { ElementKey } from './model';

/** Transient UI state: never in the document, never in undo history (history restores the selection of its steps itself). */
export interface UiState {
  /** Index of the msg entry being designed. */
  msgIndex: number;
  /** Key of the selected element (item, card, suggestion, media, text, header, tag), or null (the message itself). */
  selection: ElementKey | null;
  /** Bumped when the user asks to edit the selection (F2, double-click): the inspector focuses its field. */
  editTick: number;
  /** The last thing said to screen-reader users (an aria-live region reads it). */
  announcement: string;
  select(key: ElementKey | null): void;
  setMsgIndex(i: number): void;
  announce(text: string): void;
  edit(): void;
}

export const useUi = create<UiState>()((set) => ({
  msgIndex: 0,
  selection: null,
  announcement: '',
  editTick: 0,
  edit: () => set((s) => ({ editTick: s.editTick + 1 })),
  select: (selection) => set({ selection }),
  announce: (announcement) => set({ announcement }),
  setMsgIndex: (msgIndex) => set({ msgIndex, selection: null }),
}));
