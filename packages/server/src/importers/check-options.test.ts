import { describe, expect, it } from 'vitest';
import notices from '../fixtures/notices-module.js';
import { defineServerModule, type Importer, type ImporterOption } from '../module.js';

const withOptions = (...options: ImporterOption[]) => {
  const importer: Importer = {
    description: 'Aushänge als CSV',
    options,
    run: async () => ({ created: 0, changed: 0, unchanged: 0, skipped: [] }),
  };
  return () => defineServerModule({ ...notices, importers: { csv: importer } } as never);
};
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
