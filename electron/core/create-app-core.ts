import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { backupsContract } from '../../shared/ipc/backups-contract';
import type { Handlers } from '../../shared/ipc/contract';
import type { recoveryContract } from '../../shared/ipc/recovery-contract';
import { createArchiveService, type ArchiveHost, type ArchiveService } from './archive/archive-service';
import type { BackgroundRunner } from './background/background-runner';
import { openDatabase, type OpenDatabaseOptions } from './db/connection';
import { LATEST_SCHEMA_VERSION } from './db/migrations';
import { createAssessmentRepository, createEvidenceRepository } from './db/repositories/assessment-repository';
import { createCostScenariosRepository } from './db/repositories/cost-scenarios-repository';
import { createEngagementsRepository } from './db/repositories/engagements-repository';
import { createFindingsRepository } from './db/repositories/findings-repository';
import { createNoteSearchRepository } from './db/repositories/note-search-repository';
import { createDraftsRepository, createNotesRepository } from './db/repositories/notes-repository';
import { createParticipantsRepository } from './db/repositories/participants-repository';
import { createActionItemsRepository } from './db/repositories/action-items-repository';
import { createAttendanceRepository } from './db/repositories/attendance-repository';
import { createPathToShipRepository } from './db/repositories/path-to-ship-repository';
import { createSessionsRepository } from './db/repositories/sessions-repository';
import { createTemplatesRepository } from './db/repositories/templates-repository';
import { createMetaRepository } from './db/repositories/meta-repository';
import { createAppHandlers } from './handlers/app-handlers';
import { createArchiveHandlers } from './handlers/archive-handlers';
import { createRequestGate } from './handlers/request-gate';
import { createAgendaHandlers } from './handlers/agenda-handlers';
import { createAssessmentHandlers } from './handlers/assessment-handlers';
import { createEngagementsHandlers } from './handlers/engagements-handlers';
import { createFindingsHandlers } from './handlers/findings-handlers';
import { createNotesHandlers } from './handlers/notes-handlers';
import { createParticipantsHandlers } from './handlers/participants-handlers';
import { createActionItemsHandlers } from './handlers/action-items-handlers';
import { createPathToShipHandlers } from './handlers/path-to-ship-handlers';
import { createAgendaService } from './services/agenda-service';
import { createAssessmentService } from './services/assessment-service';
import { createCostHandlers } from './handlers/cost-handlers';
import { createCostScenariosService } from './services/cost-scenarios-service';
import { createDeliverablesHandlers } from './handlers/deliverables-handlers';
import { createReleasesRepository } from './db/repositories/releases-repository';
import { createReportNotesRepository } from './db/repositories/report-notes-repository';
import { createVisibilityHistoryRepository } from './db/repositories/visibility-history-repository';
import { createDeliverablesService, type DeliverablesHost } from './services/deliverables-service';
import { createEngagementsService } from './services/engagements-service';
import { createFindingsService } from './services/findings-service';
import { createNotesService } from './services/notes-service';
import { createParticipantsService } from './services/participants-service';
import { createActionItemsService } from './services/action-items-service';
import { createAttendanceService } from './services/attendance-service';
import { createPathToShipService } from './services/path-to-ship-service';
import type { ServiceContext } from './services/service-context';
import { createVisibilityRecorder } from './services/visibility-history';
import { SAMPLE_CONTENT } from '../../shared/sample/sample-content';
import { buildSampleArchive } from './sample/build-sample-archive';
import { createSampleService } from './sample/sample-service';
import { createSampleHandlers } from './handlers/sample-handlers';
import { createRoomHandlers, followInRoom } from './handlers/room-handlers';
import { createRoomRepository } from './db/repositories/room-repository';
import { createRoomService, type RoomHost, type RoomService } from './room/room-service';
import { createFirmHandlers } from './handlers/firm-handlers';
import { createFirmService, type FirmHost } from './firm/firm-service';
import { createMemorySecretStore, type SecretStore } from './firm/secret-store';
import { createFirmLocalRepository } from './db/repositories/firm-local-repository';
import { cachedBenchmark } from './firm/benchmark-cache';
import { createArchiveRepository } from './db/repositories/archive-repository';
import { firmContract } from '../../shared/ipc/firm-contract';

