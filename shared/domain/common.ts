import { z } from 'zod';

/** Every stored object is addressed by a UUID the core generates. */
export const Id = z.uuid({ message: 'Must be a valid id.' });

/** A calendar date as the user means it, with no time zone: YYYY-MM-DD. */
export const IsoDate = z.iso.date({ message: 'Use a date in the form YYYY-MM-DD.' });

/** A moment in time, always stored and exchanged in UTC ISO-8601. */
export const Timestamp = z.iso.datetime({ offset: false });

/** Free text a person typed: trimmed, with a clear message when required and empty. */
export function requiredText(label: string, max = 200) {
  return z
    .string({ message: `${label} is required.` })
    .trim()
    .min(1, { message: `${label} is required.` })
    .max(max, { message: `${label} must be at most ${max} characters.` });
}

export function optionalText(label: string, max = 2000) {
  return z.string().trim().max(max, { message: `${label} must be at most ${max} characters.` });
}

/** Columns every row carries, so archives from two laptops can be merged later. */
export const RowMeta = z.object({
  id: Id,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deviceId: z.string().min(1),
});
