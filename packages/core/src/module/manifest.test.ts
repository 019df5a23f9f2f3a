import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parkingMeta as meta } from '../../test/module-meta.js';
import { CityAppError } from '../errors/city-app-error.js';
import { defineModule, defineModuleMeta } from './manifest.js';

function refusal(define: () => unknown): CityAppError {
  try {
    define();
  } catch (error) {
    if (error instanceof CityAppError) return error;
    throw error;
  }
  throw new Error('expected the manifest to be refused');
}

describe('a refused module manifest', () => {
  it('tells a German reader in German, naming the module and the field', () => {
    const error = refusal(() => defineModuleMeta({ ...meta, field: 'sport' as never }));
    expect(error.toJSON('de')).toEqual({
      code: 'invalid_module_manifest',
      title: 'Ungültiges Modul-Manifest',
      message: expect.stringMatching(
        /^Modul „parking“: „sport“ ist kein Handlungsfeld \(.*mobility/,
      ),
      hint: 'Der Modulvertrag ist in docs/modules.md beschrieben.',
      field: 'field',
    });
    expect(error.message).toMatch(/^Module "parking": "sport" is not a field of action/);
  });

  it('says in both languages which messages lack a translation', () => {
    const error = refusal(() =>
      defineModuleMeta({ ...meta, messages: { de: { free: 'frei' }, en: {} } }),
    );
    expect(error.render('de').message).toBe(
      'Modul „parking“: Diesen Texten fehlt die Übersetzung: en:free',
    );
    expect(error.render('en').message).toBe(
      'Module "parking": messages lack translations: en:free',
    );
    expect(error.field).toBe('messages');
  });

  it('asks for defaults when the config schema refuses {}', () => {
    const error = refusal(() =>
      defineModule({ ...meta, configSchema: z.object({ spaces: z.number() }) }),
    );
    expect(error).toMatchObject({ code: 'invalid_module_manifest', field: 'configSchema' });
    expect(error.render('de').message).toMatch(/muss \{\} annehmen/);
  });

  it('frames a list check in German for a German reader', () => {
    const error = refusal(() => defineModuleMeta({ ...meta, uses: ['booking', 'booking'] }));
    expect(error.render('de').message).toMatch(
      /^Modul „parking“: Die genutzten Fähigkeiten \(uses\) sind fehlerhaft: /,
    );
    expect(error.field).toBe('uses');
  });
});
