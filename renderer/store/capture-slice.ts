import type { StateCreator } from 'zustand/vanilla';
import type { CaptureDraft, Note, NoteSearchHit } from '../../shared/domain/note';
import type { ChannelInput } from '../../shared/ipc/contract';
import type { ApiClient } from '../lib/api-client';
import type { AppState } from './create-app-store';
import { createEngagementScope } from './engagement-scope';

/** A note the user pressed Enter on whose commit has not been confirmed yet. */
export interface PendingNote {
  key: number;
  text: string;
}

export interface CaptureSlice {
  /**
   * The notes of one day of the open engagement, as last read from or written to the database.
   * Only a day is held: an engagement can have thousands of notes and the timeline shows one day.
   */
  notesEngagementId: string | null;
  /** The day `notes` holds; null until a day has been read. */
  notesDay: number | null;
  notes: Note[];
  /** Bumped whenever a note of the open engagement is written, on any day (search reads this to refresh). */
  notesRevision: number;
  pendingNotes: PendingNote[];
  /** Every tag used in the open engagement, on any day. */
  knownTags: string[];
  /** Bumped to ask the capture box (or the search field) to take focus, from any screen. */
  captureFocusTick: number;
  searchFocusTick: number;
  requestCaptureFocus(): void;
  /** The day the capture box files notes under, as it last said; the timeline follows it unless pinned. */
  captureDay: { engagementId: string; day: number } | null;
  setCaptureDay(engagementId: string, day: number): void;
  /** A day chosen on the timeline, for the capture box to take (bumped tick, so the same day can be asked again). */
  captureDayRequest: { day: number; tick: number } | null;
  requestCaptureDay(day: number): void;
  requestSearchFocus(): void;
  /** Reads one day's notes; an answer overtaken by a later request is dropped. */
  loadNotes(engagementId: string, day: number): Promise<void>;
  /** One note as stored now, wherever its day is: what a link to a note needs to open the right day. */
  getNote(id: string): Promise<Note>;
  /** Resolves with the committed note; rejects (and keeps nothing) when the save failed. */
  saveNote(input: ChannelInput<'notes:create'>): Promise<Note>;
  updateNote(input: ChannelInput<'notes:update'>): Promise<Note>;
  deleteNote(id: string): Promise<Note>;
  restoreNote(id: string): Promise<Note>;
  searchNotes(engagementId: string, query: string): Promise<NoteSearchHit[]>;
  loadDraft(engagementId: string): Promise<CaptureDraft | null>;
  saveDraft(engagementId: string, draft: CaptureDraft): Promise<void>;
  /**
   * The capture box registers how to write what it holds but has not saved yet (its draft waits
   * for a pause in typing); returns the function that unregisters it.
   */
  registerDraftFlush(flush: () => Promise<void>): () => void;
  /** Writes every unsaved draft now, as quitting asks; resolves once each write has settled. */
  flushDrafts(): Promise<void>;
}

let pendingKey = 1;

/** Captured notes. Saves are queued so notes commit in the order they were typed. */
export function createCaptureSlice(api: ApiClient): StateCreator<AppState, [], [], CaptureSlice> {
  let queue: Promise<unknown> = Promise.resolve();
  const draftFlushes = new Set<() => Promise<void>>();

  return (set) => {
    const scope = createEngagementScope();
    // A note written on another day than the one held (or moved away from it) leaves the list.
    const upsert = (note: Note) =>
      set((state) => {
        if (!scope.holds(note.engagementId)) return {};
        const others = state.notes.filter((n) => n.id !== note.id);
        const shown = !note.deletedAt && note.day === state.notesDay;
        return { notes: shown ? [...others, note].sort(byCapture) : others, notesRevision: state.notesRevision + 1 };
      });

    return {
      notesEngagementId: null,
      notesDay: null,
      notes: [],
      notesRevision: 0,
      pendingNotes: [],
      knownTags: [],
      captureFocusTick: 0,
      searchFocusTick: 0,
      requestCaptureFocus: () => set((state) => ({ captureFocusTick: state.captureFocusTick + 1 })),
      captureDay: null,
      setCaptureDay: (engagementId, day) => set({ captureDay: { engagementId, day } }),
      captureDayRequest: null,
      requestCaptureDay: (day) => set((state) => ({ captureDayRequest: { day, tick: (state.captureDayRequest?.tick ?? 0) + 1 } })),
      requestSearchFocus: () => set((state) => ({ searchFocusTick: state.searchFocusTick + 1 })),
      async loadNotes(engagementId, day) {
        const { switched, isLatest } = scope.begin(engagementId);
        if (switched) set({ notesEngagementId: engagementId, notesDay: null, notes: [], pendingNotes: [], knownTags: [] });
        // `notes` and `notesDay` change together when the answer arrives: the list always is the whole of its day.
        const [notes, knownTags] = await Promise.all([api.invoke('notes:list', { engagementId, day }), api.invoke('notes:tags', { engagementId })]);
        if (isLatest()) set({ notesDay: day, notes, knownTags });
      },
      getNote: (id) => api.invoke('notes:get', { id }),
      saveNote(input) {
        const pending: PendingNote = { key: pendingKey++, text: input.text };
        set((state) => ({ pendingNotes: [...state.pendingNotes, pending] }));
        const run = queue.then(() => api.invoke('notes:create', input));
        queue = run.catch(() => undefined);
        return run.then(
          (note) => {
            set((state) => ({
              pendingNotes: state.pendingNotes.filter((p) => p.key !== pending.key),
              knownTags: [...new Set([...state.knownTags, ...note.tags])].sort(),
            }));
            upsert(note);
            return note;
          },
          (error: unknown) => {
            set((state) => ({ pendingNotes: state.pendingNotes.filter((p) => p.key !== pending.key) }));
            throw error;
          },
        );
      },
      async updateNote(input) {
        const note = await api.invoke('notes:update', input);
        upsert(note);
        return note;
      },
      async deleteNote(id) {
        const note = await api.invoke('notes:delete', { id });
        upsert(note);
        return note;
      },
      async restoreNote(id) {
        const note = await api.invoke('notes:restore', { id });
        upsert(note);
        return note;
      },
      searchNotes: (engagementId, query) => api.invoke('notes:search', { engagementId, query, limit: 50 }),
      loadDraft: (engagementId) => api.invoke('drafts:get', { engagementId }),
      async saveDraft(engagementId, draft) {
        await api.invoke('drafts:save', { engagementId, draft });
      },
      registerDraftFlush(flush) {
        draftFlushes.add(flush);
        return () => draftFlushes.delete(flush);
      },
      async flushDrafts() {
        await Promise.allSettled([...draftFlushes].map((flush) => flush()));
      },
    };
  };
}

function byCapture(a: Note, b: Note): number {
  return a.day - b.day || a.capturedAt.localeCompare(b.capturedAt) || a.ref.localeCompare(b.ref);
}
