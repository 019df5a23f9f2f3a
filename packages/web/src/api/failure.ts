import type { Translate } from '@city-app/core';
import { type ApiError, isApiError } from './api-client.js';

/**
 * The server's refusal as it worded it (its catalogue, in the page's language), or null when
 * the client had to make the words up itself: the server was not reached, or it answered
 * without an error of its catalogue (a proxy's page). Those made-up words are English only.
 */
export function refusalOf(error: unknown): ApiError | null {
  if (!isApiError(error) || error.status === 0) return null;
  // The client's own codes: `invalid_response`, `http_<status>` (no error body).
  if (error.code === 'invalid_response' || /^http_\d+$/.test(error.code)) return null;
  return error;
}

/**
 * What to tell a person about a failed request: the server's message and hint, or the
 * shell's own words when there is no refusal to show. Never an English client message.
 */
export function failureText(error: unknown, t: Translate): string {
  if (isApiError(error) && error.status === 0) return t('request.failed.network');
  const refusal = refusalOf(error);
  if (!refusal?.message) return t('request.failed.unknown');
  return [refusal.message, refusal.hint].filter(Boolean).join(' ');
}
