import { z } from 'zod';
import { Id } from '../domain/common';
import { PresenterData } from '../board/presenter-data';
import { ExportScope } from '../report/export-scope';
import { ReleaseCheck } from '../report/release-check-schema';
import { APPENDICES } from '../report/report-inputs';
import { Report, ReportOptionsSchema } from '../report/report-schema';
import type { ContractSection } from './contract-types';

export { ExportScope };

export const DeliverablesPreviewInput = z.object({ engagementId: Id, options: ReportOptionsSchema.default({ redactNames: false, appendices: [...APPENDICES] }) });
export const DeliverablesReleaseCheckInput = DeliverablesPreviewInput.extend({ scope: ExportScope.default({ kind: 'week' }) });
export type DeliverablesReleaseCheckInput = z.input<typeof DeliverablesReleaseCheckInput>;

/**
 * An export quotes the digest of the release check the facilitator confirmed; main checks it
 * against the list as it stands and writes nothing when the two differ.
 */
export const DeliverablesExportInput = DeliverablesReleaseCheckInput.extend({
  releaseCheck: z.object(
    { confirmedDigest: z.string().min(1).max(64) },
    { error: 'Review what the client receives, and confirm it, before exporting.' },
  ),
});
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
  'deliverables:presenter': { input: z.object({ engagementId: Id }), output: PresenterData },
  'deliverables:release-check': { input: DeliverablesReleaseCheckInput, output: ReleaseCheck },
  'deliverables:export': { input: DeliverablesExportInput, output: ExportResult },
} satisfies ContractSection;
