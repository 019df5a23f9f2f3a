/** The meta tag whose presence tells the shell to register the service worker (built apps only). */
export const SERVICE_WORKER_META = 'city-app-service-worker';

/**
 * `Symbol.for()` key of the mark the plugin sets on the config it hands to the browser: the
 * town's colours are in the stylesheet already, so the shell neither measures nor sets them.
 */
export const THEME_IN_STYLESHEET_KEY = 'city-app.themeInStylesheet';

/**
 * `Symbol.for()` key under which the plugin hands the shell the header logo's markup, when the
 * logo can go into the page inline (see plugin/inline-logo.ts).
 */
export const INLINE_LOGO_KEY = 'city-app.inlineLogo';

/**
 * The message a page sends its service worker when the worker takes control: `{ type, urls }`
 * with the API answers the page loaded before, which the worker then keeps for offline use.
 */
export const CACHE_LOADED_MESSAGE = 'city-app:cache-loaded';

/** How many URLs such a message may name; the worker ignores the rest. */
export const CACHE_LOADED_MAX_URLS = 50;
