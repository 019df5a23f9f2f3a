import { createTestServer, type TestServer } from '@city-app/server/testing';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OParlServer, startOParlServer } from '../../testing/index.js';
import council from '../index.js';
import { defaultHttpOptions } from '../oparl/http.js';
import { keyOf } from '../oparl/record.js';
import { syncSystem } from '../sync/sync-system.js';

/** The file's one VEVENT, read by ical.js: a parser that is not ours. */
function readEvent(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const [vevent, ...more] = calendar.getAllSubcomponents('vevent');
  expect(more).toEqual([]);
  if (!vevent) throw new Error('no VEVENT');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe('a meeting into the phone’s calendar', () => {
  let app: TestServer;
  let oparl: OParlServer;
  const base = () => oparl.data.base;
  const ics = (key: string, query = '', language = 'de') =>
    app.request(`/api/council/meetings/${key}/calendar.ics${query}`, {
      headers: { 'accept-language': language },
    });

  beforeAll(async () => {
    app = await createTestServer({
      modules: [council],
      env: { CITY_APP_PUBLIC_URL: 'https://app.hagenow.example' },
    });
    oparl = await startOParlServer({
      size: { meetings: 3, papers: 3, persons: 2, organizations: 3 },
    });
    // Summer time, a name with the characters iCalendar escapes, and a cancelled meeting.
    oparl.change('meeting', 0, {
      name: '1. Sitzung; Stadtvertretung, öffentlich',
      start: '2026-07-02T18:00:00+02:00',
      end: '2026-07-02T21:30:00+02:00',
    });
    oparl.change('meeting', 2, { cancelled: true });
    await syncSystem(app.db, oparl.system, {
      http: { ...defaultHttpOptions(), allowPrivateAddresses: false },
    });
  });
  afterAll(async () => {
    await oparl?.close();
    await app?.close();
  });

  it('writes one event in the town’s zone, the council’s words as they are, a link back', async () => {
    const key = keyOf(`${base()}/meeting/0`);
    const res = await ics(key);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="sitzung-${key}.ics"`,
    );
    const text = await res.text();
    // RFC 5545: CRLF line ends, no line longer than 75 octets.
    expect(text.endsWith('\r\n')).toBe(true);
    for (const line of text.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
    const { calendar, vevent, event } = readEvent(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(
      'Europe/Berlin',
    );
    expect(event.uid).toBe(`council.${key}@app.hagenow.example`);
    expect(event.summary).toBe('1. Sitzung; Stadtvertretung, öffentlich');
    expect(event.startDate.toString()).toBe('2026-07-02T18:00:00');
    // Wall-clock time in the town's zone (18:00 summer time), not UTC.
    expect(vevent.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Berlin');
    expect(event.endDate.toString()).toBe('2026-07-02T21:30:00');
    expect(event.location).toBe('Rathaus, Sitzungssaal 1, Markt 1');
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(vevent.getFirstPropertyValue('url')).toBe(`https://app.hagenow.example/rat/${key}`);
    expect(event.description).toBe(
      [
        'Gremium: Stadtvertretung',
        '',
        'Tagesordnung (öffentlicher Teil):',
        'TOP 1: Sanierung der Grundschule am Markt',
        'TOP 2: Radweg an der Bahnhofstraße',
      ].join('\n'),
    );
    // The same UID each time: a calendar replaces the event instead of adding it twice.
    expect(readEvent(await (await ics(key)).text()).event.uid).toBe(event.uid);
  });

  it('words its own parts in the resident’s language, by header or by ?lang', async () => {
    const key = keyOf(`${base()}/meeting/0`);
    const english = readEvent(await (await ics(key, '', 'en')).text()).event;
    expect(english.summary).toBe('1. Sitzung; Stadtvertretung, öffentlich');
    expect(english.description).toContain('Committee: Stadtvertretung');
    expect(english.description).toContain('Agenda (public part):\nItem 1: Sanierung');
    const asked = readEvent(await (await ics(key, '?lang=en', 'de')).text()).event;
    expect(asked.description).toContain('Committee: Stadtvertretung');
  });

  it('marks a cancelled meeting, and refuses what is no meeting', async () => {
    const key = keyOf(`${base()}/meeting/2`);
    const { vevent, event } = readEvent(await (await ics(key)).text());
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.description.split('\n')[0]).toBe('Diese Sitzung ist abgesagt.');

    const paper = keyOf(`${base()}/paper/0`);
    const missing = await ics(paper, '', 'en');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 'not_found' });
    const bad = await ics(key, '?lang=fr');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'validation_failed', field: 'lang' });
    expect((await ics('kurz')).status).toBe(400);
  });
});
