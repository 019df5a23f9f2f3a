import { isApiError } from '../api/api-client.js';
import type { useCity } from '../app/context.js';

/** A failed call in the staff area's words: no connection, or the server's own message. */
export function errorText(error: unknown, t: ReturnType<typeof useCity>['t']): string {
  if (isApiError(error) && error.status === 0) return t('error.network');
  return t('error.generic', { message: error instanceof Error ? error.message : String(error) });
}
