import type { StateCreator } from 'zustand/vanilla';
import type { AuditArea } from '../../shared/domain/audit-areas';
import { cellKey, parseCellKey, type Finding, type FindingMove, type FindingPlacement } from '../../shared/domain/finding';
import { planMove } from '../../shared/domain/ordering';
import type { PresenterData } from '../../shared/board/presenter-data';
import type { NoteSearchHit } from '../../shared/domain/note';
import type { ChannelInput } from '../../shared/ipc/contract';
import type { ApiClient } from '../lib/api-client';
import type { AppState } from './create-app-store';

export interface BoardSlice {
  /** Which engagement `findings` belongs to. */
  boardEngagementId: string | null;
  findings: Finding[];
  boardLoaded: boolean;
  loadBoard(engagementId: string): Promise<void>;
  createFinding(input: ChannelInput<'findings:create'>): Promise<Finding>;
  updateFinding(input: ChannelInput<'findings:update'>): Promise<Finding>;
  /** Moves at once on screen, then in the database; a refused move is put back and rethrown. */
  moveFinding(id: string, toArea: AuditArea, toDay: number, toIndex: number): Promise<void>;
  sortCellByVotes(engagementId: string, area: AuditArea, day: number): Promise<void>;
  deleteFinding(id: string): Promise<Finding>;
  restoreFinding(id: string): Promise<void>;
  /** Turns a note into a finding in one step; the capture screen calls this too. */
  promoteNote(noteId: string, area?: AuditArea | null): Promise<Finding>;
  linkNote(findingId: string, noteId: string): Promise<Finding>;
  unlinkNote(findingId: string, noteId: string): Promise<Finding>;
  /** The findings citing a note, so the capture screen can ask before deleting it. */
  findingsForNote(noteId: string): Promise<{ id: string; title: string }[]>;
  findingHistory(id: string): Promise<FindingMove[]>;
  /** Notes to promote or link: those matching the words, or the latest when there are none. */
  pickNotes(engagementId: string, query: string): Promise<NoteSearchHit[]>;
  /** The engagement whose board is on the projector; it ends when the route leaves that board. */
  presentingEngagementId: string | null;
  /** Opens the engagement's board in presenter mode, from any screen (View → Presenter Mode). */
  present(engagementId: string): void;
  stopPresenting(): void;
  /** The projector's day readouts and closing, read once when presenting starts. */
  presenterData(engagementId: string): Promise<PresenterData>;
}

/**
 * The findings with the placements applied. A finding already where its placement says stays the
 * same object, and the same array comes back when none moved, so a move's echo from the database
 * draws nothing again.
 */
function applyPlacements(findings: Finding[], placements: readonly FindingPlacement[]): Finding[] {
  if (placements.length === 0) return findings;
  const byId = new Map(placements.map((p) => [p.id, p]));
  let changed = false;
  const next = findings.map((f) => {
    const p = byId.get(f.id);
    if (!p || (p.area === f.area && p.day === f.day && p.position === f.position)) return f;
    changed = true;
    return { ...f, area: p.area, day: p.day, position: p.position };
  });
  return changed ? next : findings;
}

