import type { Database } from 'better-sqlite3';
import { CLIENT_NUMBERING_SCHEMA } from '../../../shared/archive/archive-format';
import { stageProgress } from '../../../shared/archive/archive-progress';
import { ARCHIVE_TABLES, type ArchiveTables } from '../../../shared/archive/archive-tables';
import { identityClashes } from '../../../shared/archive/identity-clashes';
import { keepLocalReferences } from '../../../shared/archive/legacy-references';
import { createArchiveCheck } from '../../../shared/archive/validate-archive';
import type { ArchivePreview, ArchiveProgress } from '../../../shared/domain/archive';
import { AppError } from '../../../shared/ipc/result';
import { mergeEngagement, type MergePlan } from '../../../shared/merge/merge-engagement';
import { createArchiveRepository } from '../db/repositories/archive-repository';
import { readArchiveBytes, readArchiveFile } from './archive-file';
import { packPlan, type PreparedImport } from './prepared-import';

/** An archive read and checked completely, its rows as this version stores them. */
export interface ReadArchive {
  tables: ArchiveTables;
  engagementId: string;
  exportedAt: string;
  appVersion: string;
  legacy: boolean;
}

/** Where an import reads from: the file the facilitator chose, or an archive already in memory (the sample). */
export type ArchiveSource = { filePath: string } | { bytes: Buffer };

export interface ReadOptions {
  latestSchemaVersion: number;
  onProgress?: (progress: ArchiveProgress) => void;
}

/** Reads and checks every row of an archive; throws an invalid_archive AppError saying why not. */
export async function readCheckedArchive(source: ArchiveSource, options: ReadOptions): Promise<ReadArchive> {
  const check = createArchiveCheck();
  let reading: ReturnType<typeof stageProgress> | null = null;
  const header =
    'bytes' in source
      ? readArchiveBytes(source.bytes, options.latestSchemaVersion, check)
      : await readArchiveFile(source.filePath, options.latestSchemaVersion, check, (done, total) => {
          reading ??= options.onProgress ? stageProgress('reading', total, options.onProgress) : null;
          reading?.update(done);
        });
  const validation = check.finish(header.schemaVersion);
  if (!validation.ok) throw new AppError('invalid_archive', `This file cannot be imported: ${validation.errors.join(' ')} Nothing was changed.`);
  if (validation.engagementId !== header.engagementId) {
    throw new AppError('invalid_archive', 'This file cannot be imported: its header and contents name different engagements. Nothing was changed.');
  }
  return {
    tables: validation.tables,
    engagementId: validation.engagementId,
    exportedAt: header.exportedAt,
    appVersion: header.appVersion,
    legacy: header.schemaVersion < CLIENT_NUMBERING_SCHEMA,
  };
}

/**
 * What importing the archive into the data behind `db` would write, read in one snapshot; refused
 * when a row it would add has an id this laptop already gives another record. `now` stamps
 * renumbered records.
 */
export function planImport(db: Database, archive: ReadArchive, now: string): { created: boolean; plan: MergePlan } {
  const repository = createArchiveRepository(db);
  return db.transaction(() => {
    const local = Object.fromEntries(ARCHIVE_TABLES.map((table) => [table.table, repository.rows(table.table, archive.engagementId)]));
    const planned = mergeEngagement(local, archive.legacy ? keepLocalReferences(local, archive.tables) : archive.tables, now);
    const clashes = identityClashes(planned, archive.engagementId, repository.owners);
    if (clashes.length > 0) throw new AppError('invalid_archive', `This file cannot be imported: ${clashes.join(' ')} Nothing was changed.`);
    return { created: local.engagements!.length === 0, plan: planned };
  })();
}

/** Comparing has no steps worth counting: it is told as begun and done. */
function compared<T>(options: ReadOptions, compare: () => T): T {
  const progress = options.onProgress ? stageProgress('comparing', 1, options.onProgress) : null;
  const result = compare();
  progress?.finish();
  return result;
}

function live(table: string, tables: ArchiveTables): number {
  return (tables[table] ?? []).filter((row) => row.deleted_at === undefined || row.deleted_at === null).length;
}

/** What the preview shows of an archive that can be imported; the token and file name are main's. */
export type ArchiveSummary = Omit<ArchivePreview, 'token' | 'fileName' | 'errors'>;

/** Reads, checks and compares an archive with this laptop's data, for the preview; writes nothing. */
export async function inspectArchive(db: Database, source: ArchiveSource, options: ReadOptions & { now: string }): Promise<ArchiveSummary> {
  const archive = await readCheckedArchive(source, options);
  const { created } = compared(options, () => planImport(db, archive, options.now));
  const engagement = archive.tables.engagements![0]!;
  return {
    engagement: {
      id: archive.engagementId,
      clientName: String(engagement.client_name),
      pilotName: String(engagement.pilot_name),
      weekStart: String(engagement.week_start),
      dayCount: Number(engagement.day_count),
    },
    counts: { notes: live('notes', archive.tables), findings: live('findings', archive.tables), participants: live('participants', archive.tables) },
    mode: created ? 'new' : 'merge',
    exportedAt: archive.exportedAt,
    appVersion: archive.appVersion,
  };
}

/** Reads, checks and plans an import against the data behind `db`, ready for main to write. */
export async function prepareImport(db: Database, source: ArchiveSource, options: ReadOptions & { now: string }): Promise<PreparedImport> {
  const archive = await readCheckedArchive(source, options);
  const { created, plan } = compared(options, () => planImport(db, archive, options.now));
  return { engagementId: archive.engagementId, created, conflicts: plan.conflicts, renumbered: plan.renumbered, ...packPlan(plan) };
}
