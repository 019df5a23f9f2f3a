import { defineCity, defineModuleMeta } from '@city-app/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../api/api-client.js';
import {
  defineHomeWidget,
  defineWebModule,
  type HomeWidgetProps,
  type HomeWidgetWithData,
} from '../module.js';
import { INLINE_LOGO_KEY } from '../plugin/html-constants.js';
import { initialLocale } from './context.js';
import { CityApp, preloadHomeWidgets } from './create-city-web.js';

const city = defineCity({
  town: { name: 'Hagenow', state: 'DE-MV' },
  branding: { appName: 'HageNOW!', logo: 'logo.svg' },
  legal: {
    imprint: {
      organisation: 'Stadt Hagenow',
      address: 'Lange Straße 28\n19230 Hagenow',
      email: 'info@hagenow.example',
    },
    privacy: { controller: 'Stadt Hagenow', email: 'datenschutz@hagenow.example' },
    accessibility: { contactEmail: 'barrierefrei@hagenow.example' },
    feedbackEmail: 'feedback@hagenow.example',
  },
});

const screen = async () => ({ default: () => null });

/** A module for these tests: its manifest's words, and the web parts under test. */
function testModule(
  manifest: Pick<
    Parameters<typeof defineModuleMeta>[0],
    'id' | 'title' | 'description' | 'field' | 'path'
  >,
  parts: Partial<Omit<Parameters<typeof defineWebModule>[0], 'manifest'>>,
) {
  return defineWebModule({
    manifest: defineModuleMeta({
      ...manifest,
      messages: { de: {}, en: {} },
      personalData: [],
    }),
    screens: {},
    ...parts,
  });
}

const news = testModule(
  {
    id: 'news',
    title: { de: 'Aktuelles', en: 'News' },
    description: { de: 'Nachrichten der Stadt', en: 'News from the town' },
    field: 'administration',
    path: '/aktuelles',
  },
  { screens: { '': screen }, homeWidget: screen },
);
const staffOnly = testModule(
  {
    id: 'rooms',
    title: { de: 'Räume', en: 'Rooms' },
    description: { de: 'Räume verwalten', en: 'Manage rooms' },
    field: 'education',
  },
  { admin: { role: 'librarian', screens: { '': screen } } },
);

function render(url: string): string {
  return renderToStaticMarkup(
    <CityApp
      config={city}
      modules={[news, staffOnly]}
      api={createApiClient({ fetch: async () => new Response('{}') })}
      url={url}
    />,
  );
}

describe('the shell', () => {
  it('renders the home screen with skip link, header, navigation, cards and footer', () => {
    const html = render('/');
    expect(html.indexOf('class="city-skip-link" href="#main"')).toBeLessThan(
      html.indexOf('<header'),
    );
    expect(html).toContain('<main id="main" tabindex="-1" class="city-main">');
    expect(html).toContain('<h1 id="page-title" tabindex="-1">Alles auf einen Blick</h1>');
    expect(html).toContain('<img src="/logo.svg" alt="" class="city-header__logo"/>');
    expect(html).toMatch(
      /<nav aria-label="Hauptnavigation"[^>]*>.*<a href="\/" aria-current="page">Start<\/a>.*<a href="\/aktuelles">Aktuelles<\/a>/,
    );
    // A staff-only module has a card on home but no resident navigation entry.
    expect(html).toMatch(/<li class="city-card"><h2 class="city-card__title">Räume<\/h2>/);
    expect(html).not.toContain('href="/rooms"');
    for (const [href, text] of [
      ['/impressum', 'Impressum'],
      ['/datenschutz', 'Datenschutz'],
      ['/barrierefreiheit', 'Barrierefreiheit'],
      ['/feedback', 'Feedback'],
      ['/termine', 'Meine Termine'],
      ['/einstellungen', 'Einstellungen'],
    ]) {
      expect(html).toContain(`<a href="${href}">${text}</a>`);
    }
  });

  it('puts a logo the build found plain into the header inline, hidden from screen readers like the image', () => {
    const logo =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8"/></svg>';
    const html = renderToStaticMarkup(
      <CityApp
        config={Object.assign(structuredClone(city), { [Symbol.for(INLINE_LOGO_KEY)]: logo })}
        modules={[news]}
        api={createApiClient({ fetch: async () => new Response('{}') })}
        url="/"
      />,
    );
    expect(html).toContain(`<span class="city-header__logo" aria-hidden="true">${logo}</span>`);
    expect(html).not.toContain('<img');
  });

  it('marks the current section and shows a 404 page for unknown paths', () => {
    expect(render('/aktuelles')).toContain(
      '<a href="/aktuelles" aria-current="page">Aktuelles</a>',
    );
    const missing = render('/gibt-es-nicht');
    expect(missing).toContain('Seite nicht gefunden');
    expect(missing).toContain('/gibt-es-nicht');
    // Inside a module's path, but none of its screens: the same page (the server answers 404).
    expect(render('/aktuelles/gibt/es-nicht')).toContain('Seite nicht gefunden');
  });

  it('shows a loading state with an accessible name while a page loads', () => {
    expect(render('/impressum')).toMatch(/role="status".*Seite wird geladen …/);
  });
});

