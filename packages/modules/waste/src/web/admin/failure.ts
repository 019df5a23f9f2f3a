import type { Translate } from '@city-app/core';
import { type ApiError, isApiError } from '@city-app/web';

/**
 * The server's refusal as it worded it (in the page's language), or null when the client had
 * to make up the words itself: no connection, or an answer without the server's error body.
 */
export function refusalOf(error: unknown): ApiError | null {
  if (!isApiError(error) || error.status === 0) return null;
  if (error.code === 'invalid_response' || /^http_\d+$/.test(error.code)) return null;
  return error;
}

/** What to tell staff about a failed request: the API's message and hint, never raw detail. */
export function failureText(error: unknown, t: Translate): string {
  if (isApiError(error) && error.status === 0) return t('waste.admin.error.network');
  const refusal = refusalOf(error);
  if (!refusal?.message) return t('waste.admin.error.unknown');
  return [refusal.message, refusal.hint].filter(Boolean).join(' ');
}
