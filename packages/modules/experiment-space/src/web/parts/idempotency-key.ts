import { isApiError } from '@city-app/web';

/** A key that makes a repeated submit (double click, retry after a lost answer) book once. */
export function idempotencyKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * The key for the resident's next try after `error`. When no answer came (the connection
 * dropped, a proxy gave up), the first try may have booked: sending again with the same key
 * returns that booking instead of a second one or "taken". After a refusal the next try is a
 * new request.
 */
export function keyAfter(error: unknown, current: string): string {
  const lost = isApiError(error) && [0, 502, 503, 504].includes(error.status);
  return lost ? current : idempotencyKey();
}
