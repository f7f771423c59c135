import type { StateCreator } from 'zustand/vanilla';
import type { Benchmark, FirmSettings, FirmStatus, LibraryFinding, PublicationState, SearchResult, SharedTemplate } from '../../shared/firm/firm-schemas';
import type { ChannelInput } from '../../shared/ipc/contract';
import type { ApiClient } from '../lib/api-client';
import type { AppState } from './create-app-store';

type Loaded<T> = { state: 'idle' } | { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string };

export interface FirmSlice {
  firmStatus: FirmStatus | null;
  firmBusy: boolean;
  /** The last refusal of a settings action (save, test, choose a CA file), in the main process's words. */
  firmError: string | null;
  publications: Record<string, PublicationState | null>;
  publishProgress: { engagementId: string; done: number; total: number } | null;
  benchmarks: Record<string, Loaded<Benchmark>>;
  librarySearch: Loaded<{ query: string } & SearchResult>;
  recurringFindings: Loaded<LibraryFinding[]>;
  sharedTemplates: Loaded<SharedTemplate[]>;
  loadFirmStatus(): Promise<void>;
  saveFirmSettings(settings: Omit<FirmSettings, 'caFile'>, password: string | null): Promise<boolean>;
  chooseFirmCaFile(): Promise<void>;
  forgetFirmPassword(): Promise<void>;
  testFirm(): Promise<void>;
  /** Finishes publishes waiting in the outbox, when the consultant turns to the library; says what it did. */
  retryOutbox(): Promise<void>;
  loadPublication(engagementId: string): Promise<void>;
  /** Publishes; resolves to the refusal's words, or null when it went through. */
  publish(choice: ChannelInput<'firm:publish'>): Promise<string | null>;
  loadBenchmark(engagementId: string): Promise<void>;
  searchLibrary(query: string): Promise<void>;
  loadRecurringFindings(filter: string): Promise<void>;
  loadSharedTemplates(): Promise<void>;
  /** Shares one of this laptop's templates; resolves to the refusal's words, or null. */
  shareTemplate(templateId: string): Promise<string | null>;
  /** Takes a copy of a shared template into this laptop's templates; resolves to what happened, in words. */
  useSharedTemplate(id: string): Promise<{ ok: boolean; message: string }>;
  /**
   * Adds a recurring finding to an engagement as a new finding of its own, facilitator-only until
   * the consultant decides the client may see it; resolves to the refusal's words, or null.
   */
  copyLibraryFinding(engagementId: string, finding: LibraryFinding): Promise<string | null>;
  /** The administrator's actions; each resolves to what happened, in words, and whether it worked. */
  adminMigrate(admin: { user: string; password: string }): Promise<{ ok: boolean; message: string }>;
  adminAddConsultant(admin: { user: string; password: string }, consultant: string, password: string): Promise<{ ok: boolean; message: string }>;
}

