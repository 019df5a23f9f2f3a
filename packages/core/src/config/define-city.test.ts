import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CityAppError } from '../errors/city-app-error.js';
import { defineModule } from '../module/manifest.js';
import { defineCity, resolveModuleConfigs } from './define-city.js';
import { cityJsonSchema } from './json-schema.js';
import type { CityConfigInput } from './schema.js';

const boizenburg: CityConfigInput = {
  town: { name: 'Boizenburg/Elbe', state: 'DE-MV', population: 10700 },
  legal: {
    imprint: {
      organisation: 'Stadt Boizenburg/Elbe',
      address: 'Kirchplatz 1\n19258 Boizenburg/Elbe',
      email: 'info@boizenburg.example',
    },
    privacy: { controller: 'Stadt Boizenburg/Elbe', email: 'datenschutz@boizenburg.example' },
    accessibility: { contactEmail: 'barrierefreiheit@boizenburg.example' },
    feedbackEmail: 'feedback@boizenburg.example',
  },
  modules: { news: { perPage: 5 } },
};

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CityAppError);
    return (error as CityAppError).issues ?? [];
  }
  throw new Error('expected a CityAppError');
}

const news = defineModule({
  id: 'news',
  title: { de: 'Aktuelles', en: 'News' },
  description: { de: 'Nachrichten der Stadt', en: 'Town news' },
  field: 'administration',
  configSchema: z.object({ perPage: z.number().int().min(1).max(50).default(10) }),
  messages: { de: { a: 'A' }, en: { a: 'A' } },
  personalData: [],
});

describe('defineCity', () => {
  it('fills defaults and derives the slug and app name', () => {
    const config = defineCity(boizenburg);
    expect(config.town.slug).toBe('boizenburg-elbe');
    expect(config.branding.appName).toBe('Boizenburg/Elbe');
    expect(config.timezone).toBe('Europe/Berlin');
    expect(config.locales).toEqual(['de', 'en']);
    expect(config.modules.news?.enabled).toBe(true);
  });

  it('takes only http(s) links with a host and no credentials for the town website', () => {
    expect(
      defineCity({
        ...boizenburg,
        town: { ...boizenburg.town, website: 'https://www.boizenburg.de' },
      }).town.website,
    ).toBe('https://www.boizenburg.de');
    for (const website of [
      'javascript:alert(1)',
      'https://user:pw@boizenburg.example',
      'ftp://boizenburg.example',
      '//boizenburg.example',
    ]) {
      const issues = issuesOf(() =>
        defineCity({ ...boizenburg, town: { ...boizenburg.town, website } }),
      );
      expect(issues.map((issue) => issue.field)).toEqual(['town.website']);
    }
  });

  it('names every bad field at once', () => {
    const issues = issuesOf(() =>
      defineCity({
        ...boizenburg,
        town: { name: 'X', state: 'DE-XX' as 'DE-MV', municipalityKey: '123' },
        timezone: 'Mars/Olympus',
        legal: { ...boizenburg.legal, feedbackEmail: 'nope' },
      }),
    );
    expect(issues.map((i) => i.field).sort()).toEqual(
      ['legal.feedbackEmail', 'timezone', 'town.municipalityKey', 'town.state'].sort(),
    );
  });

  it('reports a missing required field as required', () => {
    const { legal: _legal, ...withoutLegal } = boizenburg;
    const issues = issuesOf(() => defineCity(withoutLegal as CityConfigInput));
    expect(issues).toEqual([{ field: 'legal', message: 'is required.' }]);
  });

  it('refuses unknown keys at every level and says which option was meant', () => {
    const issues = issuesOf(() =>
      defineCity({
        ...boizenburg,
        brandng: { primaryColor: '#1a5f7a' },
        town: { ...boizenburg.town, populaton: 10700 },
        legal: {
          ...boizenburg.legal,
          imprint: { ...boizenburg.legal.imprint, colour: 'blau' },
        },
      } as CityConfigInput),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        { field: 'brandng', message: 'is not an option here.', hint: 'Did you mean "branding"?' },
        {
          field: 'town.populaton',
          message: 'is not an option here.',
          hint: 'Did you mean "population"?',
        },
        expect.objectContaining({
          field: 'legal.imprint.colour',
          hint: expect.stringContaining('organisation, role, address'),
        }),
      ]),
    );
    expect(issues).toHaveLength(3);
  });

  it('carries its list of problems as its stack, so a start or build prints no call frames', () => {
    try {
      defineCity({ ...boizenburg, brandng: {} } as CityConfigInput);
      expect.unreachable();
    } catch (error) {
      const stack = (error as Error).stack ?? '';
      expect(stack).toContain('✖ The town configuration is not valid');
      expect(stack).toContain('• brandng: is not an option here. — Did you mean "branding"?');
      expect(stack).not.toMatch(/\n\s+at /);
    }
  });

  it('names the expected type of a wrong value instead of calling it missing', () => {
    const issues = issuesOf(() =>
      defineCity({
        ...boizenburg,
        town: { ...boizenburg.town, population: '10700' },
        locales: 'de',
      } as unknown as CityConfigInput),
    );
    expect(issues).toEqual([
      { field: 'town.population', message: 'must be a number, not the text "10700".' },
      { field: 'locales', message: 'must be a list, not the text "de".' },
    ]);
  });

  it('refuses a primary colour without enough contrast and suggests the nearest that passes', () => {
    const issues = issuesOf(() =>
      defineCity({ ...boizenburg, branding: { primaryColor: '#7fb8e0' } }),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]?.field).toBe('branding.primaryColor');
    expect(issues[0]?.message).toMatch(/reaches only 2\.\d\d:1.*needs 4\.5:1/);
    const suggestion = /Use (#[0-9a-f]{6})/.exec(issues[0]?.hint ?? '')?.[1];
    expect(suggestion).toBeDefined();
    expect(() =>
      defineCity({ ...boizenburg, branding: { primaryColor: suggestion } }),
    ).not.toThrow();
  });
});

