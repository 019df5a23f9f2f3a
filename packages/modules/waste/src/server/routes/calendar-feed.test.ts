import { createTestServer, type TestServer } from '@city-app/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addLocation, addTour } from '../../../test/waste-rows.js';
import waste from '../index.js';

let server: TestServer;
let street: number;
const thisYear = new Date().getUTCFullYear();
// Pickups next year, so they fall inside the feed's range whatever day the test runs.
const y = thisYear + 1;

beforeAll(async () => {
  server = await createTestServer({ modules: [waste] });
  street = await addLocation(server.db, { name: 'Lange Straße', houseFrom: 1, houseTo: 30 });
  await addTour(
    server.db,
    'restabfall',
    [street],
    [
      `${y}-01-05`,
      { date: `${y}-01-02`, plannedDate: `${y}-01-01`, reason: 'holiday' },
      { date: `${y}-01-19`, status: 'cancelled' },
    ],
  );
  await addTour(server.db, 'papier', [street], [`${y}-01-07`]);
});
afterAll(async () => {
  await server?.close();
});

const feed = async (query = '', headers: Record<string, string> = {}) => {
  const response = await server.request(`/api/waste/locations/${street}/calendar.ics${query}`, {
    headers,
  });
  // Unfolded, as a calendar app reads it.
  return { response, text: (await response.text()).replace(/\r\n[ \t]/g, '') };
};
const events = (text: string) => text.split('BEGIN:VEVENT').slice(1);
const compact = (day: string) => day.replaceAll('-', '');

describe('GET /api/waste/locations/:id/calendar.ics', () => {
  it('writes one all-day event per pickup, as a calendar to subscribe to', async () => {
    const { response, text } = await feed();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toMatch(/max-age=\d+/);
    expect(events(text)).toHaveLength(4);
    expect(text).toContain(`DTSTART;VALUE=DATE:${compact(`${y}-01-05`)}`);
    expect(text).toContain(`DTEND;VALUE=DATE:${compact(`${y}-01-06`)}`);
    expect(text).toContain('SUMMARY:Restabfall\r\n');
    expect(text).toContain('LOCATION:Lange Straße\\, 1–30');
    expect(text).toMatch(/X-WR-CALNAME:Abfuhrtermine Lange Straße/);
  });

  it('says a moved pickup was moved and keeps its UID; marks a cancelled one', async () => {
    const { text } = await feed();
    const moved = events(text).find((e) =>
      e.includes(`DTSTART;VALUE=DATE:${compact(`${y}-01-02`)}`),
    );
    expect(moved).toContain('SUMMARY:Restabfall (verschoben wegen Feiertag\\, statt am 01.01.');
    expect(moved).toContain(`UID:waste-${street}-restabfall-${y}-01-01@`);
    const cancelled = events(text).find((e) => e.includes('STATUS:CANCELLED'));
    expect(cancelled).toContain(compact(`${y}-01-19`));
    expect(cancelled).toContain('fällt aus');
  });

  it('gives the same UIDs on every request, so a subscribed calendar updates', async () => {
    const uids = (text: string) => text.match(/^UID:.*$/gm);
    expect(uids((await feed()).text)).toEqual(uids((await feed()).text));
  });

  it('speaks English when asked, and keeps to the types chosen', async () => {
    const { text } = await feed('?types=papier&lang=en');
    expect(events(text)).toHaveLength(1);
    expect(text).toContain('SUMMARY:Paper and cardboard');
    const english = (await feed('', { 'accept-language': 'en' })).text;
    expect(english).toContain('moved because of a public holiday');
  });

  it('refuses an unknown type naming types, and an unknown street with 404', async () => {
    const { response, text } = await feed('?types=papier,plastik');
    expect(response.status).toBe(400);
    expect(JSON.parse(text)).toMatchObject({ code: 'waste_unknown_type', field: 'types' });
    const missing = await server.request('/api/waste/locations/999999/calendar.ics');
    expect(missing.status).toBe(404);
  });
});
