import { defineCity } from '@city-app/core';

// The town's configuration: facts, branding, legal pages and the enabled modules.
// Every option is described in the JSON Schema of @city-app/core; `city-app config explain
// <path>` prints one. Change it here and restart the server.
export default defineCity({
  town: {
    name: 'Hagenow',
    state: 'DE-MV',
    population: 12175,
    areaKm2: 67.45,
    website: 'https://www.hagenow.de',
  },
  branding: {
    appName: 'HageNOW!',
    primaryColor: '#005a8c',
    logo: 'logo.svg',
  },
  locales: ['de', 'en'],
  timezone: 'Europe/Berlin',
  legal: {
    imprint: {
      organisation: 'Stadt Hagenow',
      role: 'Stadtverwaltung',
      representative: 'vertreten durch den Bürgermeister',
      address: 'Lange Straße 28–32\n19230 Hagenow',
      email: 'rathaus@hagenow.example',
      supervisoryAuthority: 'Landkreis Ludwigslust-Parchim',
    },
    privacy: {
      controller: 'Stadt Hagenow',
      email: 'datenschutz@hagenow.example',
      supervisoryAuthority: 'Der Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern',
    },
    accessibility: {
      contactEmail: 'barrierefreiheit@hagenow.example',
    },
    feedbackEmail: 'app@hagenow.example',
  },
  areas: [
    {
      id: 'granzin',
      name: 'Granzin',
    },
    {
      id: 'hagenow-heide',
      name: 'Hagenow Heide',
    },
    {
      id: 'scharbow',
      name: 'Scharbow',
    },
    {
      id: 'sudenhof',
      name: 'Sudenhof',
    },
    {
      id: 'viez',
      name: 'Viez',
    },
    {
      id: 'zapel',
      name: 'Zapel',
    },
  ],
  modules: {
    news: {},
  },
});