describe('module configs', () => {
  it('parses each module with its own schema', () => {
    const { moduleConfigs } = resolveModuleConfigs(defineCity(boizenburg), [news]);
    expect(moduleConfigs.get('news')).toEqual({ perPage: 5 });
  });

  it('reports unknown modules and bad module options by path', () => {
    const config = defineCity({ ...boizenburg, modules: { news: { perPage: 0 }, parking: {} } });
    const issues = issuesOf(() => resolveModuleConfigs(config, [news]));
    expect(issues.map((i) => i.field)).toEqual(['modules.news.perPage', 'modules.parking']);
  });

  it('refuses a mistyped module option with a "did you mean", unless the module takes any key', () => {
    const config = defineCity({ ...boizenburg, modules: { news: { perPag: 5 } } });
    const issues = issuesOf(() => resolveModuleConfigs(config, [news]));
    expect(issues).toEqual([
      {
        field: 'modules.news.perPag',
        message: 'is not an option here.',
        hint: 'Did you mean "perPage"?',
      },
    ]);
    const loose = defineModule({
      ...news,
      configSchema: z.looseObject({ perPage: z.number().default(10) }),
    });
    expect(resolveModuleConfigs(config, [loose]).moduleConfigs.get('news')).toEqual({
      perPage: 10,
      perPag: 5,
    });
  });

  it('checks options with any schema that has safeParse, not only a zod object', () => {
    const plain = defineModule({
      ...news,
      configSchema: {
        safeParse: () => ({ success: true, data: { perPage: 3 } }),
      } as unknown as typeof news.configSchema,
    });
    const config = defineCity(boizenburg);
    expect(resolveModuleConfigs(config, [plain]).moduleConfigs.get('news')).toEqual({ perPage: 3 });
  });

  it('skips disabled modules', () => {
    const config = defineCity({ ...boizenburg, modules: { news: { enabled: false, perPage: 0 } } });
    expect(resolveModuleConfigs(config, [news]).moduleConfigs.size).toBe(0);
  });
});

describe('JSON Schema', () => {
  it('describes the town and each installed module', () => {
    type Node = { properties?: Record<string, Node>; default?: unknown };
    const schema = cityJsonSchema([news]) as Node & { required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['town', 'legal']));
    expect(schema.properties?.town?.properties?.state).toBeDefined();
    expect(schema.properties?.modules?.properties?.news?.properties?.perPage?.default).toBe(10);
    expect(schema.properties?.modules?.properties?.news?.properties?.enabled).toBeDefined();
    // Unknown keys are marked in the editor as the check refuses them.
    expect(schema).toMatchObject({ additionalProperties: false });
    expect(schema.properties?.town).toMatchObject({ additionalProperties: false });
    expect(schema.properties?.modules?.properties?.news).toMatchObject({
      additionalProperties: false,
    });
  });
});

describe('defineModule', () => {
  it('refuses manifests that would break a town later', () => {
    const base = {
      id: 'parking',
      title: { de: 'Parken' },
      description: { de: 'Parkplätze' },
      field: 'mobility' as const,
      configSchema: z.object({}),
      messages: { de: { x: 'x' }, en: { x: 'x' } },
      personalData: [],
    };
    expect(() => defineModule({ ...base, id: 'Parking!' })).toThrow(/id must be/);
    expect(() => defineModule({ ...base, messages: { de: { x: 'x' }, en: {} } })).toThrow(/en:x/);
    expect(() => defineModule({ ...base, configSchema: z.object({ lots: z.number() }) })).toThrow(
      /accept \{\}/,
    );
    expect(defineModule(base).path).toBe('/parking');
  });
});
