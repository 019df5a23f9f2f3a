// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { categories, deviceReport } from '../../../test/fixtures.js';
import {
  axeViolations,
  DEVICE,
  type FakeApi,
  fakeApi,
  fakePush,
  press,
  type Rendered,
  renderApp,
  type SentRequest,
  text,
  type,
  waitFor,
} from '../../../test/resident-web.js';

let server: FakeApi;
let app: Rendered | undefined;
beforeEach(() => {
  server = fakeApi();
  server.answer('GET /api/reports/categories', categories);
  server.answer(
    'POST /api/reports',
    { publicId: '2026-00043', status: 'new', moderation: 'pending' },
    201,
  );
});
afterEach(() => {
  app?.unmount();
  app = undefined;
  Reflect.deleteProperty(navigator, 'geolocation');
});

const $ = <E extends Element = HTMLElement>(selector: string) =>
  app?.container.querySelector<E>(selector) ?? null;
const button = (name: string) =>
  [...(app?.container.querySelectorAll('button') ?? [])].find((b) => text(b) === name);
const posts = () => server.sent.filter((r: SentRequest) => r.method === 'POST');

async function openForm(locale: 'de' | 'en' = 'de', push = fakePush()) {
  app = renderApp('/maengelmelder/melden', server, push, locale);
  await waitFor(() => expect($('#reports-category-strasse')).not.toBeNull());
}

/** The device's position, as the browser would give it after the resident allowed it. */
function deviceAt(lat: number, lon: number) {
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: {
      getCurrentPosition: (ok: PositionCallback) =>
        ok({ coords: { latitude: lat, longitude: lon, accuracy: 12 } } as GeolocationPosition),
    },
  });
}

