import { startPeriodicJob } from '../../background/once-per-period.js';
import type { Logger, Queryable, StopBackgroundWork } from '../../module.js';
import { deleteFeedback, type ForgetRecipient } from './deletion.js';

/** Feedback is kept this many days unless CITY_APP_FEEDBACK_RETENTION_DAYS says otherwise. */
export const DEFAULT_FEEDBACK_RETENTION_DAYS = 180;
export const MAX_FEEDBACK_RETENTION_DAYS = 3650;

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * Deletes feedback older than `retentionDays`, once an hour across all server processes
 * (each looks every ten minutes; the database lets one of them run it). So nothing is kept
 * more than an hour beyond its retention period.
 */
export function startFeedbackRetention(
  db: Queryable,
  options: {
    retentionDays: number;
    forgetRecipient: ForgetRecipient;
    log: Logger;
    now?: () => Date;
    checkEveryMs?: number;
  },
): { stop: StopBackgroundWork; tick(): Promise<boolean> } {
  return startPeriodicJob(
    db,
    {
      name: 'feedback-retention',
      periodMs: HOUR_MS,
      async run(now) {
        const deleted = await deleteFeedback(db, options.forgetRecipient, {
          receivedBefore: new Date(now.getTime() - options.retentionDays * DAY_MS),
        });
        if (deleted > 0)
          options.log.info(
            `Deleted ${deleted} feedback older than ${options.retentionDays} days (retention period)`,
          );
      },
    },
    {
      log: options.log,
      checkEveryMs: options.checkEveryMs ?? 10 * 60_000,
      ...(options.now ? { now: options.now } : {}),
    },
  );
}
