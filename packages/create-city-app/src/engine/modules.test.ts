import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bundledModules } from '../generated/modules.js';
import { promptFields } from './modules.js';

describe('promptFields', () => {
  it('finds the options a module marks with .meta({ prompt: true }), wherever the mark sits', () => {
    const schema = z.object({
      office: z.string().default('Bürgerbüro').meta({ prompt: true, title: 'Wo?' }),
      size: z.number().int().meta({ prompt: true }).default(3).describe('How many'),
      public: z.boolean().optional().meta({ prompt: true, description: 'Öffentlich?' }),
      kind: z.enum(['a', 'b']).default('b').meta({ prompt: true }),
      hidden: z.string().default('x').describe('not asked'),
    });
    const fields = promptFields(schema).map(({ schema: _schema, ...field }) => field);
    expect(fields).toEqual([
      { key: 'office', message: 'Wo?', kind: 'text', default: 'Bürgerbüro' },
      { key: 'size', message: 'How many', kind: 'number', default: 3 },
      { key: 'public', message: 'Öffentlich?', kind: 'boolean' },
      { key: 'kind', message: 'kind', kind: 'select', choices: ['a', 'b'], default: 'b' },
    ]);
  });

  it('asks nothing of a schema that is not an object', () => {
    expect(promptFields(z.string())).toEqual([]);
  });

  it('knows the modules from their manifests', () => {
    const ids = bundledModules.map((m) => m.manifest.id);
    expect(ids).toContain('news');
    for (const m of bundledModules) {
      expect(m.packageName).toMatch(/^@city-app\/module-/);
      expect(m.manifest.configSchema.safeParse({}).success).toBe(true);
    }
  });
});
