import { type CityConfig, defineCity } from '@city-app/core';
import {
  type ApiClient,
  CityApp,
  type ScreenProps,
  screenMismatch,
  useCity,
  type WebModule,
} from '@city-app/web';
import type { ComponentType } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { describe, expect, it } from 'vitest';
import type { ArticlePage, EditorArticle, PublishedArticle } from '../article.js';
import manifest, { newsConfigSchema } from '../index.js';
import { ArticleForm } from './admin/article-form.js';
import { emptyValues } from './admin/article-form-state.js';
import { ArticleTable } from './admin/article-table.js';
import { PublishControls } from './admin/publish-controls.js';
import newsPart from './index.js';
import { ArticleView } from './views/article-view.js';
import { NewsListView } from './views/news-list-view.js';

// As the Vite plugin hands it to the shell: with its options, defaults applied.
const newsWeb: WebModule = { ...newsPart, options: newsConfigSchema.parse({}) };

/**
 * The screens' views rendered inside the real shell (router, town context, translations),
 * on the server, with fixed data: what a resident or editor gets once the API has answered.
 */
const city: CityConfig = defineCity({
  town: { name: 'Musterstadt', state: 'DE-MV' },
  areas: [{ id: 'altstadt', name: 'Altstadt' }],
  legal: {
    imprint: {
      organisation: 'Stadt Musterstadt',
      address: 'Markt 1',
      email: 'rathaus@musterstadt.example',
    },
    privacy: { controller: 'Stadt Musterstadt', email: 'datenschutz@musterstadt.example' },
    accessibility: { contactEmail: 'barrierefreiheit@musterstadt.example' },
    feedbackEmail: 'feedback@musterstadt.example',
  },
  modules: { news: {} },
});

const api: ApiClient = {
  get: () => new Promise(() => {}),
  post: () => new Promise(() => {}),
  put: () => new Promise(() => {}),
  patch: () => new Promise(() => {}),
  delete: () => new Promise(() => {}),
};

const summary = {
  id: '8d7a3c0e-4a43-4e55-9a51-0c3f2b8e1a10',
  slug: 'sperrung-lange-strasse',
  title: 'Sperrung <Lange Straße>',
  teaser: 'Ab Montag gesperrt.',
  category: 'Baustellen',
  area: null,
  imageUrl: '/bilder/sperrung.jpg',
  imageAlt: 'Absperrgitter',
  publishedAt: '2025-02-28T23:30:00.000Z',
  // The server's day in Europe/Berlin: already 1 March there.
  publishedOn: '2025-03-01',
};

async function renderApp(
  modules: WebModule[],
  url: string,
  locale: 'de' | 'en' = 'de',
): Promise<string> {
  const config = {
    ...city,
    locales: locale === 'de' ? city.locales : (['en', 'de'] as CityConfig['locales']),
  };
  const { prelude } = await prerenderToNodeStream(
    <CityApp config={config} modules={modules} api={api} url={url} />,
  );
  let html = '';
  for await (const chunk of prelude) html += chunk;
  return html;
}

/** Renders `View` at `/news/test` inside the app and waits for lazy parts. */
function render(View: ComponentType<ScreenProps>, locale: 'de' | 'en' = 'de'): Promise<string> {
  // A test screen the news module does not declare, so the shell's route shape directly.
  const module: WebModule = {
    manifest,
    routes: [{ path: 'test', screen: async () => ({ default: View }) }],
  };
  return renderApp([module], '/news/test', locale);
}

describe('the web module in the shell', () => {
  it('has a screen for each pattern its meta declares, and no other', () => {
    expect(screenMismatch(newsPart)).toEqual([]);
  });

  it('mounts the list, the detail and the home widget, each loading its data', async () => {
    const list = await renderApp([newsWeb], '/news');
    expect(list).toMatch(/<h1[^>]*>Aktuelles<\/h1>/);
    expect(list).toContain('Nach Kategorie filtern');
    expect(list).toContain('Wird geladen');
    const detail = await renderApp([newsWeb], '/news/sommerfest');
    expect(detail).toContain('Zurück zu allen Nachrichten');
    const home = await renderApp([newsWeb], '/');
    // The shell's card gives the widget its one heading and the link to the list.
    expect(home.match(/<h2 class="city-card__title">Aktuelles<\/h2>/g)).toHaveLength(1);
    expect(home).toContain('Alles aus „Aktuelles“');
    expect(home).toContain('Wird geladen');
  });
});

