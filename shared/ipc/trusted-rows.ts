import { z } from 'zod';

/** Rows checked against their schema in full: the first, the last and evenly spaced ones between. */
export const TRUSTED_ROWS_SAMPLE = 32;

/** Indexes of up to `count` rows spread evenly over `length`, first and last included. */
export function sampleIndexes(length: number, count: number): number[] {
  if (length <= count) return Array.from({ length }, (_, i) => i);
  const step = (length - 1) / (count - 1);
  return Array.from({ length: count }, (_, i) => Math.round(i * step));
}

/**
 * The output schema of a long list of rows that one repository function hydrated, for channels
 * that can return thousands of them (`notes:list`: parsing 5,000 notes row by row took 15 ms of the
 * core's single thread on this project's test machine, the sample 0.4 ms; far more under load).
 *
 * Why a sample is enough here, and where it is not: the output check is there to catch a handler
 * that answers in the wrong shape (a renamed field, a column hydrated as the wrong type, an internal
 * field leaking out), not to re-check values. Every row of such a list comes from the same hydrate
 * function over a STRICT table whose CHECK constraints already bound each value, so a shape mistake
 * shows on every row and a sampled row catches it; the sample is checked in full, and a field the
 * schema does not know fails it instead of being stripped, because the unsampled rows are passed on
 * as they are. Channels whose rows are assembled by hand, or mixed from several sources, keep
 * `z.array(row)`.
 */
export function trustedRows<T extends z.ZodObject>(row: T, sample = TRUSTED_ROWS_SAMPLE): z.ZodType<z.output<T>[]> {
  return z
    .custom<z.output<T>[]>((value) => Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null), {
      message: 'Expected a list of rows.',
    })
    .superRefine((rows, ctx) => {
      for (const index of sampleIndexes(rows.length, sample)) {
        const raw = rows[index] as Record<string, unknown>;
        const result = row.safeParse(raw);
        if (!result.success) {
          for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: [index, ...issue.path], message: issue.message });
          continue;
        }
        for (const key of Object.keys(raw)) {
          if (!(key in row.shape)) ctx.addIssue({ code: 'custom', path: [index, key], message: `Unexpected field "${key}".` });
        }
      }
    });
}
