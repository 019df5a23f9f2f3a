import { defineModuleMeta } from '@city-app/core';
import { prerenderToNodeStream } from 'react-dom/static';
import { describe, expect, it } from 'vitest';
import { townWith } from '../../test/town.js';
import { createApiClient } from '../api/api-client.js';
import { defineWebModule, type WebModule } from '../module.js';
import { CityApp } from './create-city-web.js';
import { useModule } from './use-module.js';

const city = townWith({ kurse: {} }, { locales: ['de', 'en'] });

const meta = defineModuleMeta({
  id: 'kurse',
  title: { de: 'Kurse', en: 'Courses' },
  description: { de: 'Kurse', en: 'Courses' },
  field: 'education',
  messages: { de: { 'kurse.seats': '{n} Plätze frei' }, en: { 'kurse.seats': '{n} seats left' } },
  personalData: [],
  screens: { resident: [''] },
});

/** Shows what the hook gives: an option, a message, the API's answer. */
function Courses() {
  const { id, options, messages, t, api } = useModule<{ perPage: number }>('kurse');
  return (
    <>
      <h1>{t('kurse.seats', { n: options.perPage })}</h1>
      <p>{`${id}: ${messages['kurse.seats']} ${typeof api.patch}`}</p>
    </>
  );
}

const web: WebModule = {
  ...defineWebModule({ manifest: meta, screens: { '': async () => ({ default: Courses }) } }),
  // As the Vite plugin fills it in: defaults applied.
  options: { perPage: 12 },
};

async function render(locale: 'de' | 'en'): Promise<string> {
  const api = createApiClient({ fetch: async () => new Response('{}') });
  const { prelude } = await prerenderToNodeStream(
    <CityApp config={city} modules={[web]} api={api} url="/kurse" locale={locale} />,
  );
  let html = '';
  for await (const chunk of prelude) html += chunk;
  return html;
}

describe('useModule()', () => {
  it('gives a screen its resolved options, its messages in the current language and the API client', async () => {
    const de = await render('de');
    expect(de).toContain('12 Plätze frei</h1>');
    expect(de).toContain('kurse: {n} Plätze frei function');
    expect(await render('en')).toContain('12 seats left</h1>');
  });
});
