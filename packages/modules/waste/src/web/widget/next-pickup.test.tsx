// @vitest-environment happy-dom
import { addDaysToDate } from '@city-app/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  axeViolations,
  fakeServer,
  type Rendered,
  renderApp,
  text,
  waitFor,
} from '../../../test/web.js';
import type { PickupList } from '../../api/pickups.js';
import { today } from '../parts/days.js';
import { LOCATION_STORAGE_KEY } from '../parts/stored-location.js';

const day = today();
const location = {
  id: 3,
  kind: 'street' as const,
  name: 'Parkstraße',
  district: null,
  houseNumbers: null,
  label: 'Parkstraße',
};
const list: PickupList = {
  location,
  from: day,
  to: addDaysToDate(day, 400),
  pickups: [
    {
      date: addDaysToDate(day, 1),
      typeId: 'bioabfall',
      status: 'cancelled',
      plannedDate: null,
      reason: null,
      note: null,
    },
    {
      date: addDaysToDate(day, 2),
      typeId: 'papier',
      status: 'scheduled',
      plannedDate: null,
      reason: null,
      note: null,
    },
    {
      date: addDaysToDate(day, 5),
      typeId: 'restabfall',
      status: 'scheduled',
      plannedDate: null,
      reason: null,
      note: null,
    },
    {
      date: addDaysToDate(day, 9),
      typeId: 'gelbe-tonne',
      status: 'scheduled',
      plannedDate: null,
      reason: null,
      note: null,
    },
  ],
};

let app: Rendered | undefined;
let server: ReturnType<typeof fakeServer>;
beforeEach(() => {
  localStorage.clear();
  server = fakeServer();
  server.answer(`GET /api/waste/locations/${location.id}/pickups`, list);
});
afterEach(() => {
  app?.unmount();
  app = undefined;
});

const card = () => {
  const found = [...(app?.container.querySelectorAll('.city-card') ?? [])].find((c) =>
    c.textContent?.includes('Abfallkalender'),
  );
  expect(found).toBeTruthy();
  return found as Element;
};

describe('the home widget "Nächste Abholung"', () => {
  it('invites to choose the street when none is chosen, without asking the server', async () => {
    app = renderApp('/', server);
    await waitFor(() => expect(text(card())).toContain('Wählen Sie Ihre Straße'));
    expect(card().querySelector('a[href="/abfall/strasse"]')).toBeTruthy();
    expect(server.requests.some((r) => r.path.includes('/pickups'))).toBe(false);
    expect(await axeViolations(card())).toEqual([]);
  });

  it('shows the next two pickups at the chosen street, skipping cancelled ones', async () => {
    localStorage.setItem(LOCATION_STORAGE_KEY, JSON.stringify(location));
    app = renderApp('/', server);
    await waitFor(() => expect(text(card())).toContain('Papier/Pappe'));
    // The card says what it shows; its link still names the module.
    expect(text(card().querySelector('h2, h3') as Element)).toBe('Nächste Abholung');
    const items = [...card().querySelectorAll('li')].map(text);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('Papier/Pappe');
    expect(items[0]).toContain('in 2 Tagen');
    expect(items[1]).toContain('Restabfall');
    expect(text(card())).not.toContain('Bioabfall');
    expect(await axeViolations(card())).toEqual([]);
  });
});
