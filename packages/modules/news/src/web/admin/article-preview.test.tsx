// @vitest-environment happy-dom
import { defineCity } from '@city-app/core';
import { CityApp, createApiClient, type WebModule } from '@city-app/web';
import axe from 'axe-core';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticlePreview } from '../../article.js';
import { newsConfigSchema } from '../../config.js';
import newsWeb from '../index.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const city = defineCity({
  town: { name: 'Musterstadt', state: 'DE-MV' },
  locales: ['de', 'en'],
  legal: {
    imprint: {
      organisation: 'Stadt Musterstadt',
      address: 'Markt 1',
      email: 'info@muster.example',
    },
    privacy: { controller: 'Stadt Musterstadt', email: 'datenschutz@muster.example' },
    accessibility: { contactEmail: 'barrierefrei@muster.example' },
    feedbackEmail: 'feedback@muster.example',
  },
  modules: { news: {} },
});
const news: WebModule = { ...newsWeb, options: newsConfigSchema.parse({}) };

// What the server renders from the form: Markdown as sanitised HTML, the day it will carry.
const RENDERED: ArticlePreview = {
  title: 'Neues Pflaster am Markt',
  teaser: 'Ab Montag ist der Markt wieder frei.',
  category: 'Rathaus',
  area: null,
  imageUrl: null,
  imageAlt: null,
  publishedAt: '2027-03-01T08:00:00.000Z',
  publishedOn: '2027-03-01',
  bodyHtml: '<p>Die <strong>Bauarbeiten</strong> sind beendet.</p>',
};

/** The editor's server: who is signed in, the town, and the preview it renders. */
function editorServer() {
  const sent: { method: string; path: string; body: unknown }[] = [];
  const api = createApiClient({
    csrfToken: () => undefined,
    fetch: async (input, init) => {
      const path = new URL(String(input), 'http://localhost').pathname;
      const method = init?.method ?? 'GET';
      sent.push({ method, path, body: init?.body ? JSON.parse(String(init.body)) : undefined });
      if (path === '/api/auth/me') {
        return Response.json({
          user: {
            id: 'u1',
            email: 'redaktion@muster.example',
            name: 'Redaktion',
            roles: ['editor'],
          },
        });
      }
      if (path === '/api/town') return Response.json({ notifications: false });
      if (method === 'POST' && path === '/api/news/admin/preview') return Response.json(RENDERED);
      return Response.json({ code: 'not_found', message: 'Nicht gefunden.' }, { status: 404 });
    },
  });
  return { api, sent };
}

let unmount = () => {};
afterEach(() => unmount());

function renderEditor(locale: 'de' | 'en') {
  const server = editorServer();
  const url = '/admin/news/new';
  window.history.replaceState(null, '', url);
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  act(() =>
    root.render(
      <CityApp config={city} modules={[news]} api={server.api} url={url} locale={locale} />,
    ),
  );
  unmount = () => {
    act(() => root.unmount());
    container.remove();
  };
  return { container, sent: server.sent };
}

/** Turns the event loop until `ready` holds (at most 3 s): the shell loads the screen lazily. */
async function until(ready: () => boolean) {
  for (let turn = 0; turn < 150 && !ready(); turn++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  }
}

function fill(container: HTMLElement, id: string, value: string) {
  const input = container.querySelector<HTMLInputElement>(`#${id}`);
  if (!input) throw new Error(`no field #${id}`);
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')?.set;
  act(() => {
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const buttonNamed = (container: HTMLElement, name: string) =>
  [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);

function button(container: HTMLElement, name: string): HTMLButtonElement {
  const found = buttonNamed(container, name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

const WORDS = {
  de: { show: 'Vorschau anzeigen', update: 'Vorschau aktualisieren', heading: 'Vorschau' },
  en: { show: 'Show preview', update: 'Update preview', heading: 'Preview' },
} as const;

describe.each(['de', 'en'] as const)('the news editor’s preview (%s)', (locale) => {
  const words = WORDS[locale];

  it('shows the unsaved article as residents will read it, and moves the focus there', async () => {
    const { container, sent } = renderEditor(locale);
    await until(() => buttonNamed(container, words.show) !== undefined);
    const show = button(container, words.show);
    fill(container, 'news-title', RENDERED.title);
    fill(container, 'news-teaser', RENDERED.teaser);
    await act(async () => show.click());

    await until(() => container.querySelector('section.news-preview') !== null);
    const region = container.querySelector('section.news-preview') as HTMLElement;
    const previews = sent.filter((r) => r.path === '/api/news/admin/preview');
    expect(previews).toMatchObject([
      { method: 'POST', body: { title: RENDERED.title, teaser: RENDERED.teaser } },
    ]);
    // Nothing saved: no article was created.
    expect(sent.some((r) => r.path === '/api/news/admin/articles')).toBe(false);
    const heading = region.querySelector('h2');
    expect(heading?.textContent).toBe(words.heading);
    expect(document.activeElement).toBe(heading);
    expect(region.querySelector('h3')?.textContent).toBe(RENDERED.title);
    // The article is German whatever the app's language; the words around it follow the app.
    expect(region.querySelector('h3')?.closest('[lang]')?.getAttribute('lang')).toBe('de');
    expect(region.querySelector('.news-article__body')?.innerHTML).toBe(RENDERED.bodyHtml);
    expect(region.querySelector('time')?.getAttribute('datetime')).toBe(RENDERED.publishedAt);
    expect(button(container, words.update)).toBeTruthy();
    // One page, one main heading: the preview's title is not a second h1.
    expect(container.querySelectorAll('h1')).toHaveLength(1);
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it('asks for what is missing before it asks the server', async () => {
    const { container, sent } = renderEditor(locale);
    await until(() => buttonNamed(container, words.show) !== undefined);
    await act(async () => button(container, words.show).click());
    expect(container.querySelector('a[href="#news-title"]')).not.toBeNull();
    expect(sent.some((r) => r.path === '/api/news/admin/preview')).toBe(false);
    expect(container.querySelector('section.news-preview')).toBeNull();
  });
});
