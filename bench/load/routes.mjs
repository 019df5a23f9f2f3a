// What residents ask a town for, found on the running town: the shell and its assets, the
// town, the home widgets' data, and each module's main read. Every module's main routes belong
// here as modules are added.

/** The local date of the next `weekday` (1 = Monday) after today, as YYYY-MM-DD. */
function next(weekday) {
  const day = new Date();
  do day.setUTCDate(day.getUTCDate() + 1);
  while ((day.getUTCDay() || 7) !== weekday);
  return day.toISOString().slice(0, 10);
}

async function json(base, path) {
  const res = await fetch(base + path, { headers: { 'accept-language': 'de' } });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
  return res.json();
}

/** Hagenow's market at zoom 14 on a phone's screen (about 390 × 700 px). */
const MAP = '/api/reports/map?bbox=11.1750,53.4230,11.2030,53.4380&zoom=14';

/**
 * The routes of the resident workload, each `{ name, path }`: `all`, `single` (measured one by
 * one; the home widgets' variants only in the mix), and what a phone in the wave asks for:
 * `home` (opening the app), `assets` (those of them a service worker keeps) and `screens` (one
 * module screen each).
 */
export async function residentRoutes(base) {
  const html = await (await fetch(`${base}/`)).text();
  const script = html.match(/<script[^>]+type="module"[^>]+src="([^"]+)"/)?.[1];
  const style = html.match(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/)?.[1];
  if (!script || !style) throw new Error('The shell names no module script or no stylesheet.');

  const catalogue = await json(base, '/api/experiment-space');
  const resource = (catalogue.resources ?? catalogue.items ?? [])[0];
  if (!resource?.id) throw new Error('The experiment space lists no resource.');

  let location;
  for (const q of ['Lange', 'Straße', 'str']) {
    location = (await json(base, `/api/waste/locations?q=${encodeURIComponent(q)}`)).locations?.[0];
    if (location) break;
  }
  if (!location) throw new Error('The waste calendar has no location.');

  const r = {
    shell: { name: 'shell (index.html)', path: '/' },
    script: { name: 'first script', path: script },
    style: { name: 'stylesheet', path: style },
    town: { name: '/api/town', path: '/api/town' },
    news: { name: 'news list', path: '/api/news' },
    newsWidget: { name: 'news, home widget', path: '/api/news?limit=3' },
    events: { name: 'events dates (upcoming)', path: '/api/events/dates?when=upcoming' },
    eventsWidget: { name: 'events, home widget', path: '/api/events/dates?when=upcoming&limit=5' },
    courses: { name: 'courses, home widget', path: '/api/experiment-space/courses' },
    waste: { name: 'waste dates of a street', path: `/api/waste/locations/${location.id}/pickups` },
    reports: { name: 'reports list', path: '/api/reports' },
    map: { name: 'reports map', path: MAP },
    catalogue: { name: 'experiment space catalogue', path: '/api/experiment-space' },
    council: { name: 'council, coming meetings', path: '/api/council' },
    surveys: { name: 'surveys, published', path: '/api/surveys' },
    slots: {
      name: 'free slots, one resource, one day',
      path: `/api/experiment-space/resources/${resource.id}/slots?date=${next(4)}`,
    },
  };
  return {
    all: Object.values(r),
    single: [
      r.shell,
      r.script,
      r.style,
      r.town,
      ...[r.news, r.events, r.waste, r.reports, r.map, r.catalogue, r.courses, r.slots],
      ...[r.council, r.surveys],
    ],
    home: [r.shell, r.script, r.style, r.town, r.newsWidget, r.eventsWidget, r.courses],
    assets: [r.script, r.style],
    screens: [
      ...[r.news, r.events, r.waste, r.map, r.reports, r.catalogue, r.slots, r.council, r.surveys],
    ],
  };
}
