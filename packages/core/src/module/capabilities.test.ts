import { describe, expect, it } from 'vitest';
import { defineModuleMeta } from './manifest.js';

const meta = {
  id: 'parking',
  title: { de: 'Parken', en: 'Parking' },
  description: { de: 'Parkplätze', en: 'Parking spaces' },
  field: 'mobility' as const,
  messages: { de: {}, en: {} },
  personalData: [],
};

describe('the capabilities a module uses', () => {
  it('are kept as declared, and absent when none are', () => {
    expect(defineModuleMeta({ ...meta, uses: ['booking', 'notify'] }).uses).toEqual([
      'booking',
      'notify',
    ]);
    expect(defineModuleMeta(meta).uses).toBeUndefined();
  });

  it('refuse an unknown core, naming the field and the known ones', () => {
    let caught: unknown;
    try {
      defineModuleMeta({ ...meta, uses: ['parking-core'] as never });
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({
      code: 'invalid_module_manifest',
      field: 'uses',
      message: expect.stringMatching(/"parking-core" is not a capability \(booking, notify\)/),
    });
  });

  it('refuse a core declared twice and a value that is no list', () => {
    expect(() => defineModuleMeta({ ...meta, uses: ['booking', 'booking'] })).toThrow(
      /"booking" is declared twice/,
    );
    expect(() => defineModuleMeta({ ...meta, uses: 'booking' as never })).toThrow(
      /uses must be a list/,
    );
  });
});
