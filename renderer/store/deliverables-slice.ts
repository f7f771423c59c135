import type { StateCreator } from 'zustand/vanilla';
import type { ExportProgress, ExportResult, ExportScope } from '../../shared/ipc/deliverables-contract';
import type { ReleaseCheck } from '../../shared/report/release-check-schema';
import { DEFAULT_REPORT_OPTIONS, type ReportOptions } from '../../shared/report/report-inputs';
import type { Report } from '../../shared/report/report-schema';
import { ApiError, errorMessage, type ApiClient } from '../lib/api-client';
import type { AppState } from './create-app-store';
import type { LoadState } from './engagements-slice';

export interface DeliverablesSlice {
  reportOptions: ReportOptions;
  /** The preview of one engagement at a time, built with the current options. */
  reportPreview: Report | null;
  reportEngagementId: string | null;
  reportLoad: LoadState;
  reportError: string | null;
  exporting: boolean;
  exportProgress: ExportProgress | null;
  /** The last export's outcome: file names written, or a message saying what went wrong. */
  exportOutcome: { kind: 'written'; folderName: string; files: string[] } | { kind: 'failed'; message: string } | null;
  /** The release check on screen before an export: what the client would receive, to confirm or cancel. */
  releaseReview: ReleaseReview | null;
  /** While the release check for an export is being prepared. */
  reviewing: boolean;
  loadReportPreview(engagementId: string): Promise<void>;
  setReportOptions(engagementId: string, options: ReportOptions): Promise<void>;
  /** Prepares the release check for an export and shows it; nothing is written until it is confirmed. */
  reviewExport(engagementId: string, scope: ExportScope): Promise<void>;
  /** Exports what the facilitator confirmed; if it changed meanwhile, shows the new list instead. */
  confirmExport(): Promise<void>;
  cancelExport(): void;
}

export interface ReleaseReview {
  engagementId: string;
  scope: ExportScope;
  /** The options the check was made with; the export uses the same. */
  options: ReportOptions;
  check: ReleaseCheck;
  /** True when this list replaced one that changed after the facilitator had looked at it. */
  changed: boolean;
}

const forIpc = (options: ReportOptions) => ({ ...options, appendices: [...options.appendices] });

export function createDeliverablesSlice(api: ApiClient): StateCreator<AppState, [], [], DeliverablesSlice> {
  return (set, get) => {
    const prepareReview = async (engagementId: string, scope: ExportScope, changed: boolean) => {
      const options = get().reportOptions;
      set({ reviewing: true, exportOutcome: null });
      try {
        const check = await api.invoke('deliverables:release-check', { engagementId, scope, options: forIpc(options) });
        set({ releaseReview: { engagementId, scope, options, check, changed } });
      } catch (error) {
        set({ exportOutcome: { kind: 'failed', message: errorMessage(error) } });
      } finally {
        set({ reviewing: false });
      }
    };
    return {
      reportOptions: DEFAULT_REPORT_OPTIONS,
      reportPreview: null,
      reportEngagementId: null,
      reportLoad: 'idle',
      reportError: null,
      exporting: false,
      exportProgress: null,
      exportOutcome: null,
      releaseReview: null,
      reviewing: false,
      async loadReportPreview(engagementId) {
        if (get().reportEngagementId !== engagementId) set({ reportPreview: null, reportEngagementId: engagementId, exportOutcome: null });
        set({ reportLoad: 'loading', reportError: null });
        const options = get().reportOptions;
        try {
          const report = await api.invoke('deliverables:preview', { engagementId, options: forIpc(options) });
          // A slower answer for older options must not overwrite a newer one.
          if (get().reportEngagementId === engagementId && get().reportOptions === options) set({ reportPreview: report, reportLoad: 'ready' });
        } catch (error) {
          set({ reportLoad: 'error', reportError: errorMessage(error) });
        }
      },
      async setReportOptions(engagementId, options) {
        set({ reportOptions: options });
        await get().loadReportPreview(engagementId);
      },
      reviewExport: (engagementId, scope) => prepareReview(engagementId, scope, false),
      async confirmExport() {
        const confirmed = get().releaseReview;
        if (!confirmed) return;
        const { engagementId, scope, options, check } = confirmed;
        set({ releaseReview: null, exporting: true, exportProgress: null, exportOutcome: null });
        const off = api.on('deliverables:progress', (exportProgress) => set({ exportProgress }));
        let changed = false;
        try {
          const result: ExportResult = await api.invoke('deliverables:export', {
            engagementId,
            scope,
            options: forIpc(options),
            releaseCheck: { confirmedDigest: check.digest },
          });
          if (result.status === 'written') set({ exportOutcome: { kind: 'written', folderName: result.folderName, files: result.files } });
        } catch (error) {
          changed = error instanceof ApiError && error.code === 'conflict';
          if (!changed) set({ exportOutcome: { kind: 'failed', message: errorMessage(error) } });
        } finally {
          off();
          set({ exporting: false, exportProgress: null });
        }
        if (changed) await prepareReview(engagementId, scope, true);
      },
      cancelExport() {
        set({ releaseReview: null });
      },
    };
  };
}