const AREAS = ['problem-fit', 'approach', 'production-requirements', 'path-to-ship'] as const;
const KINDS = ['risk', 'gap', 'strength', 'opportunity'] as const;
const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
const oneOf = <T extends string>(values: readonly T[], value: string, fallback: T): T => (values as readonly string[]).includes(value) ? (value as T) : fallback;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The firm library: its connection settings, publishing, benchmarks, search and recurring findings. */
export function createFirmSlice(api: ApiClient): StateCreator<AppState, [], [], FirmSlice> {
  return (set, get) => {
    /** Runs a settings action; its refusal is shown, and the status (last reached, last error) is read again either way. */
    async function settingsAction(action: () => Promise<FirmStatus>): Promise<boolean> {
      set({ firmBusy: true, firmError: null });
      try {
        set({ firmStatus: await action(), firmBusy: false });
        return true;
      } catch (error) {
        set({ firmError: message(error), firmBusy: false });
        await get().loadFirmStatus();
        return false;
      }
    }

    return {
      firmStatus: null,
      firmBusy: false,
      firmError: null,
      publications: {},
      publishProgress: null,
      benchmarks: {},
      librarySearch: { state: 'idle' },
      recurringFindings: { state: 'idle' },
      sharedTemplates: { state: 'idle' },
      async loadFirmStatus() {
        set({ firmStatus: await api.invoke('firm:status', {}) });
      },
      saveFirmSettings: (settings, password) => settingsAction(() => api.invoke('firm:save-settings', { settings, password })),
      chooseFirmCaFile: async () => void (await settingsAction(() => api.invoke('firm:choose-ca-file', {}))),
      forgetFirmPassword: async () => void (await settingsAction(() => api.invoke('firm:forget-password', {}))),
      async testFirm() {
        if (await settingsAction(() => api.invoke('firm:test', {}))) await get().retryOutbox();
      },
      async retryOutbox() {
        try {
          const { published, failed } = await api.invoke('firm:publish-pending', {});
          if (published > 0) get().notify({ tone: 'success', message: `${published} engagement${published === 1 ? '' : 's'} waiting on this laptop ${published === 1 ? 'was' : 'were'} published to the firm library.` });
          if (failed > 0) get().notify({ tone: 'error', message: `${failed} publish${failed === 1 ? '' : 'es'} still waiting on this laptop: the firm library could not take ${failed === 1 ? 'it' : 'them'} yet. They are tried again next time.` });
        } catch (error) {
          get().notify({ tone: 'error', message: message(error) });
        }
      },
      async loadPublication(engagementId) {
        const publication = await api.invoke('firm:publication', { engagementId });
        set({ publications: { ...get().publications, [engagementId]: publication } });
      },
      async publish(choice) {
        const off = api.on('firm:progress', (publishProgress) => set({ publishProgress }));
        set({ publishProgress: { engagementId: choice.engagementId, done: 0, total: 1 } });
        try {
          await api.invoke('firm:publish', choice);
          return null;
        } catch (error) {
          return message(error);
        } finally {
          off();
          set({ publishProgress: null });
          await get().loadPublication(choice.engagementId);
          await get().loadFirmStatus();
        }
      },
      async loadBenchmark(engagementId) {
        set({ benchmarks: { ...get().benchmarks, [engagementId]: { state: 'loading' } } });
        try {
          const value = await api.invoke('firm:benchmark', { engagementId });
          set({ benchmarks: { ...get().benchmarks, [engagementId]: { state: 'ready', value } } });
        } catch (error) {
          set({ benchmarks: { ...get().benchmarks, [engagementId]: { state: 'error', message: message(error) } } });
        }
      },
      async searchLibrary(query) {
        set({ librarySearch: { state: 'loading' } });
        try {
          set({ librarySearch: { state: 'ready', value: { query, ...(await api.invoke('firm:search', { query })) } } });
        } catch (error) {
          set({ librarySearch: { state: 'error', message: message(error) } });
        }
      },
      async loadRecurringFindings(filter) {
        set({ recurringFindings: { state: 'loading' } });
        try {
          set({ recurringFindings: { state: 'ready', value: await api.invoke('firm:recurring-findings', { filter }) } });
        } catch (error) {
          set({ recurringFindings: { state: 'error', message: message(error) } });
        }
      },
      async loadSharedTemplates() {
        set({ sharedTemplates: { state: 'loading' } });
        try {
          set({ sharedTemplates: { state: 'ready', value: await api.invoke('firm:shared-templates', {}) } });
        } catch (error) {
          set({ sharedTemplates: { state: 'error', message: message(error) } });
        }
      },
      async shareTemplate(templateId) {
        try {
          set({ sharedTemplates: { state: 'ready', value: await api.invoke('firm:share-template', { templateId }) } });
          return null;
        } catch (error) {
          return message(error);
        }
      },
      async useSharedTemplate(id) {
        try {
          const template = await api.invoke('firm:use-shared-template', { id });
          await get().loadTemplates();
          return { ok: true, message: `“${template.name}” is now one of your agenda templates: choose it when you start an engagement.` };
        } catch (error) {
          return { ok: false, message: message(error) };
        }
      },
      async adminMigrate(admin) {
        try {
          const { from, to } = await api.invoke('firm:admin-migrate', { admin });
          return { ok: true, message: from === to ? `The library is already at schema ${to}; nothing to do.` : `The library was brought from schema ${from} to ${to}.` };
        } catch (error) {
          return { ok: false, message: message(error) };
        }
      },
      async adminAddConsultant(admin, consultant, password) {
        try {
          await api.invoke('firm:admin-add-consultant', { admin, consultant, password });
          return { ok: true, message: `${consultant} can now connect to the firm library with that password.` };
        } catch (error) {
          return { ok: false, message: message(error) };
        }
      },
      async copyLibraryFinding(engagementId, finding) {
        try {
          await api.invoke('findings:create', {
            engagementId,
            title: finding.title.slice(0, 300),
            body: finding.body.slice(0, 20_000),
            recommendation: finding.recommendation.slice(0, 5000),
            area: oneOf(AREAS, finding.area, 'problem-fit'),
            kind: oneOf(KINDS, finding.kind, 'risk'),
            severity: oneOf(SEVERITIES, finding.severity, 'medium'),
            day: 1,
            visibility: 'facilitator',
          });
          return null;
        } catch (error) {
          return message(error);
        }
      },
    };
  };
}
