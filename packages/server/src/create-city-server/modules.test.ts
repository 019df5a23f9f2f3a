import { defineCity } from '@city-app/core';
import { describe, expect, it } from 'vitest';
import { noticesManifest } from '../fixtures/notices-module.js';
import { defineServerModule } from '../module.js';
import { TEST_CITY } from '../testing.js';
import { selectModules } from './modules.js';

/** A module's server part; only its id matters here. */
const serverModule = (id: string) => defineServerModule({ manifest: { ...noticesManifest, id } });

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
