import type { Locale, Translate } from '@city-app/core';
import type { ApiClient } from '../../module.js';

/** What the screen's parts need: the words, the API, and how to say dates in the town. */
export interface StaffAccountsContext {
  t: Translate;
  api: ApiClient;
  locale: Locale;
  timeZone: string;
}

export const STAFF_API = '/api/staff';
export const staffApi = (id: string, action?: 'invitation' | 'deactivate' | 'reactivate') =>
  `${STAFF_API}/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;
