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
/**
 * What the worker tells its pages about the connection: `offline` when it answered from its
 * cache because the network failed, `online` when the network answers again. A phone on a dead
 * Wi-Fi still reports `navigator.onLine`; the worker's failed fetch is the honest signal.
 */
export const CONNECTION_MESSAGE = 'city-app:connection';
/**
 * A page the worker served from its cache because the network failed carries this meta
 * element (`content="offline"`), so the app knows from its first moment.
 */
export const SERVED_META = 'city-app-served';

/** How many URLs such a message may name; the worker ignores the rest. */
export const CACHE_LOADED_MAX_URLS = 50;
