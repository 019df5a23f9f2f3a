import type { ModuleManifest } from '@city-app/core';
import type { z } from 'zod';

/** One file of a module package's `starter/` folder: its path there and its text. */
export interface StarterFile {
  /** Relative to `starter/`, e.g. `news/01-die-app-ist-da.md.hbs`. */
  file: string;
  text: string;
}

/** A module the CLI can put into a project: its manifest and where its package lives. */
export interface ModuleInfo {
  manifest: ModuleManifest;
  /** npm package, e.g. `@city-app/module-news`. */
  packageName: string;
  /** Folder inside the city-app repository, e.g. `packages/modules/news` (for `link:`). */
  folder: string;
  /**
   * The files of its `starter/` folder; the manifest's `starter` says where each goes.
   * Bundled modules carry them embedded; an installed package's are read from its folder.
   */
  starter?: readonly StarterFile[];
}

/**
 * One option a module wants asked when a terminal is attached: a top-level field of its
 * config schema marked `.meta({ prompt: true })`. The prompt text is the field's meta
 * `title`, else its description.
 */
export interface PromptField {
  key: string;
  message: string;
  kind: 'text' | 'number' | 'boolean' | 'select';
  choices?: string[];
  default?: unknown;
  schema: z.ZodType;
}

interface ZodInternals {
  _zod: { def: Record<string, unknown> & { type: string } };
  meta?: () => Record<string, unknown> | undefined;
  description?: string;
}

// Read through zod's public `_zod.def` rather than `instanceof`, so a module built against
// another copy of zod works too.
function unwrap(schema: ZodInternals): {
  base: ZodInternals;
  meta: Record<string, unknown>;
  default?: unknown;
} {
  let current = schema;
  let meta: Record<string, unknown> = { ...(current.meta?.() ?? {}) };
  let fallback: unknown;
  for (;;) {
    const def = current._zod.def;
    if (
      ['default', 'prefault', 'optional', 'nullable', 'readonly'].includes(def.type) &&
      def.innerType
    ) {
      if ((def.type === 'default' || def.type === 'prefault') && fallback === undefined) {
        fallback = def.defaultValue;
      }
      current = def.innerType as ZodInternals;
      meta = { ...(current.meta?.() ?? {}), ...meta };
      if (current.description && meta.description === undefined)
        meta.description = current.description;
      continue;
    }
    return { base: current, meta, default: fallback };
  }
}

export function promptFields(configSchema: z.ZodType): PromptField[] {
  const root = configSchema as unknown as ZodInternals;
  const { base } = unwrap(root);
  if (base._zod.def.type !== 'object') return [];
  const shape = base._zod.def.shape as Record<string, ZodInternals>;
  const fields: PromptField[] = [];
  for (const [key, field] of Object.entries(shape)) {
    const { base: inner, meta, default: fallback } = unwrap(field);
    if (meta.prompt !== true) continue;
    const type = inner._zod.def.type;
    const kind =
      type === 'number' || type === 'int'
        ? 'number'
        : type === 'boolean'
          ? 'boolean'
          : type === 'enum'
            ? 'select'
            : 'text';
    const message = String(meta.title ?? meta.description ?? field.description ?? key);
    fields.push({
      key,
      message,
      kind,
      ...(kind === 'select'
        ? { choices: Object.values(inner._zod.def.entries as Record<string, string>).map(String) }
        : {}),
      ...(fallback !== undefined ? { default: fallback } : {}),
      schema: field as unknown as z.ZodType,
    });
  }
  return fields;
}
