import type { z } from 'zod';

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: readonly z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
}

const defOf = (schema: z.ZodType): SchemaDef =>
  (schema as unknown as { _zod?: { def?: SchemaDef } })._zod?.def ?? { type: 'unknown' };

/** The schemas a value at this schema may be checked by, wrappers (optional, default, …) removed. */
function unwrap(schema: z.ZodType): z.ZodType[] {
  const def = defOf(schema);
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  if (def.type === 'union' && def.options) return def.options.flatMap(unwrap);
  if (def.type === 'intersection' && def.left && def.right) {
    return [...unwrap(def.left), ...unwrap(def.right)];
  }
  return [schema];
}

function childrenAt(schema: z.ZodType, segment: string | number): z.ZodType[] {
  return unwrap(schema).flatMap((inner) => {
    const def = defOf(inner);
    if (def.type === 'object') {
      const child = def.shape?.[String(segment)];
      return child ? [child] : [];
    }
    if (def.type === 'array' && def.element) return [def.element];
    if (def.type === 'record' && def.valueType) return [def.valueType];
    return [];
  });
}

/**
 * The option names an object at `path` of a schema knows, for a "did you mean" on a key it
 * does not: `optionNames(citySchema, ['legal', 'imprint'])` → organisation, address, …
 */
export function optionNames(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let level = [schema];
  for (const segment of path) {
    if (typeof segment === 'symbol') return [];
    level = level.flatMap((s) => childrenAt(s, segment));
  }
  const names = new Set<string>();
  for (const inner of level.flatMap(unwrap)) {
    const def = defOf(inner);
    if (def.type === 'object') for (const name of Object.keys(def.shape ?? {})) names.add(name);
  }
  return [...names];
}
