import { defineCity, defineModule } from '@city-app/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineServerModule } from '../module.js';
import { TEST_CITY } from '../testing.js';
import { selectModules } from './modules.js';

const serverModule = (id: string) =>
  defineServerModule({
    manifest: defineModule({
      id,
      title: { de: id, en: id },
      description: { de: id, en: id },
      field: 'administration',
      personalData: [],
      configSchema: z.object({}),
      messages: { de: { title: id }, en: { title: id } },
    }),
  });

describe('selectModules', () => {
  const city = defineCity({ ...TEST_CITY, modules: { zwei: {}, eins: {} } });

  it('keeps the enabled modules, in the town’s order', () => {
    const chosen = selectModules(city, [
      serverModule('eins'),
      serverModule('aus'),
      serverModule('zwei'),
    ]);
    expect(chosen.map((m) => m.manifest.id)).toEqual(['zwei', 'eins']);
  });

  it('refuses a module given twice, in German and English, naming it', () => {
    const twice = () => selectModules(city, [serverModule('eins'), serverModule('eins')]);
    expect(twice).toThrow(
      expect.objectContaining({ code: 'duplicate_module', field: 'modules.eins' }),
    );
    try {
      twice();
    } catch (error) {
      const body = (error as { toJSON(locale: string): { message: string } }).toJSON('de');
      expect(body.message).toBe('Zwei Server-Module haben die Kennung „eins“.');
    }
  });
});
