// @vitest-environment happy-dom
import { addDaysToDate } from '@city-app/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  axeViolations,
  click,
  fakeServer,
  type Rendered,
  renderApp,
  text,
  type,
  waitFor,
} from '../../../test/web.js';
import type { PickupList, WasteLocation } from '../../api/pickups.js';
import { today } from '../parts/days.js';
import { PICKUPS_STORAGE_KEY } from '../parts/saved-pickups.js';
import { LOCATION_STORAGE_KEY } from '../parts/stored-location.js';

const day = today();
const bahnhof: WasteLocation = {
  id: 7,
  kind: 'street',
  name: 'Bahnhofstraße',
  district: null,
  houseNumbers: '1–19 (ungerade)',
  label: 'Bahnhofstraße, 1–19 (ungerade)',
};
const nextYear = `${Number(day.slice(0, 4)) + 1}-01-05`;
const list: PickupList = {
  location: bahnhof,
  from: day,
  to: `${Number(day.slice(0, 4)) + 1}-12-31`,
  pickups: [
    {
      date: addDaysToDate(day, 1),
      typeId: 'restabfall',
      status: 'scheduled',
      plannedDate: null,
      reason: null,
      note: null,
    },
    {
      date: addDaysToDate(day, 3),
      typeId: 'papier',
      status: 'scheduled',
      plannedDate: addDaysToDate(day, 2),
      reason: 'holiday',
      note: null,
    },
    {
      date: addDaysToDate(day, 4),
      typeId: 'bioabfall',
      status: 'cancelled',
      plannedDate: null,
      reason: null,
      note: null,
    },
    {
      date: nextYear,
      typeId: 'restabfall',
      status: 'scheduled',
      plannedDate: null,
      reason: null,
      note: null,
    },
  ],
};
const summary = (sample: boolean) => ({
  authority: 'Abfallwirtschaft',
  types: [],
  sample,
  firstDate: null,
  lastDate: null,
  locations: 1,
});

let app: Rendered | undefined;
let server: ReturnType<typeof fakeServer>;
beforeEach(() => {
  localStorage.clear();
  server = fakeServer();
  server.answer('GET /api/waste', summary(false));
  server.answer(`GET /api/waste/locations/${bahnhof.id}/pickups`, list);
});
afterEach(() => {
  app?.unmount();
  app = undefined;
});

const heading = () => app?.container.querySelector('h1')?.textContent;

describe('/abfall without a chosen street', () => {
  it('offers the street search first, and stores the choice on the device', async () => {
    server.answer('GET /api/waste/locations?q=Bahnhofst', { locations: [bahnhof] });
    app = renderApp('/abfall', server);
    await waitFor(() => expect(heading()).toBe('Straße wählen'));
    const input = app.container.querySelector('input[type="search"]');
    // The field is labelled, and says what to type.
    const label = app.container.querySelector(`label[for="${input?.id}"]`);
    expect(label?.textContent).toContain('Straße oder Ortsteil');
    type(input, 'Bahnhofst');
    const choice = await waitFor(() => {
      const button = [...(app?.container.querySelectorAll('li button') ?? [])][0];
      expect(button?.textContent).toBe('Bahnhofstraße, 1–19 (ungerade)');
      return button;
    });
    // The number of matches is announced.
    expect(text(app.container)).toContain('1 Treffer');
    click(choice);
    expect(JSON.parse(localStorage.getItem(LOCATION_STORAGE_KEY) ?? 'null')).toMatchObject({
      id: 7,
    });
    await waitFor(() => expect(heading()).toBe('Abfallkalender'));
    await waitFor(() => expect(text(app?.container as HTMLElement)).toContain('Nächste Abholung'));
  });

  it('says when nothing matches, and refuses one letter without asking the server', async () => {
    server.answer('GET /api/waste/locations?q=Xyz', { locations: [] });
    app = renderApp('/abfall', server);
    await waitFor(() => expect(heading()).toBe('Straße wählen'));
    const input = app.container.querySelector('input[type="search"]');
    type(input, 'X');
    click(app.container.querySelector('button[type="submit"]'));
    expect(text(app.container)).toContain('mindestens 2 Zeichen');
    expect(server.requests.some((r) => r.path.startsWith('/api/waste/locations?'))).toBe(false);
    type(input, 'Xyz');
    await waitFor(() =>
      expect(text(app?.container as HTMLElement)).toContain('Keine Straße gefunden'),
    );
  });
});

