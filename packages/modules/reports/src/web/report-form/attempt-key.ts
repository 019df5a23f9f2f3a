import { isApiError } from '@city-app/web';

/** A new attempt's `Idempotency-Key`; without a secure context (plain http) no randomUUID. */
export function newAttemptKey(): string {
  return (
    globalThis.crypto?.randomUUID?.() ??
    `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  );
}

/**
 * No answer came (the connection dropped, a proxy gave up): the report may have been stored,
 * so the next try is the same attempt, with the same key. After a refusal it is a new one.
 */
export const answerLost = (error: unknown) =>
  isApiError(error) && [0, 502, 503, 504].includes(error.status);