export interface AppCoreOptions extends OpenDatabaseOptions {
  dbPath: string;
  appVersion: string;
  now?: () => Date;
  newId?: () => string;
  /** Folder choice, PDF printing and progress for exports; without it, exports say they are unavailable. */
  deliverablesHost?: DeliverablesHost;
  /** Where archives are saved to and opened from, and where their progress goes; without one, export and import are cancelled. */
  archiveHost?: ArchiveHost;
  /** Where the firm library's password is kept: main's is the operating system's protection. */
  secretStore?: SecretStore;
  /** The CA file dialog and the window for publish progress; without one a choice of file is a cancel. */
  firmHost?: FirmHost;
  /** The background thread of the runtime around the core, which reads and writes archive files. */
  background?: BackgroundRunner;
  /** Where Room mode's pages are and where its changes go; without one, the room serves no pages and tells no one. */
  roomHost?: RoomHost;
}

const NO_ROOM_HOST: RoomHost = { pagesDir: '', onChange: () => undefined, onUnexpectedError: () => undefined };

/** Without a host (a headless core) every choice of file is a cancel. */
const NO_PICKER: ArchiveHost = {
  chooseExportPath: () => Promise.resolve(null),
  chooseImportPath: () => Promise.resolve(null),
};

/** Channels served by the start-up runtime around the core, in normal and recovery mode alike. */
export type RuntimeChannel = keyof typeof backupsContract | keyof typeof recoveryContract | 'app:ready-to-quit';
/** The channels that need an open, healthy database. */
export type CoreHandlers = Omit<Handlers, RuntimeChannel>;

/** Channels whose only writes are an archive import's, which holds the gate itself; the others wait while it writes. */
const ARCHIVE_WRITERS: readonly (keyof CoreHandlers)[] = ['archive:export', 'archive:inspect', 'archive:import', 'sample:load'];
/**
 * The firm library's channels wait on the network, not on the data file: their reads of it are
 * synchronous, so an import cannot interleave with them, and holding an import back for a slow
 * server would gain nothing.
 */
const FIRM_CHANNELS = Object.keys(firmContract) as (keyof typeof firmContract)[];
const NO_FIRM_HOST: FirmHost = { chooseCaFile: () => Promise.resolve(null), onPublishProgress: () => undefined };

export interface AppCore {
  handlers: CoreHandlers;
  db: Database;
  deviceId: string;
  archive: ArchiveService;
  room: RoomService;
  /** Stops Room mode (its servers stop listening) and closes the data. */
  close(): void;
}

/**
 * Opens (and migrates) the database and builds the handler for every channel that needs it.
 * Start-up goes through startAppCore, which checks the file first and wraps this.
 */
