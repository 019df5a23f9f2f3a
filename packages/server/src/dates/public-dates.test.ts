import { defineModule, type PublicDate } from '@city-app/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineServerModule, type ServerModule } from '../module.js';
import { createTestServer, publicDatesReader, type TestServer } from '../testing.js';

const manifestOf = (id: string, title: string) =>
  defineModule({
    id,
    title: { de: title, en: `${title} (en)` },
    description: { de: title },
    field: 'culture',
    personalData: [],
    configSchema: z.object({}),
    messages: { de: {}, en: {} },
  });

/** What the offering module holds; tests fill it. */
let offered: unknown[] = [];
const asked: { from: string; to: string }[] = [];

const courses: ServerModule = defineServerModule({
  manifest: manifestOf('kurse', 'Kurse'),
  publicDates: {
    async list(range) {
      asked.push({ from: range.from.toISOString(), to: range.to.toISOString() });
      return offered as PublicDate[];
    },
  },
});

// A module without public dates.
const quiet: ServerModule = defineServerModule({ manifest: manifestOf('still', 'Still') });

const course = (over: Partial<PublicDate> & Pick<PublicDate, 'id' | 'start'>) => ({
  title: { de: `Kurs ${over.id}` },
  path: `/kurse/${over.id}`,
  status: 'confirmed',
  ...over,
});

describe('public dates from module to module', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await createTestServer({ modules: [courses, publicDatesReader(), quiet] });
  });
  afterAll(() => t?.close());

  it('names the other modules that offer public dates, and only those', async () => {
    const res = await t.request('/api/public-dates-reader/offered');
    expect(await res.json()).toEqual([{ id: 'kurse', title: { de: 'Kurse', en: 'Kurse (en)' } }]);
  });

  it('passes on checked dates in the range, each id once, and leaves out what it cannot pass', async () => {
    offered = [
      course({ id: 'a', start: '2027-03-02T17:00:00+01:00', end: '2027-03-02T19:00:00+01:00' }),
      course({ id: 'a', start: '2027-03-09T17:00:00+01:00' }),
      course({ id: 'ganztags', start: '2027-03-31', allDay: true, categories: ['Kurs'] }),
      course({ id: 'vorher', start: '2027-02-01T10:00:00+01:00' }),
      course({ id: 'spaeter', start: '2027-04-02T10:00:00+02:00' }),
      course({
        id: 'kein-ende',
        start: '2027-03-05T10:00:00+01:00',
        end: '2027-03-05T09:00:00+01:00',
      }),
      { id: 'ohne-titel', start: '2027-03-05T10:00:00+01:00', path: '/x', status: 'confirmed' },
      course({ id: 'abgesagt', start: '2027-03-16T17:00:00+01:00', status: 'cancelled' }),
    ];
    const res = await t.request('/api/public-dates-reader/of/kurse?from=2027-03-01&to=2027-04-01');
    const dates = (await res.json()) as PublicDate[];
    expect(dates.map((d) => d.id)).toEqual(['a', 'ganztags', 'abgesagt']);
    expect(dates[1]?.categories).toEqual(['Kurs']);
    expect(dates[2]?.status).toBe('cancelled');
    expect(asked.at(-1)).toEqual({
      from: '2027-03-01T00:00:00.000Z',
      to: '2027-04-01T00:00:00.000Z',
    });
  });

  it('answers null for a module that is not enabled or offers nothing', async () => {
    for (const id of ['gibt-es-nicht', 'still', 'public-dates-reader']) {
      const res = await t.request(
        `/api/public-dates-reader/of/${id}?from=2027-03-01&to=2027-04-01`,
      );
      expect(await res.json()).toBeNull();
    }
  });
});
