import { defineModule } from '@city-app/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineWebModule, type WebModule } from '../module.js';
import { preloadHomeWidgets } from './create-city-web.js';
import { lazyComponent } from './lazy.js';

function moduleWithWidget(id: string, widget?: () => Promise<{ default: () => null }>) {
  return defineWebModule({
    manifest: defineModule({
      id,
      title: { de: id, en: id },
      description: { de: id, en: id },
      field: 'administration',
      configSchema: z.object({}),
      messages: { de: {}, en: {} },
    }),
    routes: [],
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
