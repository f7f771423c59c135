import { z } from 'zod';
import { ArchivePreview, ArchiveToken, ExportResult, MergeReport } from '../domain/archive';
import { Id } from '../domain/common';
import type { ContractSection } from './contract-types';

export const archiveContract = {
  /** Main asks where to save; the renderer learns only whether it was saved and the file's name. */
  'archive:export': { input: z.object({ engagementId: Id }), output: ExportResult },
  /** Main asks which file to open and stages it; null when the user cancelled. */
  'archive:inspect': { input: z.object({}), output: ArchivePreview.nullable() },
  'archive:import': { input: z.object({ token: ArchiveToken }), output: MergeReport },
} satisfies ContractSection;