/** A widget that only renders the data the shell hands it. */
function Notices({ data }: HomeWidgetProps<{ items: string[] }>) {
  return <p>{data.items.join(', ')}</p>;
}

function noticesModule() {
  return testModule(
    {
      id: 'hinweise',
      title: { de: 'Hinweise', en: 'Notices' },
      description: { de: 'Hinweise der Stadt', en: 'Notices from the town' },
      field: 'administration',
    },
    {
      homeWidget: defineHomeWidget({
        data: (api) => api.get<{ items: string[] }>('/api/hinweise'),
        component: async () => ({ default: Notices }),
      }),
    },
  );
}

describe('home widgets whose data the shell loads', () => {
  const api = createApiClient({
    fetch: async () => new Response(JSON.stringify({ items: ['Baustelle Lange Straße'] })),
  });
  const home = (module: ReturnType<typeof noticesModule>) =>
    renderToStaticMarkup(<CityApp config={city} modules={[module]} api={api} url="/" />);

  it('renders the widget with its data in the first render once it was loaded as the app opened', async () => {
    const notices = noticesModule();
    await preloadHomeWidgets([notices], '/', api);
    const html = home(notices);
    expect(html).toContain('<p>Baustelle Lange Straße</p>');
    expect(html).not.toContain('city-spinner');
  });

  it('names the town in a widget’s title where it says {town}', () => {
    const notices = noticesModule();
    const titled = {
      ...notices,
      homeWidget: { ...(notices.homeWidget as object), title: { de: 'Neu in {town}' } },
    } as ReturnType<typeof noticesModule>;
    expect(home(titled)).toContain('<h2 class="city-card__title">Neu in Hagenow</h2>');
  });

  it('draws no card for a widget whose data shows nothing, and the card once it does', async () => {
    const optional = (items: string[]) => {
      const notices = noticesModule();
      const widget = notices.homeWidget as HomeWidgetWithData<{ items: string[] }>;
      return {
        ...notices,
        homeWidget: { ...widget, data: async () => ({ items }), shows: (d) => d.items.length > 0 },
      } as ReturnType<typeof noticesModule>;
    };
    const none = optional([]);
    expect(home(none)).not.toContain('city-card');
    await preloadHomeWidgets([none], '/', api);
    expect(home(none)).not.toContain('city-card');
    const some = optional(['Baustelle Lange Straße']);
    await preloadHomeWidgets([some], '/', api);
    expect(home(some)).toMatch(
      /<h2 class="city-card__title">Hinweise<\/h2>.*<p>Baustelle Lange Straße<\/p>/,
    );
  });

  it('has a card keep the room its module declares for the widget, a short one by default', () => {
    const notices = noticesModule();
    expect(home(notices)).toContain(
      '<li class="city-card city-home-widget city-home-widget--short"><h2 class="city-card__title">Hinweise</h2>',
    );
    const tall = {
      ...notices,
      homeWidget: { ...(notices.homeWidget as object), usualHeight: 'tall' },
    } as ReturnType<typeof noticesModule>;
    expect(home(tall)).toContain('<li class="city-card city-home-widget city-home-widget--tall">');
  });

  it('shows the shell’s loading state while nothing has arrived', () => {
    const html = home(noticesModule());
    expect(html).toMatch(/<h2 class="city-card__title">Hinweise<\/h2>.*class="city-spinner"/);
    expect(html).not.toContain('Baustelle');
  });
});

describe('initialLocale', () => {
  it('keeps a stored choice the town offers, else takes the town’s first language', () => {
    expect(initialLocale({ locales: ['de', 'en'] }, 'en')).toBe('en');
    expect(initialLocale({ locales: ['de'] }, 'en')).toBe('de');
    expect(initialLocale({ locales: ['de', 'en'] }, 'fr')).toBe('de');
    expect(initialLocale({ locales: ['de', 'en'] }, null)).toBe('de');
  });
});
