import type { z } from 'zod';
import { ApiError } from './api-client';

export type FieldErrors = Record<string, string>;

/** The first message per field path (dot-joined), as the main process reports them too. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) fields[issue.path.map(String).join('.') || '_'] ??= issue.message;
  return fields;
}

/** Field messages from a failed request, or null when the failure is not about fields. */
export function apiFieldErrors(error: unknown): FieldErrors | null {
  return error instanceof ApiError && Object.keys(error.fields).length > 0 ? error.fields : null;
}
