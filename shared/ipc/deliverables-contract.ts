import { z } from 'zod';
import { Id } from '../domain/common';
import { MAX_DAYS } from '../domain/limits';
import { APPENDICES } from '../report/report-inputs';
import { Report, ReportOptionsSchema } from '../report/report-schema';
import type { ContractSection } from './contract-types';

export const ExportScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('week') }),
  z.object({ kind: z.literal('day'), day: z.number().int().min(1).max(MAX_DAYS) }),
  /** The findings board alone, as a PNG picture. */
  z.object({ kind: z.literal('board') }),
]);
export type ExportScope = z.infer<typeof ExportScope>;

export const DeliverablesPreviewInput = z.object({ engagementId: Id, options: ReportOptionsSchema.default({ redactNames: false, appendices: [...APPENDICES] }) });
export const DeliverablesExportInput = DeliverablesPreviewInput.extend({ scope: ExportScope.default({ kind: 'week' }) });
export type DeliverablesExportInput = z.input<typeof DeliverablesExportInput>;

/** The renderer learns the names written and the subfolder's name, never a path. */
export const ExportResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('written'), folderName: z.string(), files: z.array(z.string()) }),
  z.object({ status: z.literal('cancelled') }),
]);
export type ExportResult = z.infer<typeof ExportResult>;

/** Pushed on 'deliverables:progress' while an export writes. */
export const ExportProgress = z.object({ done: z.number().int(), total: z.number().int(), file: z.string().nullable() });
export type ExportProgress = z.infer<typeof ExportProgress>;

export const deliverablesContract = {
  'deliverables:preview': { input: DeliverablesPreviewInput, output: Report },
  'deliverables:export': { input: DeliverablesExportInput, output: ExportResult },
} satisfies ContractSection;
