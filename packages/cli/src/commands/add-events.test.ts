import { createServer } from 'node:http';
import { join } from 'node:path';
import { defineCity } from '@city-app/core';
import { createCityServer } from '@city-app/server';
import { renderProject } from 'create-city-app';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCityConfig } from '../project/load-config.js';
import {
  answersFor,
  installedModule,
  linkPackage,
  makeProject,
  newsModule,
  runCli,
  type TestProject,
} from '../test-support.js';

// The events module as `city-app add` finds it once installed: its manifest and starter.
const eventsModule = installedModule('events');
const modules = [newsModule, eventsModule];

// A club's calendar as its Nextcloud serves it: a weekly rehearsal from a Tuesday some
// weeks ahead, and a concert.
const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const firstTuesday = [...Array(7).keys()]
  .map((i) => day(40 + i))
  .find((d) => new Date(`${d}T12:00:00Z`).getUTCDay() === 2) as string;
const compact = (date: string) => date.replaceAll('-', '');
const CLUB_CALENDAR = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Nextcloud calendar//EN',
  'BEGIN:VEVENT',
  'UID:probe-chor@verein.example',
  'DTSTAMP:20261201T100000Z',
  `DTSTART;TZID=Europe/Berlin:${compact(firstTuesday)}T193000`,
  `DTEND;TZID=Europe/Berlin:${compact(firstTuesday)}T210000`,
  'RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=20',
  'SUMMARY:Chorprobe',
  'CATEGORIES:Kultur',
  'LOCATION:Gemeindehaus',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:konzert-2027@verein.example',
  'DTSTAMP:20261201T100000Z',
  `DTSTART;TZID=Europe/Berlin:${compact(day(90))}T170000`,
  'SUMMARY:Sommerkonzert',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

let project: TestProject;
beforeEach(async () => {
  project = await makeProject(answersFor('Lübtheen'), {}, { base: true });
});
afterEach(() => project.cleanup());

describe('city-app add events, on a real server', () => {
  it('copies the sample events the server loads, and imports a club’s calendar from its address', async () => {
    const add = await runCli(['add', 'events', '--yes', '--no-install'], project.root, { modules });
    expect(add.stderr).toBe('');
    expect(add.code).toBe(0);
    expect(await project.read('city.config.ts')).toContain('    events: {');
    const record = JSON.parse(await project.read('.city-app.json'));
    const starting = await project.read('content/events/events.yaml');
    expect(starting).toBe(renderProject(record.answers).read('content/events/events.yaml'));
    expect(starting).toContain('name: Stadtbibliothek Lübtheen');

    await linkPackage(project.root, '@city-app/module-news', 'packages/modules/news');
    await linkPackage(project.root, '@city-app/module-events', 'packages/modules/events');
    const env = {
      CITY_APP_DATA_DIR: join(project.root, '.data', 'db'),
      CITY_APP_NOTIFY_WORKER: 'off',
      CITY_APP_MAIL_DIR: join(project.root, 'mail'),
    };
    const config = defineCity(
      (await loadCityConfig(project.root)) as Parameters<typeof defineCity>[0],
    );
    const start = () =>
      createCityServer(config, {
        root: project.root,
        env,
        log: { info() {}, warn() {}, error() {} },
        webRoot: false,
      });
    let server = await start();
    try {
      const summary = (await (await server.app.request('/api/events')).json()) as {
        next: unknown[];
      };
      expect(summary.next.length).toBeGreaterThan(0);
    } finally {
      await server.close();
    }

    const club = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/calendar; charset=utf-8' });
      res.end(CLUB_CALENDAR);
    });
    await new Promise<void>((done) => club.listen(0, '127.0.0.1', done));
    const address = `http://127.0.0.1:${(club.address() as { port: number }).port}/remote.php/dav/public-calendars/chor?export`;
    try {
      const args = [
        'import',
        'events',
        address,
        '--format',
        'ics',
        '--category',
        'kultur',
        '--json',
      ];
      const first = await runCli(args, project.root, { env });
      expect(first.stderr).toBe('');
      expect(first.json()).toMatchObject({ module: 'events', created: 2, changed: 0 });
      const again = await runCli(args, project.root, { env });
      expect(again.json()).toMatchObject({ created: 0, changed: 0, unchanged: 2 });
    } finally {
      club.close();
    }
    server = await start();
    try {
      const page = (await (
        await server.app.request(`/api/events/dates?q=Chorprobe&from=${firstTuesday}&limit=3`)
      ).json()) as { items: { localDate: string; start: string }[] };
      const week = (n: number) =>
        new Date(Date.parse(`${firstTuesday}T12:00:00Z`) + n * 7 * 86_400_000)
          .toISOString()
          .slice(0, 10);
      expect(page.items.map((d) => d.localDate)).toEqual([week(0), week(1), week(2)]);
      // 19:30 in Lübtheen, whatever the season.
      const local = new Intl.DateTimeFormat('de-DE', {
        timeZone: 'Europe/Berlin',
        hour: '2-digit',
        minute: '2-digit',
      });
      expect(page.items.map((d) => local.format(new Date(d.start)))).toEqual([
        '19:30',
        '19:30',
        '19:30',
      ]);
    } finally {
      await server.close();
    }
  }, 300_000);
});
