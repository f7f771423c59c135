import path from 'node:path';
import { suggestedArchiveName } from '../../../shared/archive/archive-format';
import { stageProgress } from '../../../shared/archive/archive-progress';
import { ARCHIVE_TABLES } from '../../../shared/archive/archive-tables';
import type { ArchivePreview, ArchiveProgress, ExportResult, MergeReport } from '../../../shared/domain/archive';
import { AppError, isAppError } from '../../../shared/ipc/result';
import type { BackgroundRunner } from '../background/background-runner';
import { beginBulkWrite, checkpointWal } from '../db/bulk-transaction';
import { createArchiveRepository } from '../db/repositories/archive-repository';
import { deferNoteIndex } from '../db/repositories/note-index-deferral';
import { changeCounts } from '../db/snapshot';
import { timestamp, type ServiceContext } from '../services/service-context';
import { encodeArchive, type HeaderFields } from './archive-file';
import { prepareImport } from './archive-import';
import { plannedRowCount, plannedRows, type PreparedImport } from './prepared-import';

/** Where files come from and go to (native dialogs in the app, a temporary folder in tests), and where progress is shown. */
export interface ArchiveHost {
  chooseExportPath(suggestedName: string): Promise<string | null>;
  chooseImportPath(): Promise<string | null>;
  /** Told how far an export, a preview or an import has come, in order. */
  onProgress?(progress: ArchiveProgress): void;
}

export interface ArchiveServiceOptions {
  appVersion: string;
  latestSchemaVersion: number;
  host: ArchiveHost;
  /** The data file, which the background thread opens for itself. */
  dbPath: string;
  /**
   * Where files are read, checked, planned and written, off the main thread. A core without one
   * (the sample's scratch copy in memory) only exports to memory.
   */
  background: BackgroundRunner | null;
  /** Keeps every other request of the window off the main connection while an import writes (request-gate.ts). */
  hold<T>(run: () => Promise<T>): Promise<T>;
  /** Told after an import wrote rows, which may hold references the capture path remembers as free. */
  onImported?: () => void;
}

export interface ArchiveService {
  export(engagementId: string): Promise<ExportResult>;
  /** Writes the engagement's archive to `filePath` (a path main chose, never the renderer), on the background thread. */
  exportTo(engagementId: string, filePath: string): Promise<void>;
  /** A small engagement's archive as bytes, read on this thread (the sample, built in memory). */
  exportBytes(engagementId: string): Buffer;
  inspect(): Promise<ArchivePreview | null>;
  /** Reads and checks a file and remembers it under a token for import; never rejects for a bad file. */
  stage(filePath: string): Promise<ArchivePreview>;
  import(token: string): Promise<MergeReport>;
  /** Reads, checks and merges a file in one go. */
  importFile(filePath: string): Promise<MergeReport>;
  /** Checks and merges a small archive held in memory (the sample) in one go, on this thread. */
  importBytes(bytes: Buffer): Promise<MergeReport>;
}

