import type { StateCreator } from 'zustand/vanilla';
import type { ArchivePreview, ArchiveProgress, ExportResult, MergeReport } from '../../shared/domain/archive';
import type { ApiClient } from '../lib/api-client';
import type { AppState } from './create-app-store';

export interface ArchiveSlice {
  /** The archive waiting for the facilitator's confirmation, from the file dialog or a double-click. */
  archivePreview: ArchivePreview | null;
  /** What the last import did, shown until dismissed. */
  archiveReport: MergeReport | null;
  archiveImporting: boolean;
  archiveError: string | null;
  /** How far the archive being exported, read or imported has come; null while none is. */
  archiveProgress: ArchiveProgress | null;
  exportArchive(engagementId: string): Promise<ExportResult>;
  /** Asks main for a file to open; resolves false when the user cancelled. */
  chooseArchive(): Promise<boolean>;
  showArchivePreview(preview: ArchivePreview): void;
  importArchive(): Promise<void>;
  closeArchive(): void;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Engagement archives: export to a file main picks, preview a file before importing, the merge report. */
export function createArchiveSlice(api: ApiClient): StateCreator<AppState, [], [], ArchiveSlice> {
  return (set, get) => {
    /** Runs one archive request with its progress shown; a large archive takes a while either way. */
    async function withProgress<T>(request: () => Promise<T>): Promise<T> {
      const off = api.on('archive:progress', (archiveProgress) => set({ archiveProgress }));
      try {
        return await request();
      } finally {
        off();
        set({ archiveProgress: null });
      }
    }

    return {
      archivePreview: null,
      archiveReport: null,
      archiveImporting: false,
      archiveError: null,
      archiveProgress: null,
      exportArchive: (engagementId) => withProgress(() => api.invoke('archive:export', { engagementId })),
      async chooseArchive() {
        const preview = await withProgress(() => api.invoke('archive:inspect', {}));
        if (preview) get().showArchivePreview(preview);
        return preview !== null;
      },
      showArchivePreview: (preview) => set({ archivePreview: preview, archiveReport: null, archiveError: null, archiveImporting: false }),
      async importArchive() {
        const preview = get().archivePreview;
        if (!preview || get().archiveImporting) return;
        set({ archiveImporting: true, archiveError: null });
        try {
          const report = await withProgress(() => api.invoke('archive:import', { token: preview.token }));
          set({ archiveReport: report, archiveImporting: false });
          await get().loadEngagements();
        } catch (error) {
          set({ archiveError: message(error), archiveImporting: false });
        }
      },
      closeArchive: () => set({ archivePreview: null, archiveReport: null, archiveError: null, archiveImporting: false }),
    };
  };
}
