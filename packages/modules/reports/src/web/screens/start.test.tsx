// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { categories, deviceReport, publicReport } from '../../../test/fixtures.js';
import {
  axeViolations,
  DEVICE,
  type FakeApi,
  fakeApi,
  fakePush,
  press,
  type Rendered,
  renderApp,
  text,
  type,
  waitFor,
} from '../../../test/resident-web.js';

const FIRST_PAGE = '/api/reports?page=1&pageSize=20';
const fixed = publicReport({
  publicId: '2026-00017',
  category: 'beleuchtung',
  status: 'closed',
  closingReason: 'not_responsible',
  address: null,
  location: { lat: 53.43, lon: 11.19 },
  reportedAt: '2026-10-02T08:00:00.000Z',
});

let server: FakeApi;
let app: Rendered | undefined;
beforeEach(() => {
  server = fakeApi();
  server.answer('GET /api/reports/categories', categories);
  server.answer(`GET ${FIRST_PAGE}`, {
    items: [publicReport(), fixed],
    page: 1,
    pageSize: 20,
    total: 2,
  });
});
afterEach(() => {
  app?.unmount();
  app = undefined;
});

const entries = () => [
  ...(app?.container.querySelectorAll('section[aria-labelledby="reports-list"] li') ?? []),
];
const mine = () => [
  ...(app?.container.querySelectorAll('section[aria-labelledby="reports-mine"] li') ?? []),
];
const link = (name: string) =>
  [...(app?.container.querySelectorAll('a') ?? [])].find((a) => text(a) === name);

describe('/maengelmelder', () => {
  it('starts with "Mangel melden" and lists reviewed reports with icon, words, status, day and place', async () => {
    app = renderApp('/maengelmelder', server, fakePush());
    await waitFor(() => expect(entries()).toHaveLength(2));
    expect(link('Mangel melden')?.getAttribute('href')).toBe('/maengelmelder/melden');
    const [pothole, lamp] = entries();
    expect(pothole?.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    expect(text(pothole?.querySelector('a'))).toBe('Straßenschaden: Lange Straße 28');
    expect(pothole?.querySelector('a')?.getAttribute('href')).toBe('/maengelmelder/2026-00042');
    expect(text(pothole)).toContain('In Bearbeitung · Gemeldet am 30. November 2026');
    expect(text(lamp)).toContain('Straßenbeleuchtung: Punkt 53,43000, 11,19000');
    expect(text(lamp)).toContain('Geschlossen: Die Stadt ist nicht zuständig');
    expect(text(app.container)).toContain('2 Meldungen');
    // A device that never followed anything has no "Meine Meldungen".
    expect(app.container.querySelector('#reports-mine')).toBeNull();
    expect(await axeViolations(app.container)).toEqual([]);
  });

  it('filters by status and category and pages through, all in the address', async () => {
    server.answer('GET /api/reports?status=fixed&category=muell&page=2&pageSize=20', {
      items: [publicReport({ category: 'muell', status: 'fixed' })],
      page: 2,
      pageSize: 20,
      total: 45,
    });
    app = renderApp('/maengelmelder', server, fakePush());
    await waitFor(() => expect(entries()).toHaveLength(2));
    type(app.container.querySelector('#reports-filter-status'), 'fixed');
    type(app.container.querySelector('#reports-filter-category'), 'muell');
    const apply = [...app.container.querySelectorAll('button')].find((b) => text(b) === 'Anzeigen');
    press(apply);
    await waitFor(() => expect(window.location.search).toBe('?status=fixed&kategorie=muell'));
    await waitFor(() =>
      expect(server.sent.map((r) => r.path)).toContain(
        '/api/reports?status=fixed&category=muell&page=1&pageSize=20',
      ),
    );
    app.unmount();
    app = renderApp('/maengelmelder?status=fixed&kategorie=muell&seite=2', server, fakePush());
    await waitFor(() => expect(text(app?.container)).toContain('Seite 2 von 3'));
    expect(link('Vorherige Seite')?.getAttribute('href')).toBe(
      '/maengelmelder?status=fixed&kategorie=muell',
    );
    expect(link('Nächste Seite')?.getAttribute('href')).toBe(
      '/maengelmelder?status=fixed&kategorie=muell&seite=3',
    );
    expect(text(entries()[0])).toContain('Müll');
    expect(text(entries()[0])).toContain('Erledigt');
  });

  it('shows "Meine Meldungen": sent ones while waiting for review without a link, followed ones linked', async () => {
    server.answer(`GET /api/reports/installations/${DEVICE}`, {
      items: [
        deviceReport({
          publicId: '2026-00050',
          category: 'spielplatz',
          status: 'new',
          moderation: 'pending',
          relation: 'reporter',
          reportedAt: '2026-12-05T08:00:00.000Z',
        }),
        deviceReport(),
      ],
    });
    app = renderApp('/maengelmelder', server, fakePush({ installationId: DEVICE }));
    await waitFor(() => expect(mine()).toHaveLength(2));
    const [sent, followed] = mine();
    expect(sent?.querySelector('a')).toBeNull();
    expect(text(sent)).toContain('Meldung 2026-00050');
    expect(text(sent)).toContain('Spielplatz · Neu (wartet auf Prüfung)');
    expect(text(sent)).toContain('von Ihnen gemeldet');
    expect(followed?.querySelector('a')?.getAttribute('href')).toBe('/maengelmelder/2026-00042');
    expect(text(followed)).toContain('verfolgt');
    expect(await axeViolations(app.container)).toEqual([]);
  });

  it('speaks English in the English app', async () => {
    app = renderApp('/maengelmelder', server, fakePush(), 'en');
    await waitFor(() => expect(entries()).toHaveLength(2));
    expect(link('Report a defect')).toBeDefined();
    expect(text(entries()[0]?.querySelector('a'))).toBe('Road damage: Lange Straße 28');
    expect(text(entries()[0])).toContain('In progress · Reported on 30 November 2026');
    expect(text(entries()[1])).toContain('Closed: The town is not responsible');
    expect(text(app.container)).not.toContain('Gemeldet');
    expect(await axeViolations(app.container)).toEqual([]);
  });
});
