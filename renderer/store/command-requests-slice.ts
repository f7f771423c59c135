import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './create-app-store';

/** Something the command palette asked the board to do once it is on screen. */
export type BoardRequest = 'new-finding';

export interface CommandRequestsSlice {
  boardRequest: BoardRequest | null;
  requestBoard(request: BoardRequest): void;
  /** The board calls this as it acts, so a later visit does not act again. */
  clearBoardRequest(): void;
}

export const createCommandRequestsSlice: StateCreator<AppState, [], [], CommandRequestsSlice> = (set) => ({
  boardRequest: null,
  requestBoard: (request) => set({ boardRequest: request }),
  clearBoardRequest: () => set({ boardRequest: null }),
});
