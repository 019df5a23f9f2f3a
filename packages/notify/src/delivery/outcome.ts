/** What a push service's answer means for a delivery: sent, retried later, failed or gone. */
import type { PushResult } from '../webpush/sender.js';
import type { ClaimedRow, Outcome } from './rows.js';

const MAX_BACKOFF_MS = 3600_000;

export interface Retries {
  /** Attempts before a delivery counts as failed. */
  maxAttempts: number;
  /** First retry delay; doubles per attempt, at most 1 h. */
  backoffMs: number;
}

export function judge(
  row: ClaimedRow,
  result: PushResult,
  at: Date,
  retries: Retries,
): Omit<Outcome, 'row'> {
  const { maxAttempts, backoffMs } = retries;
  const { status } = result;
  if (status >= 200 && status < 300)
    return { state: 'sent', due: at, status, outcome: 'sent', detail: null };
  if (status === 404 || status === 410) {
    return { state: 'gone', due: at, status, outcome: 'gone', detail: 'subscription removed' };
  }
  if (result.refused)
    return { state: 'failed', due: at, status, outcome: 'failed', detail: 'endpoint refused' };
  // The log is readable with the installation id alone: a network error's text (refused,
  // reset, certificate) stays in the server log, the delivery log says only that it failed.
  const detail = status === 0 ? 'delivery failed' : null;
  const transient = status === 0 || status === 429 || status >= 500;
  if (!transient || row.attempts >= maxAttempts) {
    return { state: 'failed', due: at, status, outcome: 'failed', detail };
  }
  const backoff = Math.min(backoffMs * 2 ** (row.attempts - 1), MAX_BACKOFF_MS);
  const wait = Math.max(backoff, (result.retryAfter ?? 0) * 1000);
  return {
    state: 'pending',
    due: new Date(at.getTime() + wait),
    status,
    outcome: 'retry',
    detail,
  };
}
