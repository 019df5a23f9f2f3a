import type { ApiClient } from '@city-app/web';
import type { SurveySummary } from '../../api/survey.js';
import { paths } from '../paths.js';

/** How many open surveys the home card lists; the module's screen has them all. */
export const WIDGET_SIZE = 3;

/** The open surveys, closing soonest first (the API's order), loaded as the app opens. */
export async function openSurveys(api: ApiClient): Promise<SurveySummary[]> {
  const { items } = await api.get<{ items: SurveySummary[] }>(paths.surveysApi);
  return items.filter((survey) => survey.state === 'open').slice(0, WIDGET_SIZE);
}

/** The card appears only while a survey is open: no empty box on the home screen. */
export const anyOpen = (surveys: SurveySummary[]) => surveys.length > 0;
