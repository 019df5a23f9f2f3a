import { describe, expect, it } from 'vitest';
import notices from '../fixtures/notices-module.js';
import { defineServerModule, type Importer, type ImporterOption } from '../module.js';

const importerWith = (description: Importer['description'], options: ImporterOption[] = []) => {
  const importer: Importer = {
    description,
    options,
    run: async () => ({ created: 0, changed: 0, unchanged: 0, skipped: [] }),
  };
  return () => defineServerModule({ ...notices, importers: { csv: importer } } as never);
};
const withOptions = (...options: ImporterOption[]) =>
  importerWith({ de: 'Aushänge als CSV', en: 'Notices as CSV' }, options);
const option = (name: string): ImporterOption => ({
  name,
  description: { de: 'der Ort', en: 'the place' },
});

describe("an importer's declared options", () => {
  it('are accepted when the command line can carry them', () => {
    expect(
      withOptions(option('location'), { ...option('kind'), values: ['a', 'b'] }),
    ).not.toThrow();
  });

  it("are refused when a name is malformed, the command's own, or declared twice", () => {
    expect(withOptions(option('Location'))).toThrow(/option "Location": use 1–40 lower-case/);
    expect(withOptions(option('dry-run'))).toThrow(/city-app import takes --dry-run itself/);
    expect(withOptions(option('place'), option('place'))).toThrow(/declared twice/);
    expect(withOptions({ name: 'place', description: { de: 'Ort', en: ' ' } })).toThrow(
      expect.objectContaining({ code: 'invalid_module_manifest' }),
    );
  });
});

describe("an importer's description", () => {
  it('is accepted in both languages, and as one plain string from importers written before', () => {
    expect(importerWith({ de: 'Aushänge als CSV', en: 'Notices as CSV' })).not.toThrow();
    expect(importerWith('Notices as CSV')).not.toThrow();
  });

  it('is refused in one language only, or empty', () => {
    expect(importerWith({ de: 'Aushänge als CSV', en: '' })).toThrow(
      /importer csv: needs a description in de and en/,
    );
    expect(importerWith('  ')).toThrow(/importer csv: needs a description/);
  });
});