/** The findings board of the open engagement. */
export function createBoardSlice(api: ApiClient): StateCreator<AppState, [], [], BoardSlice> {
  return (set, get, store) => {
    // Whatever moves the route off the presented board (a shortcut, Back, a link) ends presenting,
    // so coming back to the board later shows the board, not the projector.
    store.subscribe((state) => {
      const id = state.presentingEngagementId;
      if (id === null) return;
      const { route } = state;
      if (route.name !== 'workspace' || route.engagementId !== id || route.section !== 'board') set({ presentingEngagementId: null });
    });
    const mine = (engagementId: string) => get().boardEngagementId === engagementId;
    const upsert = (finding: Finding) => {
      if (!mine(finding.engagementId)) return;
      set((state) => {
        const others = state.findings.filter((f) => f.id !== finding.id);
        return { findings: finding.deletedAt ? others : [...others, finding] };
      });
    };
    /** Saves and then reloads, for changes that renumber a cell (new cell, deletion, undo). */
    const saveAndReload = async (finding: Finding) => {
      upsert(finding);
      if (mine(finding.engagementId)) await get().loadBoard(finding.engagementId);
      return finding;
    };

    return {
      boardEngagementId: null,
      findings: [],
      boardLoaded: false,
      async loadBoard(engagementId) {
        if (!mine(engagementId)) set({ boardEngagementId: engagementId, findings: [], boardLoaded: false });
        const findings = await api.invoke('findings:list', { engagementId });
        if (mine(engagementId)) set({ findings, boardLoaded: true });
      },
      async createFinding(input) {
        const finding = await api.invoke('findings:create', input);
        upsert(finding);
        return finding;
      },
      async updateFinding(input) {
        const before = get().findings.find((f) => f.id === input.id);
        const finding = await api.invoke('findings:update', input);
        return before && (before.area !== finding.area || before.day !== finding.day) ? saveAndReload(finding) : (upsert(finding), finding);
      },
      async moveFinding(id, toArea, toDay, toIndex) {
        const previous = get().findings;
        const moving = previous.find((f) => f.id === id);
        // Not on this board any more: the core answers in words why it cannot move.
        if (moving) {
          // Only the two cells the card leaves and enters are renumbered, so only they are planned.
          const touched = new Set([cellKey(moving.area, moving.day), cellKey(toArea, toDay)]);
          const planned = planMove(
            previous.flatMap((f) => {
              const group = cellKey(f.area, f.day);
              return touched.has(group) ? [{ id: f.id, group, position: f.position }] : [];
            }),
            id,
            cellKey(toArea, toDay),
            toIndex,
          ).map((p) => ({ id: p.id, ...parseCellKey(p.group), position: p.position }));
          set({ findings: applyPlacements(previous, planned) });
        }
        try {
          const placements = await api.invoke('findings:move', { id, toArea, toDay, toIndex });
          set((state) => ({ findings: applyPlacements(state.findings, placements) }));
        } catch (error) {
          set({ findings: previous });
          throw error;
        }
      },
      async sortCellByVotes(engagementId, area, day) {
        const placements = await api.invoke('findings:sort-cell', { engagementId, area, day });
        set((state) => ({ findings: applyPlacements(state.findings, placements) }));
      },
      async deleteFinding(id) {
        const deleted = await api.invoke('findings:delete', { id });
        await saveAndReload(deleted);
        return deleted;
      },
      async restoreFinding(id) {
        await saveAndReload(await api.invoke('findings:restore', { id }));
      },
      async promoteNote(noteId, area = null) {
        const finding = await api.invoke('findings:promote-note', { noteId, area });
        upsert(finding);
        return finding;
      },
      async linkNote(findingId, noteId) {
        const finding = await api.invoke('findings:link-note', { findingId, noteId });
        upsert(finding);
        return finding;
      },
      async unlinkNote(findingId, noteId) {
        const finding = await api.invoke('findings:unlink-note', { findingId, noteId });
        upsert(finding);
        return finding;
      },
      findingsForNote: (noteId) => api.invoke('findings:for-note', { noteId }),
      findingHistory: (id) => api.invoke('findings:history', { id }),
      presenterData: (engagementId) => api.invoke('deliverables:presenter', { engagementId }),
      async pickNotes(engagementId, query) {
        if (query.trim() !== '') return api.invoke('notes:search', { engagementId, query, limit: 30 });
        const notes = await api.invoke('notes:latest', { engagementId, limit: 30 });
        return notes.map((note) => ({ note, highlighted: note.text }));
      },
      presentingEngagementId: null,
      present(engagementId) {
        get().navigate({ name: 'workspace', engagementId, section: 'board' });
        set({ presentingEngagementId: engagementId });
      },
      stopPresenting: () => set({ presentingEngagementId: null }),
    };
  };
}
