// A HageNOW!-like town for the read benchmark: news, events, waste and the experiment space
// with Hagenow's library (7 resources, 3 courses), each module with its starting content.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import events from '@city-app/module-events/server';
import experimentSpace from '@city-app/module-experiment-space/server';
import news from '@city-app/module-news/server';
import waste from '@city-app/module-waste/server';
import { createTestServer, TEST_CITY } from '@city-app/server/testing';

const library = JSON.parse(
  readFileSync(
    new URL('../../packages/modules/experiment-space/src/fixtures/hagenow.json', import.meta.url),
    'utf8',
  ),
);

/** The local date of the next `weekday` (1 = Monday) after today, as YYYY-MM-DD. */
function next(weekday) {
  const day = new Date();
  do day.setUTCDate(day.getUTCDate() + 1);
  while ((day.getUTCDay() || 7) !== weekday);
  return day.toISOString().slice(0, 10);
}

/**
 * Starts the town on `database` ('pglite' in memory, or 'postgres' on TEST_DATABASE_URL),
 * listening on 127.0.0.1, and returns its URL, the resident read routes and how to close it.
 */
export async function startTown(database) {
  const town = await createTestServer({
    database,
    modules: [news, experimentSpace, events, waste],
    city: { ...TEST_CITY, modules: { 'experiment-space': library } },
    // Hagenow's starting content: news, events, the waste calendar.
    root: fileURLToPath(new URL('../../apps/hagenow', import.meta.url)),
  });
  const { rows } = await town.db.query(
    `SELECT lt.location_id AS id FROM waste_location_tours lt
       JOIN waste_pickups p ON p.tour_id = lt.tour_id
      GROUP BY lt.location_id ORDER BY count(*) DESC, lt.location_id LIMIT 1`,
  );
  if (!rows[0]) throw new Error('The waste seed wrote no pickups.');
  const routes = [
    { name: 'town', path: '/api/town' },
    { name: 'news list', path: '/api/news' },
    { name: 'experiment space catalogue', path: '/api/experiment-space' },
    {
      name: 'free slots of a resource, one day',
      path: `/api/experiment-space/resources/3d-drucker-1/slots?date=${next(4)}`,
    },
    { name: 'events dates (upcoming)', path: '/api/events/dates?when=upcoming' },
    { name: 'waste dates of a street', path: `/api/waste/locations/${rows[0].id}/pickups` },
  ];
  const listening = await town.server.listen({ port: 0, host: '127.0.0.1' });
  return { url: listening.url, routes, db: town.db, close: () => town.close() };
}
