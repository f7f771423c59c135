import path from 'node:path';
import type { ArchiveRow } from '../../../shared/archive/archive-tables';
import type { Benchmark, FirmSettings, FirmStatus, LibraryFinding, PublicationState, PublishChoice, SearchResult, SharedTemplate } from '../../../shared/firm/firm-schemas';
import { summarisePilot } from '../../../shared/firm/pilot-summary';
import { AppError } from '../../../shared/ipc/result';
import type { FirmLocalRepository, PublicationRow } from '../db/repositories/firm-local-repository';
import type { TemplatesRepository } from '../db/repositories/templates-repository';
import { TemplateDaySchema, type AgendaTemplateSummary } from '../../../shared/domain/agenda-template-schema';
import { MAX_DAYS } from '../../../shared/domain/limits';
import { listSharedTemplates, shareTemplate, sharedTemplateDays } from './shared-templates';
import { cachedBenchmark } from './benchmark-cache';
import { queryBenchmark } from './benchmarks-query';
import { explainFirmError } from './firm-errors';
import { createFirmPool, withFirmClient, type FirmClient, type FirmPool } from './firm-connection';
import { recurringFindings } from './findings-library';
import { searchLibrary } from './library-search';
import { engagementRows, fingerprint, publishEngagement, type PublishProgress } from './publisher';
import { FIRM_PASSWORD_SECRET, type SecretStore } from './secret-store';
import { checkServerSchema, createConsultantRole, migrateServer } from './server-schema-version';

/** What main provides around the service: the CA file dialog and the window for progress. */
export interface FirmHost {
  chooseCaFile(): Promise<string | null>;
  onPublishProgress(progress: PublishProgress & { engagementId: string }): void;
}

export interface FirmServiceDeps {
  local: FirmLocalRepository;
  secrets: SecretStore;
  /** The engagement's rows of one archived table, as export reads them. */
  rows(table: string, engagementId: string): ArchiveRow[];
  engagementExists(engagementId: string): boolean;
  /** This laptop's own agenda templates, which can be shared with the firm and taken from it. */
  templates: TemplatesRepository;
  newId(): string;
  deviceId: string;
  now(): Date;
  host: FirmHost;
}

const SUMMARY_TABLES = ['engagements', 'cost_scenarios', 'assessment_criterion_scores', 'assessment_ml_test_scores', 'path_recommendations'];

const NOT_SET_UP = 'The firm library is not set up on this laptop. Enter its server in Settings → Firm library.';

function choiceOf(row: PublicationRow): PublishChoice {
  return {
    engagementId: row.engagement_id,
    pilotKind: row.pilot_kind,
    restricted: row.restricted === 1,
    allowedConsultants: JSON.parse(row.allowed_consultants) as string[],
    shipped: row.shipped === null ? null : row.shipped === 1,
  };
}

/**
 * The firm library as the app uses it: every call connects as the consultant's own role, checks
 * the library's schema, does its work and closes. A failure is told in the user's words, recorded
 * as the last error (never with the password) and changes nothing on this laptop but the outbox.
 */
