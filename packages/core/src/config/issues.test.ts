import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineModule } from '../module/manifest.js';
import { resolveModuleConfigs } from './define-city.js';
import { toConfigIssues } from './issues.js';
import { type CityConfig, citySchema } from './schema.js';

const town = {
  town: { name: 'Bützow', state: 'DE-MV', population: '7700' },
  brandng: { primaryColor: '#1a5f7a' },
  branding: { primaryColor: '#7fb8e0' },
  timezone: 'Europa/Berlin',
  legal: {
    imprint: { organisation: 'Stadt Bützow', address: 'Am Markt 1', email: 'stadt@buetzow' },
    privacy: { controller: '', email: 'datenschutz@buetzow.example' },
    accessibility: { contactEmail: 'barrierefreiheit@buetzow.example' },
    feedbackEmail: 'feedback@buetzow.example',
  },
};

function issuesIn(locale: 'de' | 'en') {
  const result = citySchema.safeParse(town);
  if (result.success) throw new Error('the town should not pass');
  const issues = toConfigIssues(result.error, [], { schema: citySchema, input: town, locale });
  return Object.fromEntries(issues.map((i) => [i.field, i]));
}

describe('config issues in the town language', () => {
  it('words every kind of problem in German', () => {
    const de = issuesIn('de');
    expect(de.brandng).toEqual({
      field: 'brandng',
      message: 'ist hier keine Option.',
      hint: 'Meinten Sie „branding“?',
    });
    expect(de['town.population']?.message).toBe('muss eine Zahl sein, nicht der Text "7700".');
    expect(de['legal.imprint.email']?.message).toBe(
      'Verwenden Sie eine E-Mail-Adresse wie rathaus@example.de.',
    );
    expect(de.timezone?.message).toBe('Verwenden Sie eine IANA-Zeitzone wie Europe/Berlin.');
    // zod's own wording, in zod's German.
    expect(de['legal.privacy.controller']?.message).toMatch(/^Zu klein/);
    const contrast = de['branding.primaryColor'];
    expect(contrast?.message).toMatch(
      /^#7fb8e0 erreicht gegen die Textfarbe #ffffff nur 2,\d\d:1; WCAG 2\.1 AA verlangt 4,5:1\./,
    );
    expect(contrast?.hint).toMatch(/^Verwenden Sie #[0-9a-f]{6}\.$/);
  });

  it('keeps English by default, for the logs of build and server', () => {
    const result = citySchema.safeParse(town);
    if (result.success) throw new Error('the town should not pass');
    const en = toConfigIssues(result.error, [], { schema: citySchema, input: town });
    expect(en.find((i) => i.field === 'brandng')).toEqual({
      field: 'brandng',
      message: 'is not an option here.',
      hint: 'Did you mean "branding"?',
    });
    expect(en.find((i) => i.field === 'legal.privacy.controller')?.message).toMatch(/^Too small/);
    expect(en.find((i) => i.field === 'branding.primaryColor')?.message).toMatch(
      /reaches only 2\.\d\d:1/,
    );
  });

  it("keeps a module's own message as its author wrote it, and words its options in German", () => {
    const parking = defineModule({
      id: 'parking',
      title: { de: 'Parken', en: 'Parking' },
      description: { de: 'Parkplätze', en: 'Car parks' },
      field: 'mobility',
      configSchema: z.object({
        zone: z
          .string()
          .default('Z1')
          .refine((v) => v.startsWith('Z'), { message: 'Zone beginnt mit Z.' }),
        spaces: z.number().int().default(10),
      }),
      messages: { de: { a: 'A' }, en: { a: 'A' } },
      personalData: [],
    });
    const config = {
      modules: { parking: { zone: 'A', spaces: 'viele', space: 1 }, parkng: {} },
    } as unknown as CityConfig;
    let issues: { field: string; message: string; hint?: string }[] = [];
    try {
      resolveModuleConfigs(config, [parking], 'de');
    } catch (error) {
      issues = (error as { issues: typeof issues }).issues;
    }
    expect(issues).toEqual([
      { field: 'modules.parking.zone', message: 'Zone beginnt mit Z.' },
      { field: 'modules.parking.spaces', message: 'muss eine Zahl sein, nicht der Text "viele".' },
      {
        field: 'modules.parking.space',
        message: 'ist hier keine Option.',
        hint: 'Meinten Sie „spaces“?',
      },
      {
        field: 'modules.parkng',
        message: 'kein Modul „parkng“ ist installiert.',
        hint: 'Installieren Sie sein Paket (bekannt: parking) oder entfernen Sie es.',
      },
    ]);
  });
});
