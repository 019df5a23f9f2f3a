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
  // Anything with a safeParse is accepted as a schema; only a zod object is made strict.
  const object = schema as z.ZodType & { strict?: () => z.ZodType };
  const def = object.def as { type?: string; catchall?: unknown } | undefined;
  if (def?.type !== 'object' || typeof object.strict !== 'function') return schema;
  if (def.catchall !== undefined) return schema;
  let strict = strictCache.get(schema);
  if (!strict) {
    strict = object.strict();
    strictCache.set(schema, strict);
  }
  return strict;
}