/** Staged files are few (one dialog at a time); older tokens are forgotten. */
const MAX_STAGED = 20;
/** How long the main thread writes before it lets the window's events through. */
const SLICE_MS = 25;
/** Notes indexed for search per statement: a few milliseconds each. */
const INDEX_BATCH = 500;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function exportFailed(error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  // Only the file system's own refusals are about the folder; anything else is told as it is.
  if (isAppError(error) || typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return error;
  return new AppError(
    'export_failed',
    code === 'ENOSPC'
      ? 'The archive was not saved: the disk is full. Free some space or choose another drive.'
      : 'The archive was not saved: that folder cannot be written to. Choose another folder.',
  );
}

export function createArchiveService(ctx: ServiceContext, options: ArchiveServiceOptions): ArchiveService {
  const repository = createArchiveRepository(ctx.db);
  const staged = new Map<string, string>();
  const onProgress = (progress: ArchiveProgress) => options.host.onProgress?.(progress);
  let importing: Promise<unknown> = Promise.resolve();

  /** One import at a time: each plans against what the one before it wrote. */
  function oneAtATime<T>(run: () => Promise<T>): Promise<T> {
    const next = importing.then(run, run);
    importing = next.catch(() => undefined);
    return next;
  }

  function thread(): BackgroundRunner {
    if (!options.background) throw new AppError('internal', 'This copy of the data has no background thread to read or write archive files on.');
    return options.background;
  }

  function fields(engagementId: string): HeaderFields {
    return { schemaVersion: options.latestSchemaVersion, appVersion: options.appVersion, exportedAt: timestamp(ctx), engagementId };
  }

  function readInput(filePath: string) {
    return { dbPath: options.dbPath, filePath, latestSchemaVersion: options.latestSchemaVersion, now: timestamp(ctx) };
  }

  async function exportTo(engagementId: string, filePath: string): Promise<void> {
    try {
      await thread().run('exportArchive', { dbPath: options.dbPath, target: filePath, fields: fields(engagementId) }, onProgress);
    } catch (error) {
      throw exportFailed(error);
    }
  }

  function exportBytes(engagementId: string): Buffer {
    const tables = Object.fromEntries(ARCHIVE_TABLES.map((table) => [table.table, repository.rows(table.table, engagementId)]));
    if (tables.engagements!.length === 0) throw new AppError('not_found', 'That engagement no longer exists.');
    return encodeArchive(fields(engagementId), { engagementId, tables });
  }

  /**
   * Writes a planned import in one transaction on the main connection, a slice at a time, letting
   * the window's events through between slices (the gate keeps other requests out meanwhile); the
   * notes it adds are indexed for search after their rows (note-index-deferral.ts). A failure
   * undoes all of it. The background thread then flushes it to disk and empties the write-ahead
   * log the import grew (bulk-transaction.ts), before anyone is told it is done.
   */
  async function write(prepared: PreparedImport): Promise<MergeReport> {
    const newNotes = prepared.segments.find((s) => s.table === 'notes' && s.kind === 'insert')?.count ?? 0;
    const writing = stageProgress('writing', plannedRowCount(prepared) + newNotes, onProgress);
    let inserted = 0;
    let updated = 0;
    let done = 0;
    let sliceStart = performance.now();
    const slice = async () => {
      if (performance.now() - sliceStart < SLICE_MS) return;
      writing.update(done);
      await nextTurn();
      sliceStart = performance.now();
    };
    const transaction = beginBulkWrite(ctx.db);
    try {
      const noteIndex = newNotes > 0 ? deferNoteIndex(ctx.db) : null;
      for (const { segment, row } of plannedRows(prepared)) {
        if (segment.kind === 'insert') inserted += repository.insert(segment.table, row);
        else updated += repository.update(segment.table, row);
        done += 1;
        await slice();
      }
      if (noteIndex) {
        for (let indexed = noteIndex.indexNext(INDEX_BATCH); indexed > 0; indexed = noteIndex.indexNext(INDEX_BATCH)) {
          done += indexed;
          await slice();
        }
        noteIndex.resume();
      }
      transaction.commit();
    } catch (error) {
      transaction.rollback();
      throw error;
    }
    options.onImported?.();
    if (done > 0) await flush();
    writing.finish();
    const { engagementId, created, conflicts, renumbered } = prepared;
    return { engagementId, created, inserted, updated, conflicts, renumbered };
  }

  /**
   * Saves a committed bulk write for good, off the main thread. Should the background thread fail
   * to, the main thread does it, waiting for the disk: the import must not be reported before.
   */
  async function flush(): Promise<void> {
    try {
      await thread().run('checkpointWal', { dbPath: options.dbPath });
    } catch {
      checkpointWal(ctx.db);
    }
  }

  /**
   * Reads, checks and plans the file on the background thread while the window goes on, then
   * writes the plan. The plan was made from a snapshot taken after `before`: if nothing was written
   * since, it is planned against exactly what it is written over; otherwise it is made again with
   * the window's requests held, so nothing can change it before it is written.
   */
  function importFile(filePath: string): Promise<MergeReport> {
    return oneAtATime(async () => {
      const before = changeCounts(ctx.db);
      const prepare = () => thread().run('prepareImport', readInput(filePath), onProgress);
      const first = await prepare();
      return options.hold(async () => {
        const now = changeCounts(ctx.db);
        const current = now.written === before.written && now.external === before.external;
        return write(current ? first : await prepare());
      });
    });
  }

  function importBytes(bytes: Buffer): Promise<MergeReport> {
    return oneAtATime(() =>
      options.hold(async () =>
        write(await prepareImport(ctx.db, { bytes }, { latestSchemaVersion: options.latestSchemaVersion, now: timestamp(ctx), onProgress })),
      ),
    );
  }

  async function stage(filePath: string): Promise<ArchivePreview> {
    const token = ctx.newId();
    staged.set(token, filePath);
    if (staged.size > MAX_STAGED) staged.delete(staged.keys().next().value!);
    const fileName = path.basename(filePath);
    try {
      const summary = await thread().run('inspectArchive', readInput(filePath), onProgress);
      return { token, fileName, errors: [], ...summary };
    } catch (error) {
      if (!isAppError(error)) throw error;
      const counts = { notes: 0, findings: 0, participants: 0 };
      return { token, fileName, errors: [error.message], engagement: null, counts, mode: null, exportedAt: null, appVersion: null };
    }
  }

  return {
    exportTo,
    exportBytes,
    async export(engagementId) {
      const engagement = repository.rows('engagements', engagementId)[0];
      if (!engagement) throw new AppError('not_found', 'That engagement no longer exists.');
      const target = await options.host.chooseExportPath(
        suggestedArchiveName(String(engagement.client_name), String(engagement.pilot_name), String(engagement.week_start)),
      );
      if (!target) return { saved: false, fileName: null };
      await exportTo(engagementId, target);
      return { saved: true, fileName: path.basename(target) };
    },
    async inspect() {
      const chosen = await options.host.chooseImportPath();
      return chosen ? stage(chosen) : null;
    },
    stage,
    import(token) {
      const filePath = staged.get(token);
      if (!filePath) return Promise.reject(new AppError('not_found', 'That archive is no longer staged. Choose the file again.'));
      return importFile(filePath);
    },
    importFile,
    importBytes,
  };
}