export function createAppCore(options: AppCoreOptions): AppCore {
  const db = openDatabase(options.dbPath, options);
  const meta = createMetaRepository(db);
  let deviceId = meta.get('device_id');
  if (!deviceId) {
    deviceId = randomUUID();
    meta.set('device_id', deviceId);
  }
  const ctx: ServiceContext = {
    db,
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? randomUUID,
    deviceId,
  };

  const engagementsRepo = createEngagementsRepository(db);
  const sessionsRepo = createSessionsRepository(db);
  const templatesRepo = createTemplatesRepository(db);
  const agenda = createAgendaService(ctx, sessionsRepo, templatesRepo, engagementsRepo);
  const engagements = createEngagementsService(ctx, engagementsRepo, agenda);
  const participantsRepo = createParticipantsRepository(db);
  const participants = createParticipantsService(ctx, participantsRepo, engagementsRepo);
  const notesRepo = createNotesRepository(db);
  const visibilityHistory = createVisibilityHistoryRepository(db);
  const recordVisibility = createVisibilityRecorder(ctx, visibilityHistory);
  const notes = createNotesService(ctx, notesRepo, createNoteSearchRepository(db), createDraftsRepository(db), engagementsRepo, recordVisibility);
  const actionItemsRepo = createActionItemsRepository(db);
  const actionItems = createActionItemsService(ctx, actionItemsRepo, notesRepo, participantsRepo, engagementsRepo);
  const attendance = createAttendanceService(ctx, createAttendanceRepository(db), sessionsRepo, participantsRepo, engagementsRepo);
  const findingsRepo = createFindingsRepository(db);
  const findings = createFindingsService(ctx, findingsRepo, notesRepo, engagementsRepo, participantsRepo, recordVisibility);
  const assessment = createAssessmentService(ctx, createAssessmentRepository(db), createEvidenceRepository(db), engagementsRepo, findings);
  const costScenarios = createCostScenariosService(ctx, createCostScenariosRepository(db), engagementsRepo);
  const pathToShip = createPathToShipService(ctx, createPathToShipRepository(db), participantsRepo, engagementsRepo, findingsRepo);
  const firmLocal = createFirmLocalRepository(db);
  const deliverables = createDeliverablesService(
    ctx,
    {
      engagements: engagementsRepo,
      notes: createReportNotesRepository(db),
      followUps: actionItemsRepo,
      participants,
      agenda,
      assessment,
      cost: costScenarios,
      findings,
      pathToShip,
      history: visibilityHistory,
      releases: createReleasesRepository(db),
      lookup: { note: (id) => notesRepo.get(id), finding: (id) => findingsRepo.get(id) },
      benchmark: (id) => cachedBenchmark(firmLocal, id),
    },
    options.deliverablesHost ?? null,
  );
  const gate = createRequestGate();
  const archive = createArchiveService(ctx, {
    appVersion: options.appVersion,
    latestSchemaVersion: LATEST_SCHEMA_VERSION,
    host: options.archiveHost ?? NO_PICKER,
    dbPath: options.dbPath,
    background: options.background ?? null,
    hold: gate.hold,
    onImported: () => notesRepo.forgetAllocations(),
  });

  const sample = createSampleService({
    archive,
    findEngagement: (id) => engagementsRepo.get(id),
    build: () =>
      buildSampleArchive(SAMPLE_CONTENT, (scratch) =>
        createAppCore({ dbPath: ':memory:', appVersion: options.appVersion, migrations: options.migrations, ...scratch }),
      ),
  });

  const room = createRoomService(
    { ctx, repo: createRoomRepository(db), notes, sessions: sessionsRepo, findings: findingsRepo, participants: participantsRepo },
    options.roomHost ?? NO_ROOM_HOST,
  );
  const agendaHandlers = createAgendaHandlers(agenda);
  const findingsHandlers = createFindingsHandlers(findings);
  const archiveRows = createArchiveRepository(db);
  const firm = createFirmService({
    local: firmLocal,
    secrets: options.secretStore ?? createMemorySecretStore(),
    rows: (table, engagementId) => archiveRows.rows(table, engagementId),
    engagementExists: (id) => engagementsRepo.get(id) !== undefined,
    templates: templatesRepo,
    newId: ctx.newId,
    deviceId,
    now: ctx.now,
    host: options.firmHost ?? NO_FIRM_HOST,
  });

  const handlers: CoreHandlers = gate.wrap<CoreHandlers>({
    ...createAppHandlers({
      name: 'Audit Workshop',
      version: options.appVersion,
      schemaVersion: LATEST_SCHEMA_VERSION,
      deviceId,
    }),
    ...createEngagementsHandlers(engagements),
    ...createParticipantsHandlers(participants),
    ...createActionItemsHandlers(actionItems, attendance),
    ...createNotesHandlers(notes),
    ...agendaHandlers,
    ...createAssessmentHandlers(assessment),
    ...createCostHandlers(costScenarios),
    ...createPathToShipHandlers(pathToShip),
    ...createDeliverablesHandlers(deliverables),
    ...findingsHandlers,
    ...followInRoom({ ...agendaHandlers, ...findingsHandlers }, room),
    ...createArchiveHandlers(archive),
    ...createSampleHandlers(sample),
    ...createRoomHandlers(room),
    ...createFirmHandlers(firm),
  }, [...ARCHIVE_WRITERS, ...FIRM_CHANNELS]);

  return {
    handlers,
    db,
    deviceId,
    archive,
    room,
    close() {
      room.halt('The app closed.');
      firm.close();
      db.close();
    },
  };
}
