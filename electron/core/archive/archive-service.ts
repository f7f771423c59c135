import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CLIENT_NUMBERING_SCHEMA, MAX_CONTENT_BYTES, suggestedArchiveName } from '../../../shared/archive/archive-format';
import { ARCHIVE_TABLES, type ArchiveTables } from '../../../shared/archive/archive-tables';
import { identityClashes } from '../../../shared/archive/identity-clashes';
import { keepLocalReferences } from '../../../shared/archive/legacy-references';
import { validateArchiveContent } from '../../../shared/archive/validate-archive';
import type { ArchivePreview, ExportResult, MergeReport } from '../../../shared/domain/archive';
import { AppError, isAppError } from '../../../shared/ipc/result';
import { mergeEngagement, type MergePlan } from '../../../shared/merge/merge-engagement';
import { createArchiveRepository } from '../db/repositories/archive-repository';
import { timestamp, type ServiceContext } from '../services/service-context';
import { decodeArchive, encodeArchive, writeFileAtomically, type ArchiveLimits } from './archive-file';

/** Where files come from and go to: native dialogs in the app, a temporary folder in tests. */
export interface ArchiveFilePicker {
  chooseExportPath(suggestedName: string): Promise<string | null>;
  chooseImportPath(): Promise<string | null>;
}

export interface ArchiveServiceOptions {
  appVersion: string;
  latestSchemaVersion: number;
  picker: ArchiveFilePicker;
  limits?: ArchiveLimits;
  /** Told after an import wrote rows, which may hold references the capture path remembers as free. */
  onImported?: () => void;
}

export interface ArchiveService {
  export(engagementId: string): Promise<ExportResult>;
  /** Writes the engagement's archive to `filePath` (a path main chose, never the renderer). */
  exportTo(engagementId: string, filePath: string): void;
  /** The engagement's archive as bytes, exactly as exportTo would write them. */
  exportBytes(engagementId: string): Buffer;
  inspect(): Promise<ArchivePreview | null>;
  /** Reads and checks a file and remembers it under a token for import; never throws for a bad file. */
  stage(filePath: string): ArchivePreview;
  import(token: string): MergeReport;
  /** Reads, checks and merges a file in one go. */
  importFile(filePath: string): MergeReport;
  /** Checks and merges an archive's bytes in one go. */
  importBytes(bytes: Buffer): MergeReport;
}

interface ReadArchive {
  tables: ArchiveTables;
  engagementId: string;
  exportedAt: string;
  appVersion: string;
  legacy: boolean;
}

/** Staged files are few (one dialog at a time); older tokens are forgotten. */
const MAX_STAGED = 20;