describe('/abfall with a chosen street', () => {
  beforeEach(() => localStorage.setItem(LOCATION_STORAGE_KEY, JSON.stringify(bahnhof)));

  it('shows the next pickup per type with name, swatch and icon, and every date', async () => {
    app = renderApp('/abfall', server);
    const next = await waitFor(() => {
      const section = app?.container.querySelector('section[aria-labelledby="waste-next"]');
      expect(section).toBeTruthy();
      return section as Element;
    });
    const items = [...next.querySelectorAll('li')];
    expect(text(items[0] as Element)).toContain('Restabfall');
    expect(text(items[0] as Element)).toContain('morgen');
    // Colour never alone: each type has a swatch, an icon hidden from screen readers, and its name.
    expect(items[0]?.querySelector('[data-swatch="#4d4d4d"]')?.getAttribute('aria-hidden')).toBe(
      'true',
    );
    expect(items[0]?.querySelector('svg[data-icon="residual"]')?.getAttribute('aria-hidden')).toBe(
      'true',
    );
    // A cancelled pickup is no next pickup.
    expect(text(items[1] as Element)).toContain('Bioabfall');
    expect(text(items[1] as Element)).toContain('Kein Termin geplant');
    // Moved: the reason, the planned date struck through.
    const paper = text(items[2] as Element);
    expect(paper).toContain('verschoben wegen Feiertag');
    expect(items[2]?.querySelector('del')).toBeTruthy();
    const all = app.container.querySelector('section[aria-labelledby="waste-list"]') as Element;
    expect(text(all)).toContain('fällt aus');
    expect(text(all)).toContain(`Termine ${nextYear.slice(0, 4)}`);
    expect(text(app.container)).toContain('Bahnhofstraße, 1–19 (ungerade)');
    const webcal = app.container.querySelector('a[href^="webcal://"]');
    expect(webcal?.getAttribute('href')).toContain(`/api/waste/locations/7/calendar.ics?lang=de`);
  });

  it('says the dates are samples while they are, offline too', async () => {
    server.answer('GET /api/waste', summary(true));
    app = renderApp('/abfall', server);
    await waitFor(() =>
      expect(text(app?.container as HTMLElement)).toContain(
        'Beispieltermine – die echten Termine folgen.',
      ),
    );
    // Offline, the notice stays: the device remembers the dates were samples.
    await waitFor(() => expect(localStorage.getItem(PICKUPS_STORAGE_KEY)).toBeTruthy());
    app.unmount();
    server.offline = true;
    app = renderApp('/abfall', server);
    await waitFor(() => expect(text(app?.container as HTMLElement)).toContain('Keine Verbindung'));
    expect(text(app.container)).toContain('Beispieltermine – die echten Termine folgen.');
  });

  it('shows the saved dates with their date when the network is gone', async () => {
    app = renderApp('/abfall', server);
    await waitFor(() => expect(localStorage.getItem(PICKUPS_STORAGE_KEY)).toBeTruthy());
    app.unmount();
    server.offline = true;
    app = renderApp('/abfall', server);
    await waitFor(() =>
      expect(text(app?.container as HTMLElement)).toContain(
        'Keine Verbindung. Sie sehen den Stand vom',
      ),
    );
    expect(text(app.container)).toContain('Restabfall');
  });

  it('says so, without the browser’s words, when nothing is saved and the network is gone', async () => {
    server.offline = true;
    app = renderApp('/abfall', server);
    await waitFor(() =>
      expect(text(app?.container as HTMLElement)).toContain('konnten nicht geladen werden'),
    );
    expect(text(app.container)).not.toContain('Failed to fetch');
    expect(text(app.container)).not.toContain('could not be reached');
  });

  it('speaks English, house numbers too', async () => {
    const english = { ...bahnhof, houseNumbers: '1–19 (odd)', label: 'Bahnhofstraße, 1–19 (odd)' };
    server.answer(`GET /api/waste/locations/${bahnhof.id}/pickups`, { ...list, location: english });
    app = renderApp('/abfall', server, { locale: 'en' });
    await waitFor(() => expect(text(app?.container as HTMLElement)).toContain('Next collection'));
    expect(text(app.container)).toContain('moved because of a public holiday');
    expect(text(app.container)).toContain('Residual waste');
    expect(text(app.container)).toContain('Your address: Bahnhofstraße, 1–19 (odd)');
  });
});

