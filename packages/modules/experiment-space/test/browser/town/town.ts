import type { CityConfigInput } from '@city-app/core';

/** The test town "Musterstadt" with the experiment space enabled with `options`. */
export function townWith(options: Record<string, unknown>): CityConfigInput {
  return {
    town: { name: 'Musterstadt', state: 'DE-MV', population: 12000 },
    branding: { appName: 'Muster App', primaryColor: '#1d4f91', onPrimaryColor: '#ffffff' },
    locales: ['de', 'en'],
    legal: {
      imprint: {
        organisation: 'Stadt Musterstadt',
        address: 'Markt 1\n19999 Musterstadt',
        email: 'rathaus@musterstadt.example',
      },
      privacy: { controller: 'Stadt Musterstadt', email: 'datenschutz@musterstadt.example' },
      accessibility: { contactEmail: 'barrierefreiheit@musterstadt.example' },
      feedbackEmail: 'feedback@musterstadt.example',
    },
    modules: { 'experiment-space': options },
  };
}
