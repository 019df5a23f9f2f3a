import type { ApiClient, HomeWidgetWithData } from '../module.js';

/**
 * The data of home widgets declared with `defineHomeWidget`, kept per widget for the whole
 * visit: the home screen shows what it had at once when the resident returns to it.
 */
export type WidgetData = { state: 'ready'; data: unknown } | { state: 'failed'; error: Error };

// biome-ignore lint/suspicious/noExplicitAny: one store for widgets of any data; each widget reads only its own
export type AnyWidget = HomeWidgetWithData<any>;

const results = new WeakMap<AnyWidget, WidgetData>();
const pending = new WeakMap<AnyWidget, Promise<void>>();
/** Widgets whose data the app started loading as it opened; their first mount needs no request. */
const startedWithApp = new WeakSet<AnyWidget>();

export function isDataWidget(widget: object): widget is AnyWidget {
  return typeof widget !== 'function' && 'data' in widget && 'component' in widget;
}

/** What is known of a widget's data: undefined before its first answer. */
export function widgetData(widget: AnyWidget): WidgetData | undefined {
  return results.get(widget);
}

/**
 * Loads a widget's data; one request at a time per widget. A failed refresh keeps the data
 * the widget already shows (stale news beat an error on the home screen).
 */
export function loadWidgetData(widget: AnyWidget, api: ApiClient): Promise<void> {
  const running = pending.get(widget);
  if (running) return running;
  const request = Promise.resolve()
    .then(() => widget.data(api))
    .then(
      (data) => {
        results.set(widget, { state: 'ready', data });
      },
      (error: unknown) => {
        if (results.get(widget)?.state === 'ready') return;
        results.set(widget, {
          state: 'failed',
          error: error instanceof Error ? error : new Error(String(error)),
        });
      },
    )
    .finally(() => pending.delete(widget));
  pending.set(widget, request);
  return request;
}

/** Starts loading as the app opens; the widget's first mount then takes this answer as fresh. */
export function preloadWidgetData(widget: AnyWidget, api: ApiClient): Promise<void> {
  startedWithApp.add(widget);
  return loadWidgetData(widget, api);
}

/**
 * Whether this mount can use what the app's start loaded without asking again: true once per
 * widget, and only if that answer is already there (otherwise the mount joins the request).
 */
export function takeStartData(widget: AnyWidget): boolean {
  return startedWithApp.delete(widget) && results.has(widget);
}
