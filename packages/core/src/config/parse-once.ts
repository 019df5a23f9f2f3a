/**
 * Parse options for a schema that checks one value per process: a town config at start, a
 * module's options, a manifest. zod otherwise compiles a fast path for each object schema on
 * its first parse (code generated with `new Function`), which costs more than it saves when
 * the schema never parses again, and which a start of the CLI or the server pays every time.
 */
export const PARSE_ONCE = { jitless: true } as const;
