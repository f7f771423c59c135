import { z } from 'zod';
import { MAX_DAYS } from '../domain/limits';

/** What one export writes: the week pack, one day's readout, the findings board as a PNG picture, or the readout deck of the week (day null) or of one day. */
export const ExportScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('week') }),
  z.object({ kind: z.literal('day'), day: z.number().int().min(1).max(MAX_DAYS) }),
  z.object({ kind: z.literal('board') }),
  z.object({ kind: z.literal('deck'), day: z.number().int().min(1).max(MAX_DAYS).nullable() }),
]);
export type ExportScope = z.infer<typeof ExportScope>;

export function scopeTitle(scope: ExportScope): string {
  if (scope.kind === 'day') return `Day ${scope.day} readout`;
  if (scope.kind === 'deck') return scope.day === null ? 'Readout deck' : `Day ${scope.day} readout deck`;
  return scope.kind === 'board' ? 'Board picture' : 'Week pack';
}
