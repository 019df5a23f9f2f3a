import type { Logger, Queryable } from '../../module.js';
import type { SchedulerJob } from '../../scheduler/index.js';
import { deleteFeedback, type ForgetRecipient } from './deletion.js';

/** Feedback is kept this many days unless CITY_APP_FEEDBACK_RETENTION_DAYS says otherwise. */
export const DEFAULT_FEEDBACK_RETENTION_DAYS = 180;
export const MAX_FEEDBACK_RETENTION_DAYS = 3650;

const DAY_MS = 86_400_000;

/**
 * The kernel's scheduled job that deletes feedback older than `retentionDays`, once an hour
 * across all server processes, so nothing is kept more than an hour beyond its retention
 * period. It counts from the due time, not the clock: a run repeated after a process died
 * deletes the same.
 */
export function feedbackRetentionJob(
  db: Queryable,
  options: { retentionDays: number; forgetRecipient: ForgetRecipient; log: Logger },
): SchedulerJob {
  return {
    id: 'kernel.feedback-retention',
    module: 'kernel',
    kind: 'job',
    title: { de: 'Alte Rückmeldungen löschen', en: 'Delete old feedback' },
    every: '1 hour',
    async run({ dueAt }) {
      const deleted = await deleteFeedback(db, options.forgetRecipient, {
        receivedBefore: new Date(dueAt.getTime() - options.retentionDays * DAY_MS),
      });
      if (deleted > 0)
        options.log.info(
          `Deleted ${deleted} feedback older than ${options.retentionDays} days (retention period)`,
        );
      return { deleted };
    },
  };
}