describe('news list', () => {
  const page: ArticlePage = { items: [summary], total: 25 };
  it('shows the heading, filter, articles with dates in the town’s time zone, pages and the feed', async () => {
    const html = await render(() => (
      <NewsListViewWithCity page={page} category="" pageNumber={2} />
    ));
    expect(html).toMatch(/<h1[^>]*>Aktuelles<\/h1>/);
    expect(html).toContain('Nach Kategorie filtern');
    expect(html).toContain('<option value="Baustellen">Baustellen</option>');
    expect(html).toMatch(
      /<h2 class="city-card__title"><a href="\/news\/sperrung-lange-strasse"[^>]*>Sperrung &lt;Lange Straße&gt;<\/a><\/h2>/,
    );
    expect(html).toContain('<time dateTime="2025-02-28T23:30:00.000Z">1. März 2025</time>');
    expect(html).toContain('aria-label="Seiten"');
    expect(html).toContain('Seite 2 von 3');
    expect(html).toContain('href="/api/news/feed.atom"');
  });

  it('says so when a category has no news', async () => {
    const html = await render(() => (
      <NewsListViewWithCity page={{ items: [], total: 0 }} category="Bildung" pageNumber={1} />
    ));
    expect(html).toContain('In der Kategorie „Bildung“ gibt es zurzeit keine Nachrichten.');
    expect(html).not.toContain('aria-label="Seiten"');
  });

  it('speaks English when the resident chose it', async () => {
    const html = await render(
      () => <NewsListViewWithCity page={page} category="" pageNumber={1} />,
      'en',
    );
    expect(html).toMatch(/<h1[^>]*>News<\/h1>/);
    expect(html).toContain('1 March 2025');
    expect(html).toContain('Older news');
  });
});

describe('news detail', () => {
  const article: PublishedArticle = {
    ...summary,
    bodyHtml: '<p>Bitte <a href="/karte">Umleitung</a> beachten.</p>',
    updatedAt: '2025-03-01T10:00:00.000Z',
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '</script><script>alert(1)</script>',
      datePublished: summary.publishedAt,
      dateModified: '2025-03-01T10:00:00.000Z',
      inLanguage: 'de',
      mainEntityOfPage: 'https://app.example/news/x',
      url: 'https://app.example/news/x',
      publisher: { '@type': 'Organization', name: 'Musterstadt' },
      author: { '@type': 'Organization', name: 'Musterstadt' },
    },
  };

  it('shows the article with its image, body, JSON-LD and a way back', async () => {
    const html = await render(() => <ArticleViewWithCity article={article} />);
    expect(html).toMatch(/<h1[^>]*>Sperrung &lt;Lange Straße&gt;<\/h1>/);
    expect(html).toContain(
      '<img class="news-article__image" src="/bilder/sperrung.jpg" alt="Absperrgitter"',
    );
    expect(html).toContain('<p>Bitte <a href="/karte">Umleitung</a> beachten.</p>');
    expect(html).toContain('Veröffentlicht am 1. März 2025');
    const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1];
    expect(jsonLd).toBeDefined();
    expect(JSON.parse(jsonLd as string).headline).toBe('</script><script>alert(1)</script>');
    expect(html).toMatch(/<a href="\/news"[^>]*>Zurück zu allen Nachrichten<\/a>/);
  });

  it('lets a phone load an uploaded image in its smallest width', async () => {
    const stored = `/images/${'d'.repeat(32)}`;
    const html = await render(() => (
      <ArticleViewWithCity article={{ ...article, imageUrl: `${stored}-1600.webp` }} />
    ));
    expect(html).toContain(
      `srcSet="${stored}-480.webp 480w, ${stored}-960.webp 960w, ${stored}-1600.webp 1600w" sizes="(min-width: 48rem) 46rem, 100vw"`,
    );
  });
});

