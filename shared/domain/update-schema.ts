import { z } from 'zod';

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T extends z.ZodPrefault<infer Inner> ? Inner : T;

export type PatchShape<S extends z.ZodRawShape> = { [K in keyof S]: z.ZodOptional<WithoutDefault<S[K]>> };

/**
 * The fields of an update: every field optional and none with a default. Zod 4 keeps a field's
 * `.default()` under `.partial()`, so `{ id, pinned: true }` parsed through `Fields.partial()`
 * comes back with `visibility: 'client'` and empty tags, and the update writes them: a private
 * note made public by pinning it. An update must carry exactly the fields its caller named.
 */
export function patchOf<S extends z.ZodRawShape>(fields: z.ZodObject<S>): z.ZodObject<PatchShape<S>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(fields.shape)) {
    shape[key] = withoutDefault(field as z.ZodType).optional();
  }
  return z.object(shape) as unknown as z.ZodObject<PatchShape<S>>;
}

function withoutDefault(field: z.ZodType): z.ZodType {
  return field instanceof z.ZodDefault || field instanceof z.ZodPrefault ? withoutDefault(field.unwrap() as z.ZodType) : field;
}

/** The named fields of a parsed patch, so a merge onto the stored row never writes an absent one as undefined. */
export function namedFields<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}
