/**
 * What the parts of notify share — topics, installations, the outbox and the delivery
 * workers each take this small context instead of reaching into one another.
 */
import type { NotifyDatabase } from './db.js';
import type { PushServicePolicy } from './endpoints/push-services.js';
import type { Vapid } from './webpush/vapid.js';

export interface NotifyLogger {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

export interface NotifyContext {
  readonly db: NotifyDatabase;
  readonly now: () => Date;
  /** The town's IANA time zone; quiet hours are in it. */
  readonly timezone: string;
  readonly vapid: Vapid;
  /** The push services this town sends to; the worker's sender checks them again. */
  readonly pushServices: PushServicePolicy;
  readonly log?: NotifyLogger;
}
