import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineCity } from '@city-app/core';
import type { ModuleServerContext } from '@city-app/server';
import { createTestServer, TEST_CITY, type TestServer } from '@city-app/server/testing';
import Handlebars from 'handlebars';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type EventsConfig, eventsConfigSchema } from '../../config.js';
import manifest from '../../index.js';
import events from '../index.js';
import { firstDay, parseStartingEvents } from './content.js';
import { seedEvents } from './index.js';

// The starter as a town gets it: rendered with the town's answers, as generation does.
const starter = await readFile(
  new URL('../../../starter/events/events.yaml.hbs', import.meta.url),
  'utf8',
);
const render = (town: string, moduleConfigs: Record<string, unknown> = { events: {} }) => {
  const hbs = Handlebars.create();
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper('json', (value: unknown) => JSON.stringify(value));
  return hbs.compile(starter, { noEscape: true, strict: true })({
    town: { name: town },
    moduleConfigs,
  });
};

let server: TestServer;
let dir: string;
beforeAll(async () => {
  server = await createTestServer({ modules: [events] });
  dir = await mkdtemp(join(tmpdir(), 'events-seed-'));
});
afterEach(async () => {
  await server.db.query('DELETE FROM events_sources');
  await server.db.query('DELETE FROM events_events');
  await server.db.query('DELETE FROM events_venues');
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

const context = (config: Partial<EventsConfig> = {}): ModuleServerContext<EventsConfig> => ({
  city: defineCity(TEST_CITY),
  config: eventsConfigSchema.parse(config),
  manifest,
  db: server.db,
  log: server.log,
  contentDir: dir,
  requireRole: () => {
    throw new Error('not used by the seed');
  },
});

describe('the starting events', () => {
  it('puts every first date ahead of the first start', () => {
    // 2026-12-06 is a Sunday.
    expect(firstDay('SU', '2026-12-06')).toBe('2026-12-13');
    expect(firstDay('MO', '2026-12-06')).toBe('2026-12-07');
    expect(firstDay('+20', '2026-12-06')).toBe('2026-12-26');
    expect(firstDay('12-11', '2026-12-06')).toBe('2026-12-11');
    expect(firstDay('06-12', '2026-12-06')).toBe('2027-06-12');
    expect(firstDay('12-06', '2026-12-06')).toBe('2027-12-06');
  });

  it('renders for Hagenow and for any other town, and every entry is valid', () => {
    const hagenow = parseStartingEvents(render('Hagenow'), '2026-12-06');
    const other = parseStartingEvents(render('Boizenburg/Elbe'), '2026-12-06');
    expect(hagenow.venues.map((v) => v.name)).toContain('Museum Alte Synagoge');
    expect(hagenow.events.map((e) => e.input.title)).toContain('Führung durch die Alte Synagoge');
    expect(other.venues.map((v) => v.name)).toContain('Stadtbibliothek Boizenburg/Elbe');
    expect(other.events.length).toBeGreaterThanOrEqual(14);
    // A series without an end in the file runs a year.
    const market = hagenow.events.find((e) => e.input.title === 'Wochenmarkt');
    expect(market?.input.repeat).toMatchObject({ frequency: 'weekly', until: '2027-12-09' });
  });

  it('loads venues and events as samples once, with their dates written out', async () => {
    await writeFile(join(dir, 'events.yaml'), render('Hagenow'));
    await seedEvents(context());
    const counts = await server.db.query<{
      venues: number;
      events: number;
      samples: number;
      dates: number;
    }>(
      `SELECT (SELECT count(*)::int FROM events_venues WHERE sample) AS venues,
              (SELECT count(*)::int FROM events_events) AS events,
              (SELECT count(*)::int FROM events_events WHERE sample AND status = 'published') AS samples,
              (SELECT count(*)::int FROM events_occurrences) AS dates`,
    );
    const row = counts.rows[0];
    expect(row?.venues).toBe(7);
    expect(row?.events).toBe(row?.samples);
    expect(row?.events).toBeGreaterThanOrEqual(16);
    expect(row?.dates).toBeGreaterThan(400);
    // A second start adds nothing.
    await seedEvents(context());
    const again = await server.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM events_events',
    );
    expect(again.rows[0]?.n).toBe(row?.events);
  });

  it('takes the library’s courses from the experiment space where the town has it', async () => {
    const alone = parseStartingEvents(render('Hagenow'), '2026-12-06');
    const withSpace = parseStartingEvents(
      render('Hagenow', { events: {}, 'experiment-space': {} }),
      '2026-12-06',
    );
    expect(alone.sources).toEqual([]);
    expect(alone.events.map((e) => e.input.title)).toContain('Einführung in den 3D-Druck');
    // One source of truth: the course comes from the experiment space, not as a sample event.
    expect(withSpace.events.map((e) => e.input.title)).not.toContain('Einführung in den 3D-Druck');
    expect(withSpace.sources).toEqual([
      {
        name: 'Kurse im Digitalen Experimentierraum',
        module: 'experiment-space',
        defaultCategory: 'bildung',
      },
    ]);
    await writeFile(
      join(dir, 'events.yaml'),
      render('Hagenow', { events: {}, 'experiment-space': {} }),
    );
    const courses = {
      offered: () => [{ id: 'experiment-space', title: { de: 'Experimentierraum' } }],
      of: async () => [
        {
          id: 'kurs.3d.1',
          title: { de: '3D-Druck für Einsteiger' },
          start: new Date(Date.now() + 3 * 86_400_000).toISOString(),
          path: '/experimentierraum/kurse/3d',
          status: 'confirmed' as const,
          categories: ['Kurs'],
        },
      ],
    };
    await seedEvents({ ...context(), publicDates: courses });
    const { rows } = await server.db.query<{ title: string; link: string; category: string }>(
      "SELECT title, link, category FROM events_events WHERE source_id LIKE 'source:%'",
    );
    expect(rows).toEqual([
      {
        title: '3D-Druck für Einsteiger',
        link: '/experimentierraum/kurse/3d',
        category: 'bildung',
      },
    ]);
    // Without the part offering dates, the starting source is left out.
    for (const table of ['events_sources', 'events_events', 'events_venues']) {
      await server.db.query(`DELETE FROM ${table}`);
    }
    await seedEvents({ ...context(), publicDates: { offered: () => [], of: async () => null } });
    const left = await server.db.query('SELECT 1 FROM events_sources');
    expect(left.rows).toEqual([]);
  });

  it('leaves out an event whose category the town removed, and says so', async () => {
    await writeFile(join(dir, 'events.yaml'), render('Hagenow'));
    await seedEvents(
      context({ categories: [{ id: 'markt', title: { de: 'Märkte', en: 'Markets' } }] }),
    );
    const { rows } = await server.db.query<{ title: string }>(
      'SELECT title FROM events_events ORDER BY title',
    );
    expect(rows.map((r) => r.title)).toEqual(['Flohmarkt', 'Wochenmarkt']);
    expect(server.log.lines.some((e) => e.message.startsWith('Starting event left out'))).toBe(
      true,
    );
  });

  it('refuses a file with an unknown venue, naming the entry, and loads nothing', async () => {
    await writeFile(
      join(dir, 'events.yaml'),
      'events:\n  - { title: Konzert, category: kultur, venue: halle, starts: SA }\n',
    );
    await expect(seedEvents(context())).rejects.toMatchObject({
      code: 'invalid_content',
      field: 'events.0.venue',
    });
    const { rows } = await server.db.query('SELECT 1 FROM events_events');
    expect(rows).toHaveLength(0);
  });
});
