import type { StateCreator } from 'zustand/vanilla';
import type { ExportProgress, ExportResult, ExportScope } from '../../shared/ipc/deliverables-contract';
import { DEFAULT_REPORT_OPTIONS, type ReportOptions } from '../../shared/report/report-inputs';
import type { Report } from '../../shared/report/report-schema';
import { errorMessage, type ApiClient } from '../lib/api-client';
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
  loadReportPreview(engagementId: string): Promise<void>;
  setReportOptions(engagementId: string, options: ReportOptions): Promise<void>;
  exportDeliverables(engagementId: string, scope: ExportScope): Promise<void>;
}

export function createDeliverablesSlice(api: ApiClient): StateCreator<AppState, [], [], DeliverablesSlice> {
  return (set, get) => ({
    reportOptions: DEFAULT_REPORT_OPTIONS,
    reportPreview: null,
    reportEngagementId: null,
    reportLoad: 'idle',
    reportError: null,
    exporting: false,
    exportProgress: null,
    exportOutcome: null,
    async loadReportPreview(engagementId) {
      if (get().reportEngagementId !== engagementId) set({ reportPreview: null, reportEngagementId: engagementId, exportOutcome: null });
      set({ reportLoad: 'loading', reportError: null });
      const options = get().reportOptions;
      try {
        const report = await api.invoke('deliverables:preview', { engagementId, options: { ...options, appendices: [...options.appendices] } });
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
    async exportDeliverables(engagementId, scope) {
      const options = get().reportOptions;
      set({ exporting: true, exportProgress: null, exportOutcome: null });
      const off = api.on('deliverables:progress', (payload) => set({ exportProgress: payload as ExportProgress }));
      try {
        const result: ExportResult = await api.invoke('deliverables:export', {
          engagementId,
          scope,
          options: { ...options, appendices: [...options.appendices] },
        });
        if (result.status === 'written') set({ exportOutcome: { kind: 'written', folderName: result.folderName, files: result.files } });
      } catch (error) {
        set({ exportOutcome: { kind: 'failed', message: errorMessage(error) } });
      } finally {
        off();
        set({ exporting: false, exportProgress: null });
      }
    },
  });
}