describe('/maengelmelder/melden', () => {
  it('reports by address with the keyboard alone, then shows the number and what happens next', async () => {
    await openForm();
    const radio = $('#reports-category-strasse');
    // Each category is a labelled radio with its icon beside its words.
    expect(text(radio?.closest('.city-checkbox'))).toBe('Straßenschaden');
    expect(radio?.closest('.city-checkbox')?.querySelector('svg')).not.toBeNull();
    expect(await axeViolations(app?.container as HTMLElement)).toEqual([]);
    press(radio);
    type($('#reports-address'), 'Lange Straße 28');
    type($('#reports-description'), 'Tiefes Schlagloch vor der Apotheke.');
    type($('#reports-email'), 'anna@example.org');
    press(button('Meldung absenden'));
    await waitFor(() => expect(text($('h2[tabindex="-1"]'))).toBe('Danke für Ihre Meldung'));
    const [post] = posts();
    expect(post?.path).toBe('/api/reports');
    expect(post?.body).toEqual({
      category: 'strasse',
      address: 'Lange Straße 28',
      description: 'Tiefes Schlagloch vor der Apotheke.',
      email: 'anna@example.org',
      language: 'de',
    });
    expect(post?.headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(document.activeElement).toBe($('h2[tabindex="-1"]'));
    const page = text(app?.container);
    expect(page).toContain('Ihre Meldung hat die Nummer 2026-00043.');
    expect(page).toContain('Die Stadtverwaltung prüft die Meldung.');
    expect(page).toContain('per E-Mail an anna@example.org');
    // Not followed on this device yet: it can.
    expect(button('Verfolgen')).toBeDefined();
    expect(await axeViolations(app?.container as HTMLElement)).toEqual([]);
  });

  it('says what is missing before sending, in a summary that takes focus', async () => {
    await openForm();
    press(button('Meldung absenden'));
    await waitFor(() => expect(document.activeElement?.className).toBe('city-error-summary'));
    const links = [...(document.activeElement?.querySelectorAll('a') ?? [])];
    expect(links.map(text)).toEqual([
      'Wählen Sie aus, was kaputt ist.',
      'Geben Sie eine Adresse ein oder nutzen Sie Ihren Standort.',
    ]);
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '#reports-category-strasse',
      '#reports-address',
    ]);
    expect(posts()).toHaveLength(0);
    expect(await axeViolations(app?.container as HTMLElement)).toEqual([]);
  });

  it('shows a refusal at the field the server names, with focus there', async () => {
    server.answer(
      'POST /api/reports',
      {
        code: 'reports_place_missing',
        message: 'Die Meldung braucht einen Ort: einen Punkt auf der Karte oder eine Adresse.',
        field: 'location',
      },
      400,
    );
    await openForm();
    press($('#reports-category-muell'));
    type($('#reports-address'), 'Am Markt');
    press(button('Meldung absenden'));
    await waitFor(() => expect(document.activeElement?.id).toBe('reports-address'));
    expect(text($('#reports-address')?.closest('.city-field'))).toContain(
      'Die Meldung braucht einen Ort',
    );
    expect($('#reports-address')?.getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(app?.container as HTMLElement)).toEqual([]);
  });

  it('in English: a device the server does not know is named at the notification choice', async () => {
    server.answer(
      'POST /api/reports',
      {
        code: 'reports_no_installation',
        message:
          'This device is not signed up for notifications; it cannot receive news of the report.',
        field: 'installationId',
      },
      409,
    );
    const push = fakePush({ installationId: DEVICE, subscribed: true });
    await openForm('en', push);
    // A device that receives notifications already has the choice ticked.
    await waitFor(() => expect($<HTMLInputElement>('#reports-push')?.checked).toBe(true));
    expect(text($('#reports-push')?.closest('.city-checkbox'))).toContain(
      'This device receives notifications',
    );
    press($('#reports-category-gruen'));
    type($('#reports-address'), 'Stadtpark');
    press(button('Send report'));
    await waitFor(() => expect(document.activeElement?.id).toBe('reports-push'));
    expect(posts()[0]?.body).toMatchObject({ installationId: DEVICE, language: 'en' });
    expect(text($('#reports-push')?.closest('.city-checkbox'))).toContain(
      'This device is not signed up for notifications',
    );
    expect(text(app?.container)).not.toMatch(/Meldung|Gerät/);
    expect(await axeViolations(app?.container as HTMLElement)).toEqual([]);
  });

  it('sends a retry after a lost answer with the same Idempotency-Key, a changed report with a new one', async () => {
    await openForm();
    press($('#reports-category-strasse'));
    type($('#reports-address'), 'Lange Straße 28');
    server.offline = true;
    press(button('Meldung absenden'));
    // The client tries three times while no answer comes, then the resident sees why.
    await waitFor(() => expect(document.activeElement?.className).toBe('city-error-summary'), 6000);
    server.offline = false;
    press(button('Meldung absenden'));
    await waitFor(() => expect(text(app?.container)).toContain('2026-00043'));
    const keys = posts().map((post) => post.headers['Idempotency-Key']);
    expect(keys).toHaveLength(4);
    expect(new Set(keys).size).toBe(1);
    press(button('Noch einen Mangel melden'));
    press($('#reports-category-strasse'));
    type($('#reports-address'), 'Lange Straße 30');
    press(button('Meldung absenden'));
    await waitFor(() => expect(posts()).toHaveLength(5));
    expect(posts()[4]?.headers['Idempotency-Key']).not.toBe(keys[0]);
  });

  it('with my location, offers the open report nearby to follow instead of a duplicate', async () => {
    deviceAt(53.4284012, 11.1853);
    server.answer('GET /api/reports/nearby?category=strasse&lat=53.4284012&lon=11.1853', {
      items: [
        {
          publicId: '2026-00042',
          category: 'strasse',
          status: 'confirmed',
          distanceMeters: 23,
          description: 'Tiefes Schlagloch vor der Apotheke.',
          reportedAt: '2026-11-30T09:15:00.000Z',
        },
      ],
    });
    server.answer(`PUT /api/reports/2026-00042/followers/${DEVICE}`, null, 204);
    // What the device follows, once it does.
    server.answer(`GET /api/reports/installations/${DEVICE}`, {
      items: [deviceReport({ status: 'confirmed' })],
    });
    const push = fakePush();
    await openForm('de', push);
    press(button('Meinen Standort verwenden'));
    await waitFor(() =>
      expect(text(app?.container)).toContain('Standort übernommen: 53,42840, 11,18530'),
    );
    // No category yet: nothing to compare.
    expect($('#reports-nearby')).toBeNull();
    press($('#reports-category-strasse'));
    await waitFor(() => expect(text($('#reports-nearby'))).toBe('Schon gemeldet?'));
    const hint = $('section[aria-labelledby="reports-nearby"]');
    expect(text(hint)).toContain('Bestätigt · etwa 23 m entfernt');
    expect(text(hint)).toContain('Tiefes Schlagloch vor der Apotheke.');
    expect(await axeViolations(app?.container as HTMLElement)).toEqual([]);
    press(button('Meldung 2026-00042 verfolgen'));
    await waitFor(() =>
      expect(text(hint)).toContain('Dieses Gerät verfolgt die Meldung 2026-00042.'),
    );
    expect(push.calls).toEqual(['enable']);
    expect(server.sent.some((r) => r.method === 'PUT')).toBe(true);
    // Something else after all: the report still goes, with the point.
    press(button('Meldung absenden'));
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0]?.body).toMatchObject({ location: { lat: 53.4284012, lon: 11.1853 } });
  });

  it('refuses a photo the server would not take before sending, and sends a PNG as base64', async () => {
    await openForm();
    const input = $<HTMLInputElement>('#reports-photo');
    const pick = async (file: File) => {
      Object.defineProperty(input, 'files', { configurable: true, value: [file] });
      // The file is read on its own time.
      await act(async () => {
        input?.dispatchEvent(new Event('change', { bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 20));
      });
    };
    await pick(new File(['GIF89a'], 'bild.gif', { type: 'image/gif' }));
    press($('#reports-category-spielplatz'));
    type($('#reports-address'), 'Spielplatz am Stadtpark');
    await waitFor(() => {
      press(button('Meldung absenden'));
      expect(text(document.activeElement)).toContain('JPEG-, PNG- oder WebP-Bild');
    });
    expect(posts()).toHaveLength(0);
    await pick(
      new File([new Uint8Array([137, 80, 78, 71])], 'schaukel.png', { type: 'image/png' }),
    );
    await waitFor(() => {
      press(button('Meldung absenden'));
      expect(posts()).toHaveLength(1);
    });
    expect(posts()[0]?.body).toMatchObject({ photo: 'iVBORw==' });
  });
});
