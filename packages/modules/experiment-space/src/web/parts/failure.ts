import type { Translate } from '@city-app/core';
import { type ApiError, isApiError } from '@city-app/web';

/**
 * The server's refusal as it worded it (its catalogue, in the page's language), or null when
 * the client had to make the words up itself: the server was not reached, or answered
 * without an error of its catalogue (a proxy's page). Those words are English only.
 */
export function refusalOf(error: unknown): ApiError | null {
  if (!isApiError(error) || error.status === 0) return null;
  // The client's own codes: `invalid_response`, `http_<status>` (no error body).
  if (error.code === 'invalid_response' || /^http_\d+$/.test(error.code)) return null;
  return error;
}

/** What to say about a failed request: the server's message and hint, or our own words. */
export function failureText(error: unknown, t: Translate): string {
  if (isApiError(error) && error.status === 0) return t('form.error.network');
  const refusal = refusalOf(error);
  if (!refusal) return t('form.error.unknown');
  return [refusal.message || t('form.error.unknown'), refusal.hint].filter(Boolean).join(' ');
}
