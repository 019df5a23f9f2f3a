import type { CityAppError } from '@city-app/core';
import type { ImporterOption } from '@city-app/server';
import { describe, expect, it } from 'vitest';
import { parseImporterOptions } from './import-options.js';

const declared: ImporterOption[] = [
  {
    name: 'location',
    description: { de: 'die Straße der Datei', en: "the file's street" },
  },
  {
    name: 'kind',
    description: { de: 'Straße oder Gebiet', en: 'street or area' },
    values: ['street', 'area'],
  },
];
const waste = { id: 'waste', format: 'ics' };
const refusal = (args: string[], options = declared) => {
  try {
    parseImporterOptions(args, options, waste);
  } catch (error) {
    return error as CityAppError;
  }
  throw new Error('accepted');
};

describe("an importer's options on the command line", () => {
  it('reads --name value and --name=value', () => {
    expect(
      parseImporterOptions(['--location', 'Bahnhofstraße, 1–49', '--kind=area'], declared, waste),
    ).toEqual({ location: 'Bahnhofstraße, 1–49', kind: 'area' });
    expect(parseImporterOptions([], declared, waste)).toEqual({});
  });

  it('names an unknown option and lists those it takes', () => {
    const error = refusal(['--street', 'Lange Straße']);
    expect(error).toMatchObject({ code: 'invalid_import_option', field: '--street' });
    expect(error.message).toBe('The ics importer of waste has no option --street.');
    expect(error.hint).toBe('It takes: --location, --kind.');
    expect(refusal(['Lange Straße'])).toMatchObject({ field: 'Lange Straße' });
  });

  it('refuses an option without a value, and a value not in its list', () => {
    expect(refusal(['--location'])).toMatchObject({
      field: '--location',
      message: "The ics importer of waste needs --location: the file's street",
    });
    expect(refusal(['--location', '--kind', 'area'])).toMatchObject({ field: '--location' });
    expect(refusal(['--kind', 'village'])).toMatchObject({
      field: '--kind',
      message: '--kind takes one of: street, area.',
    });
  });

  it('refuses a required option left out, in German as well', () => {
    const required = [{ ...(declared[0] as ImporterOption), required: true }];
    const error = refusal([], required);
    expect(error).toMatchObject({ field: '--location' });
    expect(error.toJSON('de').message).toBe(
      'Der Import ics von waste braucht --location: die Straße der Datei',
    );
  });
});
