/**
 * `@city-app/notify/browser`: the page's side of notifications — whether push works here,
 * the anonymous installation id, subscribing and unsubscribing, preferences, and the
 * resident's right to export and delete their data. No validation library and no Node APIs:
 * the server validates.
 *
 * Contract with the service worker (`@city-app/notify/sw`): the page copies the installation
 * id into IndexedDB — database `city-app/notify` (version 1), object store `settings`, key
 * `installationId`, value the UUID as a string — whenever it stores preferences, and deletes
 * it with "delete my data". A service worker reads it with `readInstallationId()` (e.g. in its
 * `pushsubscriptionchange` handler, to PUT the new subscription to
 * `/api/notify/installations/<id>`). The page itself keeps the id in localStorage under
 * `city-app:notify-installation`.
 */
export {
  currentSubscription,
  deleteData,
  exportData,
  installationId,
  listTopics,
  loadPreferences,
  type NotifyClientOptions,
  type Preferences,
  pushSupport,
  type QuietHours,
  type StoredPreferences,
  savePreferences,
  sendTestNotification,
  subscribe,
  type TopicChoice,
  unsubscribe,
} from './client.js';
export {
  type DevicePushState,
  devicePushState,
  enableDevice,
  enableTopic,
} from './device-push.js';
export {
  type BrowserPushManager,
  type BrowserPushSubscription,
  browserEnvironment,
  type PushEnvironment,
} from './environment.js';
export { isPushClientError, PushClientError, type PushClientErrorCode } from './errors.js';
export {
  INSTALLATION_STORAGE_KEY,
  readInstallationId,
  SERVICE_WORKER_STORE,
} from './installation-id.js';
export { type DevicePushAccess, installationPush, topicPush } from './push-access.js';
export { pushCodeKey, pushProblemKey } from './push-problem.js';
export type { PushSupport } from './support.js';
