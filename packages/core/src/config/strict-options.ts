import type { z } from 'zod';

const strictCache = new WeakMap<z.ZodType, z.ZodType>();

/**
 * A module's options schema that refuses keys it does not know. zod's plain objects drop
 * them silently, so `perPag: 5` would leave a town wondering why nothing changed. A module
 * that wants extra keys says so with `z.looseObject` or `.catchall()`, and keeps them.
 */
export function strictOptions(schema: z.ZodType): z.ZodType {
  // Duck-typed: the module may bring its own copy of zod. A plain object has no catchall; a
  // loose or strict one has (unknown / never).
  const object = schema as z.ZodType & { strict?: () => z.ZodType };
  if (object.def.type !== 'object' || typeof object.strict !== 'function') return schema;
  if ((object.def as { catchall?: unknown }).catchall !== undefined) return schema;
  let strict = strictCache.get(schema);
  if (!strict) {
    strict = object.strict();
    strictCache.set(schema, strict);
  }
  return strict;
}
