import { z } from 'zod';
import { MAX_DAYS } from '../domain/limits';

/** What one export writes: the week pack, one day's readout, or the findings board as a PNG picture. */
export const ExportScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('week') }),
  z.object({ kind: z.literal('day'), day: z.number().int().min(1).max(MAX_DAYS) }),
  z.object({ kind: z.literal('board') }),
]);
export type ExportScope = z.infer<typeof ExportScope>;

export function scopeTitle(scope: ExportScope): string {
  if (scope.kind === 'day') return `Day ${scope.day} readout`;
  return scope.kind === 'board' ? 'Board picture' : 'Week pack';
}
