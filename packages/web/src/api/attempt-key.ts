import { answerLost } from './api-client.js';

/**
 * A new attempt's `Idempotency-Key`: a repeated submit (a double tap, a retry) acts once.
 * Without a secure context (plain http) there is no `randomUUID`.
 */
export function attemptKey(): string {
  return (
    globalThis.crypto?.randomUUID?.() ??
    `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  );
}

/** The key for the next try after `error`: the same after a lost answer, else a new one. */
export function keyAfter(error: unknown, current: string): string {
  return answerLost(error) ? current : attemptKey();
}
