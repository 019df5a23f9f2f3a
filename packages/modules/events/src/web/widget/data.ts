import type { ApiClient } from '@city-app/web';
import type { EventDatePage } from '../../api/event-date.js';
import { paths } from '../paths.js';

/** How many dates the home card shows. */
export const WIDGET_SIZE = 5;

/** The next dates, loaded by the shell as the app opens. */
export function upcomingData(api: ApiClient): Promise<EventDatePage> {
  return api.get<EventDatePage>(`${paths.api}/dates?when=upcoming&limit=${WIDGET_SIZE}`);
}
