export type { NotifyDatabase, NotifyMigration, Queryable } from './db.js';
export type { NotifyWorker, WorkerOptions, WorkerRun } from './delivery/worker.js';
export {
  isPublicAddress,
  NonPublicAddressError,
  publicAddressLookup,
} from './endpoints/public-address.js';
export {
  BROWSER_PUSH_SERVICES,
  type EndpointRefusal,
  extraPushServicesFromEnv,
  type PushServicePolicy,
  refuseEndpoint,
} from './endpoints/push-services.js';
export { MAX_PLAINTEXT_BYTES, notifyErrors } from './errors.js';
export { notifyMigrations } from './migrations.js';
export {
  createNotify,
  type DispatchFigures,
  type Installation,
  type Notify,
  type NotifyLogger,
  type NotifyOptions,
  type Topic,
} from './notify.js';
export { MAX_MESSAGES_PER_CALL } from './outbox/send-many.js';
export type { NotificationPayload } from './payload.js';
export {
  type InstallationInput,
  installationInput,
  type LocalizedText,
  MAX_INSTALLATIONS_PER_MESSAGE,
  type QuietHours,
  type ResubscribeInput,
  resubscribeInput,
  type SendInput,
  sendInput,
  type TopicInput,
  type TopicSendInput,
  topicInput,
  topicSendInput,
} from './schemas.js';
export { resolveVapidKeys } from './vapid-store.js';
export {
  decodeKeys,
  type EncryptOptions,
  encryptPayload,
  type SubscriptionKeys,
} from './webpush/encrypt.js';
export {
  createPushSender,
  type PushOptions,
  type PushResult,
  type PushSender,
  type PushSenderOptions,
  type PushTarget,
  parseRetryAfter,
  type Urgency,
} from './webpush/sender.js';
export {
  createVapid,
  generateVapidKeys,
  type Vapid,
  type VapidKeys,
  vapidKeysFromEnv,
} from './webpush/vapid.js';
