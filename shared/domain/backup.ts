import { z } from 'zod';
import { Timestamp } from './common';

/** Why a backup was taken; each kind is rotated on its own. */
export const BACKUP_KINDS = ['pre-migration', 'on-quit', 'hourly', 'daily', 'manual'] as const;
export const BackupKind = z.enum(BACKUP_KINDS);
export type BackupKind = z.infer<typeof BackupKind>;

/**
 * Tables whose rows a backup reports, so a person can tell backups apart. A table a backup's
 * schema does not have yet counts as zero, so adding one here is all a new table needs.
 */
export const BACKUP_COUNTED_TABLES = ['engagements', 'notes'] as const;

export const BackupCounts = z.record(z.enum(BACKUP_COUNTED_TABLES), z.number().int().nonnegative());
export type BackupCounts = z.infer<typeof BackupCounts>;

/** An opaque handle on one verified backup; the core maps it to a file, the renderer never sees one. */
export const BackupId = z.string().regex(/^[a-z-]+@\d{8}T\d{9}Z$/, { message: 'That backup is not known.' });

export const BackupSummary = z.object({
  id: BackupId,
  kind: BackupKind,
  createdAt: Timestamp,
  schemaVersion: z.number().int().nonnegative(),
  counts: BackupCounts,
});
export type BackupSummary = z.infer<typeof BackupSummary>;

/**
 * Why start-up did not open the data: damaged pages, a newer version's file, a file the app may
 * not read, something other than a file under its name, a folder or file it may not write, and a
 * missing or empty file while backups exist (without backups those simply start fresh).
 */
export const RECOVERY_REASONS = ['damaged', 'from-future', 'unreadable', 'not-a-file', 'read-only', 'missing', 'empty'] as const;
export const RecoveryReason = z.enum(RECOVERY_REASONS);
export type RecoveryReason = z.infer<typeof RecoveryReason>;

export const AppMode = z.enum(['normal', 'recovery']);
export type AppMode = z.infer<typeof AppMode>;

/** What the app knows about its data file at this moment, in words meant for the user. */
export const RecoveryStatus = z.object({
  mode: AppMode,
  reason: RecoveryReason.nullable(),
  title: z.string(),
  message: z.string(),
  /** False when nothing can be put in place of the file (its folder is read-only): the user has to fix that first. */
  canRestore: z.boolean(),
  canStartFresh: z.boolean(),
  /** True for a damaged file: a checked copy with its indexes written afresh may make it whole. */
  canRepair: z.boolean(),
});
export type RecoveryStatus = z.infer<typeof RecoveryStatus>;

/**
 * SQLite's full check of the open data file. A large file is opened at once and checked on a
 * background connection right after; until it answers the check is 'running', and capture goes on.
 */
export const DATA_CHECK_STATES = ['running', 'passed', 'damaged', 'not-run'] as const;
export const DataCheck = z.object({
  state: z.enum(DATA_CHECK_STATES),
  /** What the user is told, in plain words: what happened and what to do. */
  message: z.string(),
});
export type DataCheck = z.infer<typeof DataCheck>;

export const RestoreResult = z.object({
  restored: BackupSummary,
  /** Whether the file that could not be opened was kept beside the data under another name. */
  previousFileKept: z.boolean(),
});
export type RestoreResult = z.infer<typeof RestoreResult>;
