import { defineModule, defineModuleMeta } from '@city-app/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWebModule, type ScreenProps } from './module.js';
import { screenMismatch } from './module-check.js';

const meta = defineModuleMeta({
  id: 'kurse',
  title: { de: 'Kurse', en: 'Courses' },
  description: { de: 'Kurse der Volkshochschule', en: 'Adult education courses' },
  field: 'education',
  messages: { de: {}, en: {} },
  personalData: [],
  screens: { resident: ['', ':id'], staff: ['neu'] },
});

const screen = async () => ({ default: (_: ScreenProps) => null });

describe('a module’s web part', () => {
  it('mounts a screen for each pattern its manifest declares, residents’ and staff', () => {
    const module = defineWebModule({
      manifest: meta,
      screens: { '': screen, ':id': screen },
      admin: { role: 'editor', screens: { neu: screen } },
      settings: { title: { de: 'Kurse', en: 'Courses' }, panel: screen as never },
    });
    expect(module.routes.map((r) => r.path)).toEqual(['', ':id']);
    expect(module.admin).toEqual({ role: 'editor', routes: [{ path: 'neu', screen }] });
    expect(module.settings?.title.de).toBe('Kurse');
  });

  it('differs from its manifest where a screen is missing or undeclared (JavaScript has no types to say so)', () => {
    const module = defineWebModule({
      manifest: meta,
      screens: { '': screen, 'alle/:id': screen } as never,
      admin: { role: 'editor', screens: {} as never },
    });
    expect(screenMismatch(module)).toEqual([
      'resident screen ":id" is declared but has no screen',
      'resident screen "alle/:id" is not declared',
      'staff screen "neu" is declared but has no screen',
    ]);
  });

  it('refuses a manifest with a config schema, saying why in German and English', () => {
    const { screens: _, ...plain } = meta;
    const manifest = defineModule({ ...plain, configSchema: z.object({}) });
    let refusal: unknown;
    try {
      defineWebModule({ manifest, screens: { '': screen } as never });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({
      code: 'web_manifest_with_config_schema',
      field: 'manifest.configSchema',
      message: expect.stringContaining(
        'the zod schema would end up on the residents’ first screen',
      ),
    });
    const german = (
      refusal as { toJSON(locale: string): { message: string; hint: string } }
    ).toJSON('de');
    expect(german.message).toContain('Moduls „kurse“');
    expect(german.hint).toContain('defineModuleMeta');
  });
});
