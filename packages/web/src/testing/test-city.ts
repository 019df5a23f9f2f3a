import { type CityConfig, defineCity } from '@city-app/core';

/** Hagenow with its legal details and the one module under test switched on with defaults. */
export function testCity(moduleId: string): CityConfig {
  return defineCity({
    town: { name: 'Hagenow', state: 'DE-MV' },
    locales: ['de', 'en'],
    legal: {
      imprint: { organisation: 'Stadt Hagenow', address: 'Markt 1', email: 'info@hagenow.example' },
      privacy: { controller: 'Stadt Hagenow', email: 'datenschutz@hagenow.example' },
      accessibility: { contactEmail: 'barrierefrei@hagenow.example' },
      feedbackEmail: 'feedback@hagenow.example',
    },
    modules: { [moduleId]: {} },
  });
}