export function createArchiveService(ctx: ServiceContext, options: ArchiveServiceOptions): ArchiveService {
  const limits = options.limits ?? { maxContentBytes: MAX_CONTENT_BYTES };
  const repository = createArchiveRepository(ctx.db);
  const staged = new Map<string, string>();

  function readLocal(engagementId: string): ArchiveTables {
    return Object.fromEntries(ARCHIVE_TABLES.map((table) => [table.table, repository.rows(table.table, engagementId)]));
  }

  function readBytes(filePath: string): Buffer {
    try {
      // Compressed data is never larger than what it unpacks to by more than a little.
      if (statSync(filePath).size > limits.maxContentBytes + 1024 * 1024) {
        throw new AppError('invalid_archive', 'This file cannot be imported: it is larger than the app can safely unpack. Nothing was changed.');
      }
      return readFileSync(filePath);
    } catch (error) {
      if (isAppError(error)) throw error;
      throw new AppError('invalid_archive', 'This file could not be read. Check that it is still there and that the drive is connected. Nothing was changed.');
    }
  }

  function readArchive(bytes: Buffer): ReadArchive {
    const { header, content } = decodeArchive(bytes, options.latestSchemaVersion, limits);
    const validation = validateArchiveContent(content, header.schemaVersion);
    if (!validation.ok) {
      throw new AppError('invalid_archive', `This file cannot be imported: ${validation.errors.join(' ')} Nothing was changed.`);
    }
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

  function live(table: string, tables: ArchiveTables): number {
    return (tables[table] ?? []).filter((row) => row.deleted_at === undefined || row.deleted_at === null).length;
  }

  function exportBytes(engagementId: string): Buffer {
    const tables = readLocal(engagementId);
    if (tables.engagements!.length === 0) throw new AppError('not_found', 'That engagement no longer exists.');
    return encodeArchive(
      { schemaVersion: options.latestSchemaVersion, appVersion: options.appVersion, exportedAt: timestamp(ctx), engagementId },
      { engagementId, tables },
    );
  }

  function exportTo(engagementId: string, filePath: string): void {
    const bytes = exportBytes(engagementId);
    try {
      writeFileAtomically(filePath, bytes);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new AppError(
        'export_failed',
        code === 'ENOSPC'
          ? 'The archive was not saved: the disk is full. Free some space or choose another drive.'
          : 'The archive was not saved: that folder cannot be written to. Choose another folder.',
      );
    }
  }

  /** What importing the archive would write; refused when a row it would add has an id this laptop already gives another record. */
  function plan(archive: ReadArchive): { created: boolean; plan: MergePlan } {
    const local = readLocal(archive.engagementId);
    const planned = mergeEngagement(local, archive.legacy ? keepLocalReferences(local, archive.tables) : archive.tables, timestamp(ctx));
    const clashes = identityClashes(planned, archive.engagementId, repository.owners);
    if (clashes.length > 0) throw new AppError('invalid_archive', `This file cannot be imported: ${clashes.join(' ')} Nothing was changed.`);
    return { created: local.engagements!.length === 0, plan: planned };
  }

  const apply = ctx.db.transaction((archive: ReadArchive): MergeReport => {
    const { created, plan: planned } = plan(archive);
    let inserted = 0;
    let updated = 0;
    for (const table of ARCHIVE_TABLES) {
      for (const row of planned.updates[table.table]!) updated += repository.update(table.table, row);
      for (const row of planned.inserts[table.table]!) inserted += repository.insert(table.table, row);
    }
    return { engagementId: archive.engagementId, created, inserted, updated, conflicts: planned.conflicts, renumbered: planned.renumbered };
  });

  function importBytes(bytes: Buffer): MergeReport {
    const archive = readArchive(bytes);
    const report = apply(archive);
    options.onImported?.();
    return report;
  }

  function importFile(filePath: string): MergeReport {
    return importBytes(readBytes(filePath));
  }

  function stage(filePath: string): ArchivePreview {
    const token = ctx.newId();
    staged.set(token, filePath);
    if (staged.size > MAX_STAGED) staged.delete(staged.keys().next().value!);
    const fileName = path.basename(filePath);
    const empty = { token, fileName, engagement: null, counts: { notes: 0, findings: 0, participants: 0 }, mode: null, exportedAt: null, appVersion: null };
    try {
      const archive = readArchive(readBytes(filePath));
      const engagement = archive.tables.engagements![0]!;
      const { created } = plan(archive);
      return {
        token,
        fileName,
        errors: [],
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
    } catch (error) {
      if (!isAppError(error)) throw error;
      return { ...empty, errors: [error.message] };
    }
  }

  return {
    exportTo,
    exportBytes,
    async export(engagementId) {
      const engagement = repository.rows('engagements', engagementId)[0];
      if (!engagement) throw new AppError('not_found', 'That engagement no longer exists.');
      const target = await options.picker.chooseExportPath(
        suggestedArchiveName(String(engagement.client_name), String(engagement.pilot_name), String(engagement.week_start)),
      );
      if (!target) return { saved: false, fileName: null };
      exportTo(engagementId, target);
      return { saved: true, fileName: path.basename(target) };
    },
    async inspect() {
      const chosen = await options.picker.chooseImportPath();
      return chosen ? stage(chosen) : null;
    },
    stage,
    import(token) {
      const filePath = staged.get(token);
      if (!filePath) throw new AppError('not_found', 'That archive is no longer staged. Choose the file again.');
      return importFile(filePath);
    },
    importFile,
    importBytes,
  };
}
