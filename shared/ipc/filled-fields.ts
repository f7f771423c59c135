import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  options?: readonly z.ZodType[];
  element?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Every place in a schema where parsing fills a field the sender left out (a default, a prefault
 * or a catch), as dotted paths: "visibility", "pilot.currency", "options.appendices". An update
 * must have none, or a field its caller never named is written over.
 */
export function filledFields(schema: z.ZodType, path = ''): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, field]) => {
        const at = path ? `${path}.${key}` : key;
        const absent = field.safeParse(undefined);
        const filled = absent.success && absent.data !== undefined ? [at] : [];
        return [...filled, ...filledFields(field, at)];
      });
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return def.innerType ? filledFields(def.innerType, path) : [];
    case 'pipe':
      return [def.in, def.out].flatMap((side) => (side ? filledFields(side, path) : []));
    case 'intersection':
      return [def.left, def.right].flatMap((side) => (side ? filledFields(side, path) : []));
    case 'union':
      return (def.options ?? []).flatMap((option) => filledFields(option, path));
    case 'array':
      return def.element ? filledFields(def.element, `${path}[]`) : [];
    default:
      return [];
  }
}