describe('/abfall/monat', () => {
  beforeEach(() => localStorage.setItem(LOCATION_STORAGE_KEY, JSON.stringify(bahnhof)));

  it('is a table with a caption and weekday headers, moved by the month buttons', async () => {
    app = renderApp('/abfall/monat', server);
    const table = await waitFor(() => {
      const found = app?.container.querySelector('table');
      expect(found).toBeTruthy();
      return found as HTMLTableElement;
    });
    expect(table.caption?.textContent).toMatch(/^Abfuhrtermine im \S+ \d{4}$/);
    const headers = [...table.querySelectorAll('thead th')];
    expect(headers).toHaveLength(7);
    expect(headers[0]?.getAttribute('scope')).toBe('col');
    expect(headers[0]?.getAttribute('abbr')).toBe('Montag');
    const buttons = [...app.container.querySelectorAll('button')];
    const previous = buttons.find((b) => b.textContent === 'Vorheriger Monat');
    const next = buttons.find((b) => b.textContent === 'Nächster Monat');
    // The published dates start this month: nothing before it.
    expect(previous?.getAttribute('aria-disabled')).toBe('true');
    const first0 = table.caption?.textContent;
    click(previous);
    expect(table.caption?.textContent).toBe(first0);
    const first = table.caption?.textContent;
    click(next);
    expect(table.caption?.textContent).not.toBe(first);
    // January of next year holds a pickup, whatever month it is now.
    for (
      let i = 0;
      i < 13 && !table.caption?.textContent?.includes(`Januar ${nextYear.slice(0, 4)}`);
      i++
    ) {
      click(next);
    }
    expect(text(table)).toContain('Restabfall');
  });
});

describe('/abfall/strasse', () => {
  it('changes the stored street and goes back to the calendar', async () => {
    localStorage.setItem(LOCATION_STORAGE_KEY, JSON.stringify(bahnhof));
    const other = {
      ...bahnhof,
      id: 9,
      label: 'Lange Straße',
      name: 'Lange Straße',
      houseNumbers: null,
    };
    server.answer('GET /api/waste/locations?q=Lange', { locations: [other] });
    server.answer('GET /api/waste/locations/9/pickups', { ...list, location: other });
    app = renderApp('/abfall/strasse', server);
    await waitFor(() =>
      expect(text(app?.container as HTMLElement)).toContain('Ihre Adresse: Bahnhofstraße'),
    );
    type(app.container.querySelector('input[type="search"]'), 'Lange');
    const choice = await waitFor(() => {
      const button = app?.container.querySelector('li button');
      expect(button?.textContent).toBe('Lange Straße');
      return button;
    });
    click(choice);
    expect(JSON.parse(localStorage.getItem(LOCATION_STORAGE_KEY) ?? 'null')).toMatchObject({
      id: 9,
    });
    await waitFor(() =>
      expect(text(app?.container as HTMLElement)).toContain('Ihre Adresse: Lange Straße'),
    );
    await waitFor(() => expect(text(app?.container as HTMLElement)).toContain('Nächste Abholung'));
  });
});

describe('every resident screen under axe', () => {
  it.each([
    ['/abfall', 'de', false],
    ['/abfall', 'en', true],
    ['/abfall/monat', 'de', true],
    ['/abfall/monat', 'en', true],
    ['/abfall/strasse', 'de', true],
  ] as const)('%s (%s, street chosen: %s) has no violations', async (url, locale, chosen) => {
    if (chosen) localStorage.setItem(LOCATION_STORAGE_KEY, JSON.stringify(bahnhof));
    server.answer('GET /api/waste/locations?q=Bahnhof', { locations: [bahnhof] });
    app = renderApp(url, server, { locale });
    const ready = url === '/abfall/strasse' || !chosen ? 'input[type="search"]' : 'h2, table';
    await waitFor(() => expect(app?.container.querySelector(ready)).toBeTruthy());
    if (!chosen || url === '/abfall/strasse') {
      type(app.container.querySelector('input[type="search"]'), 'Bahnhof');
      await waitFor(() => expect(app?.container.querySelector('li button')).toBeTruthy());
    }
    expect(await axeViolations(app.container)).toEqual([]);
  });
});
