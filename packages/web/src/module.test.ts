import { defineModuleMeta } from '@city-app/core';
import { describe, expect, it } from 'vitest';
import { defineWebModule, type ScreenProps } from './module.js';

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

  it('is refused when its screens and the declared patterns differ', () => {
    expect(() =>
      defineWebModule({
        manifest: meta,
        // A module written without types can miss one and add another.
        screens: { '': screen, 'alle/:id': screen } as never,
      }),
    ).toThrow(/Missing: ":id"\. Not declared: "alle\/:id"\./);
    expect(() =>
      defineWebModule({
        manifest: meta,
        screens: { '': screen, ':id': screen },
        admin: { role: 'editor', screens: {} as never },
      }),
    ).toThrow(/staff screens .* Missing: "neu"/);
  });
});
