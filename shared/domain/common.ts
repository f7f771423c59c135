import { z } from 'zod';

/** Every stored object is addressed by a UUID the core generates. */
export const Id = z.uuid({ message: 'Must be a valid id.' });

/** A calendar date as the user means it, with no time zone: YYYY-MM-DD. */
export const IsoDate = z.iso.date({ message: 'Use a date in the form YYYY-MM-DD.' });

/** A moment in time, always stored and exchanged in UTC ISO-8601. */
export const Timestamp = z.iso.datetime({ offset: false });

/**
 * Control characters nobody types (NUL above all) but a paste or a crafted request can carry. SQLite
 * measures text up to its first NUL, so "\0abc" fails the database's non-empty check after passing
 * ours; tab, line and page breaks are ordinary text.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/u;

/** Refuses a text holding a control character, naming the field. */
export function refuseControlCharacters<T extends z.ZodType<string>>(schema: T, label: string): T {
  return schema.refine((text) => !CONTROL_CHARACTERS.test(text), {
    message: `${label} contains a control character (such as NUL) that cannot be stored. Remove it and try again.`,
  });
}

/** Free text a person typed: trimmed, with a clear message when required and empty. */
export function requiredText(label: string, max = 200) {
  return refuseControlCharacters(
    z
      .string({ message: `${label} is required.` })
      .trim()
      .min(1, { message: `${label} is required.` })
      .max(max, { message: `${label} must be at most ${max} characters.` }),
    label,
  );
}

export function optionalText(label: string, max = 2000) {
  return refuseControlCharacters(z.string().trim().max(max, { message: `${label} must be at most ${max} characters.` }), label);
}

/** Columns every row carries, so archives from two laptops can be merged later. */
export const RowMeta = z.object({
  id: Id,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deviceId: z.string().min(1),
});
