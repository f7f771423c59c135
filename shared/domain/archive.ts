import { z } from 'zod';

/** A staged archive: which file the core read, by an opaque token, never by path. */
export const ArchiveToken = z.uuid({ message: 'That archive is no longer staged. Choose the file again.' });

/** What the facilitator sees before importing: enough to recognise the engagement and the effect. */
export const ArchivePreview = z.object({
  token: ArchiveToken,
  fileName: z.string(),
  /** Why the file cannot be imported; empty when it can. */
  errors: z.array(z.string()),
  engagement: z
    .object({
      id: z.uuid(),
      clientName: z.string(),
      pilotName: z.string(),
      weekStart: z.string(),
      dayCount: z.number().int(),
    })
    .nullable(),
  counts: z.object({ notes: z.number().int(), findings: z.number().int(), participants: z.number().int() }),
  /** New to this laptop, or merged into the engagement already here. */
  mode: z.enum(['new', 'merge']).nullable(),
  exportedAt: z.string().nullable(),
  appVersion: z.string().nullable(),
});
export type ArchivePreview = z.infer<typeof ArchivePreview>;

export const MergeConflictSchema = z.object({
  table: z.string(),
  id: z.string(),
  label: z.string(),
  kept: z.enum(['this-laptop', 'imported']),
  keptUpdatedAt: z.string(),
  otherUpdatedAt: z.string(),
});

/** What an import did, for the report shown afterwards. */
export const MergeReport = z.object({
  engagementId: z.uuid(),
  created: z.boolean(),
  inserted: z.number().int(),
  updated: z.number().int(),
  conflicts: z.array(MergeConflictSchema),
  /** Notes and findings given another reference, because this laptop used theirs or they needed a client number. */
  renumbered: z.array(z.object({ table: z.enum(['notes', 'findings']), id: z.string(), from: z.string(), to: z.string() })),
});
export type MergeReport = z.infer<typeof MergeReport>;

export const ExportResult = z.object({ saved: z.boolean(), fileName: z.string().nullable() });
export type ExportResult = z.infer<typeof ExportResult>;

/**
 * How far an archive's export or import has come, pushed on 'archive:progress'. An import goes
 * through 'reading' (bytes unpacked and checked of the content's length), 'comparing' (with this
 * laptop's copy) and 'writing' (rows written); an export is 'exporting' (rows packed). Within a
 * stage `done` only grows, and a stage ends with done === total.
 */
export const ArchiveProgress = z.object({
  stage: z.enum(['reading', 'comparing', 'writing', 'exporting']),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
});
export type ArchiveProgress = z.infer<typeof ArchiveProgress>;
