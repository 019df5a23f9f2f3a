/**
 * The push handlers registered on the service worker's global scope, built as one
 * self-contained script (`dist/sw-handlers.js`) that `@city-app/web` inlines into the app's
 * generated `sw.js`. Defaults only: the VAPID key is read from the server when needed.
 */
import { handleNotificationClick, handlePush, handlePushSubscriptionChange } from './sw.js';

type Listener = (event: never) => unknown;
// `self`, the service worker's global scope (the same object as globalThis there).
const scope = self as unknown as { addEventListener(type: string, listener: Listener): void };

scope.addEventListener('push', (event: Parameters<typeof handlePush>[0]) => handlePush(event));
scope.addEventListener(
  'notificationclick',
  (event: Parameters<typeof handleNotificationClick>[0]) => handleNotificationClick(event),
);
scope.addEventListener(
  'pushsubscriptionchange',
  (event: Parameters<typeof handlePushSubscriptionChange>[0]) =>
    // A failed update is logged by the browser; the page repairs it on the next visit.
    handlePushSubscriptionChange(event).catch(() => undefined),
);
