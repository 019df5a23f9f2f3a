import { z } from 'zod';
import type { ModuleManifest } from '../module/manifest.js';
import { citySchema, moduleEntrySchema } from './schema.js';
import { strictOptions } from './strict-options.js';

type JsonSchema = Record<string, unknown>;

/**
 * JSON Schema (draft 2020-12) of the whole town config, each installed module's options
 * included, for `$schema` autocompletion in editors.
 */
export function cityJsonSchema(manifests: readonly ModuleManifest[] = []): JsonSchema {
  const schema = z.toJSONSchema(citySchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const properties = schema.properties as Record<string, JsonSchema>;
  const kernelEntry = z.toJSONSchema(moduleEntrySchema, {
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema;
  const moduleProperties: Record<string, JsonSchema> = {};
  for (const manifest of manifests) {
    // Strict as the town's config is checked: an editor marks a mistyped option too.
    const own = z.toJSONSchema(strictOptions(manifest.configSchema), {
      io: 'input',
      unrepresentable: 'any',
    }) as JsonSchema;
    moduleProperties[manifest.id] = {
      ...own,
      description: manifest.description.en ?? manifest.description.de,
      properties: {
        ...(kernelEntry.properties as JsonSchema),
        ...((own.properties as JsonSchema | undefined) ?? {}),
      },
    };
    delete moduleProperties[manifest.id]?.$schema;
  }
  properties.modules = {
    type: 'object',
    description: 'Enabled modules: id → options.',
    properties: moduleProperties,
    additionalProperties: kernelEntry,
  };
  return {
    ...schema,
    $id: 'https://city-app.de/schema/city.json',
    title: 'city-app town configuration',
  };
}
