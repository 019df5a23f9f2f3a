// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { categories, deviceReport, reportDetail } from '../../../test/fixtures.js';
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
  waitFor,
} from '../../../test/resident-web.js';

const REPORT = '/api/reports/2026-00042';
const FOLLOWER = `${REPORT}/followers/${DEVICE}`;
const following = { items: [deviceReport()] };

let server: FakeApi;
let app: Rendered | undefined;
beforeEach(() => {
  server = fakeApi();
  server.answer('GET /api/reports/categories', categories);
  server.answer(`GET ${REPORT}`, reportDetail());
});
afterEach(() => {
  app?.unmount();
  app = undefined;
});

const $ = (selector: string) => app?.container.querySelector(selector) ?? null;
const button = (name: string) =>
  [...(app?.container.querySelectorAll('button') ?? [])].find((b) => text(b) === name);
const facts = () => [...(app?.container.querySelectorAll('dd') ?? [])].map(text);

describe('/maengelmelder/:id', () => {
  it('shows category, status, place, words and the public history in order, and follows on this device', async () => {
    server.answer(`PUT ${FOLLOWER}`, null, 204);
    const push = fakePush();
    app = renderApp('/maengelmelder/2026-00042', server, push);
    await waitFor(() => expect(facts()).toHaveLength(4));
    expect(text($('h1'))).toContain('Meldung 2026-00042');
    expect(facts()).toEqual([
      'Straßenschaden',
      'In Bearbeitung',
      'Lange Straße 28',
      '30. November 2026',
    ]);
    expect($('dd svg[aria-hidden="true"]')).not.toBeNull();
    expect(text($('section[aria-labelledby="reports-description"]'))).toContain(
      'Tiefes Schlagloch vor der Apotheke.',
    );
    const history = [...(app.container.querySelectorAll('ol > li') ?? [])].map(text);
    expect(history).toHaveLength(2);
    expect(history[0]).toMatch(/^30\. November 2026 um 10:15: Neu$/);
    expect(history[1]).toContain('In Bearbeitung');
    expect(history[1]).toContain('Der Bauhof repariert es diese Woche.');
    // No photo released: none shown.
    expect($('img')).toBeNull();
    expect(await axeViolations(app.container)).toEqual([]);

    server.answer(`GET /api/reports/installations/${DEVICE}`, following);
    press(button('Verfolgen'));
    await waitFor(() => expect(button('Nicht mehr verfolgen')).toBeDefined());
    expect(push.calls).toEqual(['enable']);
    expect(server.sent.filter((r) => r.method === 'PUT').map((r) => r.path)).toEqual([FOLLOWER]);
    expect(text(app.container)).toContain('Sie verfolgen jetzt die Meldung 2026-00042');
    expect(await axeViolations(app.container)).toEqual([]);
  });

  it('stops following on a device that follows it', async () => {
    server.answer(`GET /api/reports/installations/${DEVICE}`, following);
    server.answer(`DELETE ${FOLLOWER}`, null, 204);
    app = renderApp(
      '/maengelmelder/2026-00042',
      server,
      fakePush({ installationId: DEVICE, subscribed: true }),
    );
    await waitFor(() => expect(button('Nicht mehr verfolgen')).toBeDefined());
    expect(text(app.container)).toContain('Dieses Gerät verfolgt die Meldung 2026-00042.');
    press(button('Nicht mehr verfolgen'));
    await waitFor(() => expect(button('Verfolgen')).toBeDefined());
    expect(server.sent.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([FOLLOWER]);
    expect(text(app.container)).toContain('Sie verfolgen die Meldung 2026-00042 nicht mehr.');
  });

  it('says so when push cannot be switched on, in the page’s words', async () => {
    const push = fakePush();
    push.problem = Object.assign(new Error('blocked'), { code: 'denied' });
    app = renderApp('/maengelmelder/2026-00042', server, push);
    await waitFor(() => expect(button('Verfolgen')).toBeDefined());
    press(button('Verfolgen'));
    // Not a notify error: the generic sentence, never the browser's words.
    await waitFor(() =>
      expect(text($('[role="alert"]'))).toContain(
        'Die Benachrichtigungen konnten nicht eingeschaltet werden.',
      ),
    );
    expect(server.sent.some((r) => r.method === 'PUT')).toBe(false);
  });

  it('in English: a merged, closed report points to the other, with its released photo', async () => {
    server.answer(
      `GET ${REPORT}`,
      reportDetail({
        status: 'closed',
        closingReason: 'duplicate',
        mergedInto: '2026-00040',
        photo: '/api/reports/2026-00042/photo',
        history: [
          { status: 'new', closingReason: null, note: null, at: '2026-11-30T09:15:00.000Z' },
          {
            status: 'closed',
            closingReason: 'duplicate',
            note: null,
            at: '2026-12-01T10:00:00.000Z',
          },
        ],
      }),
    );
    app = renderApp('/maengelmelder/2026-00042', server, fakePush(), 'en');
    await waitFor(() => expect(facts()).toHaveLength(4));
    expect(facts()[1]).toBe('Closed: Already reported');
    const merged = [...app.container.querySelectorAll('a')].find(
      (a) => text(a) === 'To report 2026-00040',
    );
    expect(merged?.getAttribute('href')).toBe('/maengelmelder/2026-00040');
    expect($('img')?.getAttribute('alt')).toBe('Photo of report 2026-00042: Road damage');
    expect($('img')?.getAttribute('src')).toBe('/api/reports/2026-00042/photo');
    expect(text(app.container)).not.toMatch(/Meldung|Geschlossen/);
    expect(await axeViolations(app.container)).toEqual([]);
  });

  it('says a report is not public yet rather than failing', async () => {
    app = renderApp('/maengelmelder/2026-00099', server, fakePush());
    await waitFor(() =>
      expect(text(app?.container)).toContain('noch nicht öffentlich: Meldungen erscheinen erst'),
    );
    expect(await axeViolations(app.container)).toEqual([]);
  });
});
