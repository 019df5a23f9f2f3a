// @vitest-environment happy-dom
// The residents' screens against the real events API (PGlite): what the screens ask for is
// what the routes take, and what the routes answer is what the screens show.
import { createApiClient } from '@city-app/web';
import * as undici from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  click,
  type FakeServer,
  type Rendered,
  renderApp,
  text,
  waitFor,
} from '../../../test/resident-web.js';
import type { StaffEvent } from '../../api/staff-event.js';
import type { Venue } from '../../api/venue.js';
import {
  day,
  type EventsClient,
  ok,
  startEventsClient,
  weekdayOf,
} from '../../server/routes/events-testing.js';

let client: EventsClient;
let market: StaffEvent;
let browser: FakeServer;
let app: Rendered | undefined;

/**
 * Staff write the events through the API. This DOM's `Request` and `Headers` drop a `Cookie`
 * header, as a browser's do; so while staff write, the kernel gets Node's own.
 */
async function asNode<T>(work: () => Promise<T>): Promise<T> {
  const dom = {
    Request: globalThis.Request,
    Headers: globalThis.Headers,
    Response: globalThis.Response,
  };
  Object.assign(globalThis, {
    Request: undici.Request,
    Headers: undici.Headers,
    Response: undici.Response,
  });
  try {
    return await work();
  } finally {
    Object.assign(globalThis, dom);
  }
}

beforeAll(async () => {
  client = await startEventsClient();
  await asNode(seed);
});

async function seed() {
  const venue = await ok<Venue>(
    client.staff('POST', '/venues', {
      name: 'Alte Synagoge',
      street: 'Hagenstraße 48',
      postcode: '19230',
      locality: 'Hagenow',
      stepFree: true,
      hearingLoop: true,
    }),
    201,
  );
  market = await ok<StaffEvent>(
    client.staff('POST', '/events', {
      title: 'Wochenmarkt',
      titleEn: 'Weekly market',
      description: 'Obst und Gemüse.\n\nBei jedem Wetter.',
      category: 'markt',
      venueId: venue.id,
      isFree: true,
      startDate: day(1),
      startTime: '08:00',
      endTime: '13:00',
      repeat: { frequency: 'weekly', weekdays: [weekdayOf(day(1))], count: 6 },
    }),
    201,
  );
  await ok(client.staff('POST', `/events/${market.id}/dates/${day(8)}/cancel`, {}));
  await ok(
    client.staff('POST', '/events', {
      title: 'Lesung in der Stadtbibliothek',
      category: 'kultur',
      place: 'Stadtbibliothek',
      price: '5 €',
      startDate: day(2),
      startTime: '19:00',
    }),
    201,
  );
}

afterAll(async () => {
  await client?.server.close();
});
afterEach(() => {
  app?.unmount();
  app = undefined;
});

/** The app's API client, answered by the test server in-process; requests recorded. */
function throughServer(): FakeServer {
  const requests: string[] = [];
  const api = createApiClient({
    csrfToken: () => undefined,
    fetch: (input, init) => {
      const url = new URL(String(input), 'http://localhost');
      requests.push(`${url.pathname}${url.search}`);
      return client.server.request(`${url.pathname}${url.search}`, {
        method: init?.method ?? 'GET',
        headers: init?.headers as Record<string, string>,
      });
    },
  });
  return { api, requests, calls: [], answer: () => undefined };
}

const entries = () => [
  ...(app?.container.querySelectorAll('section[aria-labelledby="events-list"] li') ?? []),
];

describe('the residents’ screens on the events API', () => {
  it('lists the coming dates, filters them, and opens an event with its JSON-LD', async () => {
    browser = throughServer();
    app = renderApp('/veranstaltungen', browser);
    await waitFor(() => expect(entries()).toHaveLength(7));
    const cancelled = entries().find((li) => text(li).includes('Abgesagt'));
    expect(cancelled?.querySelector('del')).toBeTruthy();
    app.unmount();

    app = renderApp('/veranstaltungen?stepFree=true&category=markt', browser);
    await waitFor(() => expect(entries()).toHaveLength(6));
    expect(entries().every((li) => text(li).includes('Wochenmarkt'))).toBe(true);
    click(entries()[0]?.querySelector('a'));
    await waitFor(() => expect(text(app?.container.querySelector('h1'))).toBe('Wochenmarkt'));
    expect(window.location.pathname).toBe(`/veranstaltungen/${market.id}`);
    const dates = app.container.querySelector('section[aria-labelledby="events-dates"]');
    await waitFor(() => expect(dates?.querySelectorAll('li').length).toBe(6));
    expect(text(dates)).toContain('08:00–13:00 Uhr');
    expect(dates?.querySelector(`a[href$="/dates/${day(1)}/calendar.ics"]`)).toBeTruthy();
    const jsonLd = document.head.querySelector('script[type="application/ld+json"]');
    expect(JSON.parse(jsonLd?.textContent ?? '{}')).toMatchObject({ '@type': 'Event' });
    expect(text(app.container)).toContain('Induktive Höranlage');
    expect(await axeViolations(app.container)).toEqual([]);
  });

  it('shows the month with the days that have dates', async () => {
    browser = throughServer();
    app = renderApp(`/veranstaltungen/monat?month=${day(2).slice(0, 7)}`, browser, 'en');
    const link = await waitFor(() => {
      const found = app?.container.querySelector(
        `a[href="/veranstaltungen?from=${day(2)}&to=${day(2)}"]`,
      );
      expect(found).toBeTruthy();
      return found;
    });
    expect(text(link)).toMatch(/^1 date – /);
    expect(browser.requests.every((r) => !r.includes('undefined'))).toBe(true);
  });
});