describe('editor screens', () => {
  const draft: EditorArticle = {
    ...summary,
    body: 'Text',
    status: 'draft',
    publishAt: null,
    scheduled: false,
    createdAt: '2025-02-27T08:00:00.000Z',
    updatedAt: '2025-02-27T08:00:00.000Z',
    createdBy: null,
  };
  const scheduled: EditorArticle = {
    ...draft,
    id: '9d7a3c0e-4a43-4e55-9a51-0c3f2b8e1a10',
    title: 'Sommerfest',
    status: 'published',
    publishAt: '2025-06-01T08:00:00.000Z',
    scheduled: true,
  };

  it('lists articles with their status and named actions', async () => {
    const html = await render(() => <ArticleTableWithCity articles={[draft, scheduled]} />);
    expect(html).toContain('<th scope="col">Status</th>');
    expect(html).toContain('Entwurf');
    expect(html).toContain('Geplant für 1. Juni 2025 um 10:00');
    expect(html).toMatch(
      /Veröffentlichen<span class="city-visually-hidden">: Sperrung &lt;Lange Straße&gt;<\/span>/,
    );
    expect(html).toMatch(/Zurückziehen<span class="city-visually-hidden">: Sommerfest<\/span>/);
    expect(html).toContain(`href="/admin/news/${draft.id}"`);
  });

  it('labels every field and announces errors at the field and in a summary', async () => {
    const html = await render(() => (
      <ArticleFormWithCity
        errors={{
          imageAlt: 'Bitte beschreiben Sie das Bild für Menschen, die es nicht sehen können.',
        }}
      />
    ));
    for (const label of [
      'Titel',
      'Anreißer',
      'Text',
      'Anderes Bild hochladen',
      'Alternativtext',
      'Kategorie',
      'Ortsteil',
      'Veröffentlichen ab',
    ]) {
      expect(html).toMatch(
        new RegExp(
          `<label class="city-field__label" for="news-[a-zA-Z]+">${label.replace(/[()]/g, '\\$&')}`,
        ),
      );
    }
    expect(html).toContain('aria-invalid="true"');
    expect(html).toMatch(/id="news-imageAlt"[^>]*aria-describedby="[^"]*news-imageAlt-error/);
    expect(html).toContain('href="#news-imageAlt"');
    expect(html).toContain('Bitte korrigieren Sie die folgenden Angaben:');
  });

  it('offers "Abonnenten benachrichtigen" before publishing, only where the server sends notifications', async () => {
    const now = new Date('2025-03-01T08:00:00.000Z');
    const controls = (
      article: Pick<EditorArticle, 'status' | 'publishAt'>,
      notificationsAvailable: boolean,
    ) =>
      render(() => (
        <PublishControlsWithCity
          article={article}
          notificationsAvailable={notificationsAvailable}
          now={now}
        />
      ));
    const offered = await controls(draft, true);
    expect(offered).toMatch(
      /<input[^>]*type="checkbox"[^>]*id="news-notify"[^>]*aria-describedby="news-notify-description"/,
    );
    expect(offered).toContain(
      '<label class="city-field__label" for="news-notify">Abonnenten benachrichtigen',
    );
    expect(offered).toContain('Veröffentlichen');

    const english = await render(
      () => <PublishControlsWithCity article={draft} notificationsAvailable now={now} />,
      'en',
    );
    expect(english).toContain('Notify subscribers');

    // No notifications on this server, a scheduled draft, or already published: no checkbox.
    expect(await controls(draft, false)).not.toContain('news-notify');
    expect(
      await controls({ status: 'draft', publishAt: '2025-06-01T08:00:00.000Z' }, true),
    ).not.toContain('news-notify');
    const published = await controls({ status: 'published', publishAt: null }, true);
    expect(published).not.toContain('news-notify');
    expect(published).toContain('Zurückziehen');
  });
});

// Small wrappers that read the translator and locale from the app, as the screens do.

function PublishControlsWithCity(props: {
  article: Pick<EditorArticle, 'status' | 'publishAt'>;
  notificationsAvailable: boolean;
  now: Date;
}) {
  const { t } = useCity();
  return (
    <PublishControls
      {...props}
      notify={false}
      t={t}
      onNotifyChange={() => {}}
      onPublish={() => {}}
      onUnpublish={() => {}}
    />
  );
}

function NewsListViewWithCity(props: { page: ArticlePage; category: string; pageNumber: number }) {
  const { t, locale } = useCity();
  return (
    <NewsListView
      {...props}
      categories={['Rathaus', 'Baustellen', 'Bildung']}
      perPage={10}
      basePath="/news"
      feedUrl="/api/news/feed.atom"
      locale={locale}
      t={t}
      onCategory={() => {}}
      onPage={() => {}}
    />
  );
}

function ArticleViewWithCity({ article }: { article: PublishedArticle }) {
  const { t, locale } = useCity();
  return <ArticleView article={article} basePath="/news" locale={locale} t={t} />;
}

function ArticleTableWithCity({ articles }: { articles: EditorArticle[] }) {
  const { t, locale, city: town } = useCity();
  return (
    <ArticleTable
      articles={articles}
      busyId={null}
      locale={locale}
      timeZone={town.timezone}
      t={t}
      onPublish={() => {}}
      onUnpublish={() => {}}
      onDelete={() => {}}
    />
  );
}

function ArticleFormWithCity({ errors }: { errors: Record<string, string> }) {
  const { t, locale, city: town } = useCity();
  return (
    <ArticleForm
      values={{ ...emptyValues(['Rathaus']), imageUrl: '/bild.jpg' }}
      errors={errors}
      categories={['Rathaus']}
      areas={town.areas}
      saving={false}
      locale={locale}
      t={t}
      onChange={() => {}}
      onSubmit={() => {}}
    />
  );
}
