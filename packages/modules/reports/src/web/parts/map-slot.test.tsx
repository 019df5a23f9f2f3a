// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { categories, publicReport } from '../../../test/fixtures.js';
import {
  axeViolations,
  type FakeApi,
  fakeApi,
  fakePush,
  press,
  type Rendered,
  renderApp,
  text,
  waitFor,
} from '../../../test/resident-web.js';
import { NewReportView } from '../screens/new-report.js';
import { StartView } from '../screens/start.js';
import type { ListMapProps, WhereMapProps } from './map-slot.js';

/** A stand-in map: says what it shows, and picks the market square on a click. */
function WhereMap({ point, onPick }: WhereMapProps) {
  return (
    <>
      <p>{point ? `Pin ${point.lat} ${point.lon}` : 'Kein Pin'}</p>
      <button type="button" onClick={() => onPick({ lat: 53.4293, lon: 11.1873 })}>
        Pin auf den Markt
      </button>
    </>
  );
}
function ListMap({ reports }: ListMapProps) {
  return <p>{`${reports.length} Pins`}</p>;
}

let server: FakeApi;
let app: Rendered | undefined;
beforeEach(() => {
  server = fakeApi();
  server.answer('GET /api/reports/categories', categories);
});
afterEach(() => {
  app?.unmount();
  app = undefined;
});

const slot = () => app?.container.querySelector('[data-reports-map]');

describe('the place for a map', () => {
  it('is left out while no map is handed in', async () => {
    app = renderApp('/maengelmelder/melden', server, fakePush());
    await waitFor(() => expect(app?.container.querySelector('#reports-address')).not.toBeNull());
    expect(slot()).toBeNull();
  });

  it('beside "where": the map gets the point and its pick is the report’s place', async () => {
    server.answer(
      'POST /api/reports',
      { publicId: '2026-00044', status: 'new', moderation: 'pending' },
      201,
    );
    app = renderApp('/maengelmelder/melden', server, fakePush(), 'de', {
      melden: () => <NewReportView WhereMap={WhereMap} />,
    });
    await waitFor(() => expect(text(slot())).toContain('Kein Pin'));
    expect(slot()?.getAttribute('aria-label')).toBe('Karte');
    press([...(slot()?.querySelectorAll('button') ?? [])][0]);
    await waitFor(() => expect(text(slot())).toContain('Pin 53.4293 11.1873'));
    // Said in words beside the map, without an accuracy a pin does not have.
    expect(text(app.container)).toContain('Ort übernommen: 53,42930, 11,18730.');
    expect(await axeViolations(app.container)).toEqual([]);
    press(app.container.querySelector('#reports-category-muell'));
    press(
      [...app.container.querySelectorAll('button')].find((b) => text(b) === 'Meldung absenden'),
    );
    await waitFor(() => expect(text(app?.container)).toContain('2026-00044'));
    expect(server.sent.find((r) => r.method === 'POST')?.body).toEqual({
      category: 'muell',
      location: { lat: 53.4293, lon: 11.1873 },
      language: 'de',
    });
  });

  it('beside the list: the map gets the reports the list shows', async () => {
    server.answer('GET /api/reports?page=1&pageSize=20', {
      items: [publicReport(), publicReport({ publicId: '2026-00041' })],
      page: 1,
      pageSize: 20,
      total: 2,
    });
    app = renderApp('/maengelmelder', server, fakePush(), 'de', {
      '': () => <StartView ListMap={ListMap} />,
    });
    await waitFor(() => expect(text(slot())).toBe('2 Pins'));
    expect(
      app.container.querySelectorAll('section[aria-labelledby="reports-list"] li'),
    ).toHaveLength(2);
  });
});
