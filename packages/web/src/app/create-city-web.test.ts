import { defineModuleMeta } from '@city-app/core';
import { describe, expect, it } from 'vitest';
import { type ApiClient, defineHomeWidget, defineWebModule, type WebModule } from '../module.js';
import { preloadHomeWidgets } from './create-city-web.js';
import { loadWidgetData, takeStartData, widgetData } from './home-data.js';
import { lazyComponent } from './lazy.js';

function moduleWithWidget(id: string, widget?: WebModule['homeWidget']) {
  return defineWebModule({
    manifest: defineModuleMeta({
      id,
      title: { de: id, en: id },
      description: { de: id, en: id },
      field: 'administration',
      personalData: [],
      messages: { de: {}, en: {} },
    }),
    screens: {},
    homeWidget: widget,
  });
}

/** A home widget component, module-level as React expects components to be. */
const Latest = () => null;

function countingWidget(fail = false) {
  const widget = Object.assign(
    async () => {
      widget.calls += 1;
      if (fail) throw new Error('offline');
      return { default: () => null };
    },
    { calls: 0 },
  );
  return widget;
}

describe('preloadHomeWidgets', () => {
  it('starts loading every home widget once when the app opens on the home screen', () => {
    const news = countingWidget();
    const events = countingWidget();
    const modules: WebModule[] = [
      moduleWithWidget('news', news),
      moduleWithWidget('events', events),
      moduleWithWidget('rooms'),
    ];
    preloadHomeWidgets(modules, '/');
    expect([news.calls, events.calls]).toEqual([1, 1]);
  });

  it('loads nothing when the app opens on another screen', () => {
    const news = countingWidget();
    preloadHomeWidgets([moduleWithWidget('news', news)], '/aktuelles');
    preloadHomeWidgets([moduleWithWidget('news', news)], '/einstellungen');
    expect(news.calls).toBe(0);
  });

  it('leaves a widget that cannot be loaded to the home screen, without an unhandled rejection', async () => {
    const broken = countingWidget(true);
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      expect(() => preloadHomeWidgets([moduleWithWidget('news', broken)], '/')).not.toThrow();
      await new Promise((done) => setTimeout(done, 10));
      expect(broken.calls).toBe(1);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
    }
  });

  it('settles once every widget has arrived or failed, and hands out the arrived ones ready to render', async () => {
    const news = async () => ({ default: Latest });
    const broken = countingWidget(true);
    await preloadHomeWidgets(
      [moduleWithWidget('news', news), moduleWithWidget('events', broken)],
      '/',
    );
    // No React.lazy wrapper: the first render shows the widget instead of a spinner.
    expect(lazyComponent(news)).toBe(Latest);
    // A widget that failed stays lazy, so the home screen shows its "try again".
    expect(lazyComponent(broken)).not.toBe(Latest);
    expect((lazyComponent(broken) as { $$typeof?: symbol }).$$typeof).toBe(
      Symbol.for('react.lazy'),
    );
  });
});

/** An API client whose GET answers come from `answer` and are counted. */
function countingApi(answer: (call: number) => unknown) {
  const api = {
    gets: 0,
    async get<T>(): Promise<T> {
      api.gets += 1;
      const value = answer(api.gets);
      if (value instanceof Error) throw value;
      return value as T;
    },
    post: async () => undefined,
    put: async () => undefined,
    patch: async () => undefined,
    delete: async () => undefined,
  };
  return api as typeof api & ApiClient;
}

function dataWidget() {
  return defineHomeWidget({
    data: (api) => api.get<{ items: string[] }>('/api/news?limit=3'),
    component: async () => ({
      default: ({ data }: { data: { items: string[] } }) => data.items[0] ?? null,
    }),
  });
}

describe('home widgets whose data the shell loads', () => {
  it('loads code and data as the app opens on the home screen, so the first mount needs no request', async () => {
    const api = countingApi(() => ({ items: ['Baustelle'] }));
    const widget = dataWidget();
    await preloadHomeWidgets([moduleWithWidget('news', widget)], '/', api);
    expect(api.gets).toBe(1);
    expect(widgetData(widget)).toEqual({ state: 'ready', data: { items: ['Baustelle'] } });
    expect(typeof lazyComponent(widget.component)).toBe('function');
    // The first mount takes that answer; a later visit asks again.
    expect(takeStartData(widget)).toBe(true);
    expect(takeStartData(widget)).toBe(false);
  });

  it('loads no data on another screen, nor for a prerendered page (it is adopted as rendered)', async () => {
    const api = countingApi(() => ({ items: [] }));
    const widget = dataWidget();
    await preloadHomeWidgets([moduleWithWidget('news', widget)], '/aktuelles', api);
    await preloadHomeWidgets([moduleWithWidget('news', widget)], '/');
    expect(api.gets).toBe(0);
    expect(widgetData(widget)).toBeUndefined();
    expect(takeStartData(widget)).toBe(false);
  });

  it('lets a mount that comes before the answer join the request instead of asking twice', async () => {
    let release: (value: unknown) => void = () => undefined;
    const api = countingApi(() => new Promise((resolve) => (release = resolve)));
    const widget = dataWidget();
    const preload = preloadHomeWidgets([moduleWithWidget('news', widget)], '/', api);
    // The render did not wait long enough: the widget mounts while the answer is on its way.
    expect(takeStartData(widget)).toBe(false);
    const joined = loadWidgetData(widget, api);
    await new Promise((done) => setTimeout(done, 0));
    release({ items: ['Spät'] });
    await Promise.all([preload, joined]);
    expect(api.gets).toBe(1);
    expect(widgetData(widget)).toEqual({ state: 'ready', data: { items: ['Spät'] } });
  });

  it('keeps the data it shows when a refresh fails, and reports a failure when it has none', async () => {
    const api = countingApi((call) => (call === 1 ? { items: ['Alt'] } : new Error('offline')));
    const widget = dataWidget();
    await loadWidgetData(widget, api);
    await loadWidgetData(widget, api);
    expect(widgetData(widget)).toEqual({ state: 'ready', data: { items: ['Alt'] } });

    const fresh = dataWidget();
    await loadWidgetData(
      fresh,
      countingApi(() => new Error('offline')),
    );
    expect(widgetData(fresh)).toMatchObject({ state: 'failed', error: { message: 'offline' } });
  });
});
