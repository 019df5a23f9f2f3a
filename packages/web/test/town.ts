import { type CityConfig, type CityConfigInput, defineCity } from '@city-app/core';

/** A town with the least legal facts a config needs, and the modules (and more) a test gives. */
export function townWith(
  modules: CityConfigInput['modules'],
  more: Omit<CityConfigInput, 'town' | 'legal' | 'modules'> = {},
): CityConfig {
  return defineCity({
    town: { name: 'Hagenow', state: 'DE-MV' },
    legal: {
      imprint: { organisation: 'Stadt Hagenow', address: 'Markt 1', email: 'info@hagenow.example' },
      privacy: { controller: 'Stadt Hagenow', email: 'datenschutz@hagenow.example' },
      accessibility: { contactEmail: 'barrierefrei@hagenow.example' },
      feedbackEmail: 'feedback@hagenow.example',
    },
    modules,
    ...more,
  });
}
