import type { ApiClient } from '@city-app/web';
import type { CalendarSummary } from '../../summary.js';

/** Whether the dates were samples when last asked, kept so the notice shows offline too. */
export const SAMPLE_STORAGE_KEY = 'city-app:waste-sample';

/** True while the town's dates are samples; offline, what the server said last time. */
export async function loadSampleFlag(api: Pick<ApiClient, 'get'>): Promise<boolean> {
  try {
    const { sample } = await api.get<CalendarSummary>('/api/waste');
    try {
      localStorage.setItem(SAMPLE_STORAGE_KEY, JSON.stringify(sample));
    } catch {
      // Storage refused: the notice shows while online.
    }
    return sample;
  } catch {
    try {
      return localStorage.getItem(SAMPLE_STORAGE_KEY) === 'true';
    } catch {
      return false;
    }
  }
}
