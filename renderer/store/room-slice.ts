import type { StateCreator } from 'zustand/vanilla';
import type { NoteVisibility } from '../../shared/domain/note';
import type { InboxItem, RoomInterface, RoomStatus } from '../../shared/domain/room';
import type { ApiClient } from '../lib/api-client';
import type { AppState } from './create-app-store';

export interface RoomSlice {
  room: RoomStatus;
  /** The Room mode panel, open for an engagement (and the session it suggests), or closed. */
  roomPanel: { engagementId: string; sessionId: string | null } | null;
  /** Notes from phones waiting for the facilitator, for the engagement Capture shows. */
  roomInbox: InboxItem[];
  roomInboxEngagementId: string | null;
  /** Follows main's room:changed events; returns the unsubscribe. */
  watchRoom(): () => void;
  openRoomPanel(engagementId: string, sessionId?: string | null): void;
  closeRoomPanel(): void;
  loadRoomStatus(): Promise<void>;
  roomInterfaces(): Promise<RoomInterface[]>;
  startRoom(engagementId: string, sessionId: string, address: string): Promise<void>;
  stopRoom(): Promise<void>;
  setRoomPrompt(prompt: string): Promise<void>;
  openRoomVoting(findingIds: string[]): Promise<void>;
  loadRoomInbox(engagementId: string): Promise<void>;
  acceptRoomNote(id: string, text: string, visibility: NoteVisibility): Promise<void>;
  discardRoomNote(id: string): Promise<void>;
}

/** Room mode as the window sees it: the room's status, its panel, and the inbox of notes from phones. */
export function createRoomSlice(api: ApiClient): StateCreator<AppState, [], [], RoomSlice> {
  return (set, get) => {
    const apply = (room: RoomStatus) => {
      const before = get().room;
      set({ room });
      const { roomInboxEngagementId, notesEngagementId, notesDay } = get();
      if (!room.running) return;
      if (roomInboxEngagementId === room.engagementId && room.inboxCount !== get().roomInbox.length) void get().loadRoomInbox(room.engagementId);
      // A note the scribe seat saved shows in Capture as it would have from this keyboard.
      const scribed = before.running ? room.scribeNotes > before.scribeNotes : room.scribeNotes > 0;
      if (scribed && notesEngagementId === room.engagementId && notesDay !== null) void get().loadNotes(room.engagementId, notesDay);
    };

    return {
      room: { running: false, stoppedBecause: null },
      roomPanel: null,
      roomInbox: [],
      roomInboxEngagementId: null,
      watchRoom: () => api.on('room:changed', apply),
      openRoomPanel: (engagementId, sessionId = null) => set({ roomPanel: { engagementId, sessionId } }),
      closeRoomPanel: () => set({ roomPanel: null }),
      async loadRoomStatus() {
        apply(await api.invoke('room:status', {}));
      },
      roomInterfaces: () => api.invoke('room:interfaces', {}),
      async startRoom(engagementId, sessionId, address) {
        apply(await api.invoke('room:start', { engagementId, sessionId, address }));
      },
      async stopRoom() {
        apply(await api.invoke('room:stop', {}));
      },
      async setRoomPrompt(prompt) {
        apply(await api.invoke('room:set-prompt', { prompt }));
      },
      async openRoomVoting(findingIds) {
        apply(await api.invoke('room:open-voting', { findingIds }));
      },
      async loadRoomInbox(engagementId) {
        set({ roomInboxEngagementId: engagementId });
        const items = await api.invoke('room:inbox', { engagementId });
        if (get().roomInboxEngagementId === engagementId) set({ roomInbox: items });
      },
      async acceptRoomNote(id, text, visibility) {
        const note = await api.invoke('room:accept', { id, text, visibility });
        set((state) => ({ roomInbox: state.roomInbox.filter((item) => item.id !== id) }));
        const { notesEngagementId, notesDay } = get();
        if (notesEngagementId === note.engagementId && notesDay !== null) await get().loadNotes(note.engagementId, notesDay);
      },
      async discardRoomNote(id) {
        await api.invoke('room:discard', { id });
        set((state) => ({ roomInbox: state.roomInbox.filter((item) => item.id !== id) }));
      },
    };
  };
}