export function createFirmService(deps: FirmServiceDeps) {
  const { local, secrets } = deps;
  const stamp = () => deps.now().toISOString();

  let pooled: { key: string; pool: FirmPool } | null = null;
  /** The pool for these settings and password; a change of either closes the old one. */
  function poolFor(settings: FirmSettings, password: string | null): FirmPool {
    const key = JSON.stringify([settings.host, settings.port, settings.database, settings.user, settings.tls, settings.caFile, password]);
    if (pooled?.key !== key) {
      closePool();
      pooled = { key, pool: createFirmPool(settings, password) };
    }
    return pooled.pool;
  }
  /** After a failure no kept connection is trusted: the server may have restarted or moved. */
  function closePool(): void {
    // Closing connections the server already dropped can fail; they are gone either way.
    pooled?.pool.end().catch(() => undefined);
    pooled = null;
  }

  async function withLibrary<T>(work: (client: FirmClient) => Promise<T>): Promise<T> {
    const settings = local.settings();
    if (!settings) throw new AppError('firm_unavailable', NOT_SET_UP);
    const password = secrets.get(FIRM_PASSWORD_SECRET);
    try {
      const result = await poolFor(settings, password).run(async (client) => {
        await checkServerSchema(client);
        return work(client);
      });
      local.markReached(stamp());
      return result;
    } catch (error) {
      closePool();
      const explained = explainFirmError(error, settings, password);
      local.markFailed(explained.message);
      throw explained;
    }
  }

  async function withAdmin<T>(admin: { user: string; password: string }, work: (client: FirmClient) => Promise<T>): Promise<T> {
    const settings = local.settings();
    if (!settings) throw new AppError('firm_unavailable', NOT_SET_UP);
    const asAdmin = { ...settings, user: admin.user };
    try {
      return await withFirmClient(asAdmin, admin.password, work);
    } catch (error) {
      throw explainFirmError(error, asAdmin, admin.password);
    }
  }

  const rowsOf = (engagementId: string) => engagementRows((table) => deps.rows(table, engagementId));
  /** Only the tables a pilot's numbers come from: a benchmark need not read thousands of notes. */
  const summaryOf = (engagementId: string) =>
    summarisePilot(engagementRows((table) => (SUMMARY_TABLES.includes(table) ? deps.rows(table, engagementId) : [])).live);

  function requirePublication(engagementId: string): PublicationRow {
    const row = local.publication(engagementId);
    if (!row) throw new AppError('not_found', 'This engagement has not been published to the firm library. Publish it first (Deliverables → Publish to the firm library).');
    return row;
  }

  /** Publishes what the outbox asks for; the outbox entry is cleared only once the server committed it. */
  async function runPublish(row: PublicationRow): Promise<void> {
    const choice = choiceOf(row);
    if (!deps.engagementExists(choice.engagementId)) {
      local.dropPublication(choice.engagementId);
      return;
    }
    const rows = rowsOf(choice.engagementId);
    try {
      await withLibrary((client) => publishEngagement(client, rows, choice, (p) => deps.host.onPublishProgress({ ...p, engagementId: choice.engagementId })));
    } catch (error) {
      local.markPublishFailed(choice.engagementId, (error as Error).message);
      throw error;
    }
    local.markPublished(choice.engagementId, row.requested_at, stamp(), fingerprint(rows, choice));
  }

  function publicationState(engagementId: string): PublicationState | null {
    const row = local.publication(engagementId);
    if (!row) return null;
    const choice = choiceOf(row);
    return {
      engagementId,
      pilotKind: choice.pilotKind,
      restricted: choice.restricted,
      allowedConsultants: choice.allowedConsultants,
      shipped: choice.shipped,
      pending: row.pending === 1,
      publishedAt: row.published_at,
      changedSincePublish: row.published_fingerprint !== null && row.published_fingerprint !== fingerprint(rowsOf(engagementId), choice),
      lastError: row.last_error,
    };
  }

  return {
    /** Closes the connections kept open, as the app closes its data. */
    close: closePool,

    status(): FirmStatus {
      const settings = local.settings();
      return {
        settings: settings && { host: settings.host, port: settings.port, database: settings.database, user: settings.user, tls: settings.tls, caFile: settings.caFile },
        hasPassword: secrets.get(FIRM_PASSWORD_SECRET) !== null,
        caFileName: settings?.caFile ? path.basename(settings.caFile) : null,
        lastReachedAt: settings?.lastReachedAt ?? null,
        lastError: settings?.lastError ?? null,
      };
    },

    /** Saves where the library is; a password given replaces the kept one, none leaves it as it was. */
    saveSettings(settings: Omit<FirmSettings, 'caFile'>, password: string | null): FirmStatus {
      const current = local.settings();
      local.saveSettings({ ...settings, caFile: current?.caFile ?? null });
      if (password !== null) secrets.set(FIRM_PASSWORD_SECRET, password);
      return this.status();
    },

    async chooseCaFile(): Promise<FirmStatus> {
      const current = local.settings();
      if (!current) throw new AppError('firm_unavailable', NOT_SET_UP);
      const file = await deps.host.chooseCaFile();
      if (file !== null) local.saveSettings({ ...current, caFile: file });
      return this.status();
    },

    forgetPassword(): FirmStatus {
      secrets.delete(FIRM_PASSWORD_SECRET);
      return this.status();
    },

    /** Connects and checks the library's schema: what Settings → Firm library's "Test connection" does. */
    async test(): Promise<FirmStatus> {
      await withLibrary(async () => undefined);
      return this.status();
    },

    /** Puts the engagement in the outbox with the consultant's choices, then publishes it. */
    async publish(choice: PublishChoice): Promise<PublicationState> {
      if (!deps.engagementExists(choice.engagementId)) throw new AppError('not_found', 'This engagement no longer exists on this laptop.');
      local.requestPublish({
        engagement_id: choice.engagementId,
        pilot_kind: choice.pilotKind,
        restricted: choice.restricted ? 1 : 0,
        allowed_consultants: JSON.stringify([...new Set(choice.allowedConsultants)]),
        shipped: choice.shipped === null ? null : choice.shipped ? 1 : 0,
        requested_at: stamp(),
      });
      await runPublish(local.publication(choice.engagementId)!);
      return publicationState(choice.engagementId)!;
    },

    /** Finishes every publish still in the outbox (after the laptop is back on the firm's network). */
    async publishPending(): Promise<{ published: number; failed: number }> {
      let published = 0;
      let failed = 0;
      for (const row of local.pending()) {
        try {
          await runPublish(row);
          published += 1;
        } catch (error) {
          // Recorded on the entry (markPublishFailed), which stays in the outbox for the next try.
          if (!(error instanceof AppError)) throw error;
          failed += 1;
        }
      }
      return { published, failed };
    },

    publication: publicationState,

    /** The pilot against past audits of its kind: from the server when it answers, else the last one cached. */
    async benchmark(engagementId: string): Promise<Benchmark> {
      const kind = requirePublication(engagementId).pilot_kind;
      const summary = summaryOf(engagementId);
      try {
        const computed = await withLibrary((client) => queryBenchmark(client, engagementId, kind, summary));
        const benchmark: Benchmark = { ...computed, fetchedAt: stamp(), fromCache: false };
        local.saveBenchmark(engagementId, JSON.stringify(benchmark), benchmark.fetchedAt);
        return benchmark;
      } catch (error) {
        const cached = cachedBenchmark(local, engagementId);
        if (!cached || !(error instanceof AppError) || error.code !== 'firm_unavailable') throw error;
        return cached;
      }
    },

    /**
     * The administrator's part, on the server in Settings with the administrator's own role (its
     * password is used for this once, never kept): bring the library's schema up to this app's.
     */
    async adminMigrate(admin: { user: string; password: string }): Promise<{ from: number; to: number }> {
      return withAdmin(admin, (client) => migrateServer(client));
    },

    /** The administrator adds a consultant: a login role in the firm's group. */
    async adminAddConsultant(admin: { user: string; password: string }, consultant: { name: string; password: string }): Promise<void> {
      await withAdmin(admin, (client) => createConsultantRole(client, consultant.name, consultant.password));
    },

    /** Shares one of this laptop's agenda templates with the firm (again: updates it). */
    async shareTemplate(templateId: string): Promise<SharedTemplate[]> {
      const template = deps.templates.get(templateId);
      if (!template) throw new AppError('not_found', 'Only your own saved agenda templates can be shared; the built-in week is everyone’s already.');
      return withLibrary(async (client) => {
        await shareTemplate(client, template);
        return listSharedTemplates(client);
      });
    },

    sharedTemplates: (): Promise<SharedTemplate[]> => withLibrary((client) => listSharedTemplates(client)),

    /** Copies a shared template into this laptop's templates, under a name not yet taken here. */
    async useSharedTemplate(id: string): Promise<AgendaTemplateSummary> {
      const shared = await withLibrary((client) => sharedTemplateDays(client, id));
      if (!shared) throw new AppError('not_found', 'That template is no longer shared in the firm library.');
      const days = TemplateDaySchema.array().min(1).max(MAX_DAYS).safeParse(shared.days);
      if (!days.success) throw new AppError('invalid_input', `The shared template “${shared.name}” is not one this version of the app can use.`);
      let name = shared.name;
      for (let n = 2; deps.templates.findByName(name); n++) name = `${shared.name} (${n})`;
      const at = stamp();
      const stored = { id: deps.newId(), name, description: shared.description, days: days.data, createdAt: at, updatedAt: at, deviceId: deps.deviceId };
      deps.templates.insert(stored);
      return { id: stored.id, name, description: stored.description, builtIn: false, dayCount: stored.days.length, sessionCount: stored.days.reduce((sum, d) => sum + d.sessions.length, 0) };
    },

    search: (query: string): Promise<SearchResult> => withLibrary((client) => searchLibrary(client, query)),

    recurringFindings: (filter: string): Promise<LibraryFinding[]> => withLibrary((client) => recurringFindings(client, filter)),
  };
}

export type FirmService = ReturnType<typeof createFirmService>;
