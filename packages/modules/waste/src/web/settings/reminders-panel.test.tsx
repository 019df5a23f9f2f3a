// @vitest-environment happy-dom
import { PushClientError, type PushSupport } from '@city-app/notify/browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  axeViolations,
  click,
  fakeServer,
  moduleShowing,
  type Rendered,
  renderApp,
  text,
  type,
  waitFor,
} from '../../../test/web.js';
import type { FollowState } from '../../api/follow.js';
import { LOCATION_STORAGE_KEY } from '../parts/stored-location.js';
import type { PushAccess, PushState } from './push-access.js';
import { RemindersPanel } from './reminders-panel.js';

const DEVICE = '5b0c6f0e-2a1d-4c4e-9f60-3f1b8f5f4a11';
const location = {
  id: 12,
  kind: 'street' as const,
  name: 'Steegener Chaussee',
  district: null,
  houseNumbers: null,
  label: 'Steegener Chaussee',
};

/** A device whose push helpers answer as the test says; records whether it was asked to enable. */
function fakePush(options: {
  support?: PushSupport;
  state?: PushState;
  enable?: () => Promise<string>;
}): PushAccess & { enabled: number } {
  const push = {
    enabled: 0,
    support: () => options.support ?? 'supported',
    state: async () =>
      options.state ?? { installationId: null, subscribed: false, preferences: null },
    enable: async () => {
      push.enabled++;
      return (options.enable ?? (async () => DEVICE))();
    },
  };
  return push;
}

let app: Rendered | undefined;
let server: ReturnType<typeof fakeServer>;
beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(LOCATION_STORAGE_KEY, JSON.stringify(location));
  server = fakeServer();
});
afterEach(() => {
  app?.unmount();
  app = undefined;
});

function show(push: PushAccess, locale: 'de' | 'en' = 'de') {
  app = renderApp('/abfall/test', server, {
    locale,
    module: moduleShowing(() => <RemindersPanel push={push} />),
  });
  return app;
}
const body = () => text(app?.container as HTMLElement);
const checkbox = (id: string) => app?.container.querySelector(`#${id}`) as HTMLInputElement | null;
const button = (label: string) =>
  [...(app?.container.querySelectorAll('button') ?? [])].find((b) => b.textContent === label);

describe('the reminder settings', () => {
  it('saves the ticked types with the town’s suggested times, turning push on first', async () => {
    server.answer(`PUT /api/waste/follows/${DEVICE}`, (sent: unknown) => sent);
    const push = fakePush({});
    show(push);
    await waitFor(() => expect(checkbox('waste-evening-restabfall-on')).toBeTruthy());
    expect(body()).toContain('Steegener Chaussee');
    // Every type is a group named by the type, each choice labelled.
    const legends = [...(app?.container.querySelectorAll('legend') ?? [])].map(text);
    expect(legends).toContain('Restabfall');
    click(checkbox('waste-evening-restabfall-on'));
    const time = app?.container.querySelector('#waste-evening-restabfall') as HTMLInputElement;
    expect(time.value).toBe('18:00');
    expect(app?.container.querySelector(`label[for="${time.id}"]`)?.textContent).toContain(
      'Uhrzeit am Vorabend',
    );
    click(checkbox('waste-morning-papier-on'));
    type(app?.container.querySelector('#waste-morning-papier'), '05:30');
    expect(await axeViolations(app?.container as HTMLElement)).toEqual([]);
    click(button('Erinnerungen speichern'));
    await waitFor(() => expect(body()).toContain('Ihre Erinnerungen sind gespeichert.'));
    expect(push.enabled).toBe(1);
    const put = server.requests.find((r) => r.method === 'PUT');
    expect(put?.path).toBe(`/api/waste/follows/${DEVICE}`);
    expect(put?.body).toEqual({
      locationId: 12,
      types: [
        { typeId: 'restabfall', evening: '18:00', morning: null },
        { typeId: 'papier', evening: null, morning: '05:30' },
      ],
      language: 'de',
    });
  });

  it('explains in words of its own when the resident blocks notifications, and saves nothing', async () => {
    const push = fakePush({
      enable: () => Promise.reject(new PushClientError('denied', 'NotAllowedError: denied')),
    });
    show(push);
    await waitFor(() => expect(checkbox('waste-evening-restabfall-on')).toBeTruthy());
    click(checkbox('waste-evening-restabfall-on'));
    click(button('Erinnerungen speichern'));
    await waitFor(() =>
      expect(body()).toContain('Benachrichtigungen sind für diese Seite blockiert'),
    );
    expect(body()).not.toContain('NotAllowedError');
    expect(server.requests.some((r) => r.method === 'PUT')).toBe(false);
  });

  it('says why reminders cannot be had where push is blocked or missing, in English too', async () => {
    show(fakePush({ support: 'needs-install' }), 'en');
    await waitFor(() => expect(body()).toContain('Add to Home Screen'));
    expect(button('Save reminders')).toBeUndefined();
    expect(await axeViolations(app?.container as HTMLElement)).toEqual([]);
    // The calendar subscription still works there.
    expect(app?.container.querySelector('a[href*="calendar.ics?lang=en"]')).toBeTruthy();
  });

  it('refuses a reminder without a time, naming the field', async () => {
    show(fakePush({}));
    await waitFor(() => expect(checkbox('waste-evening-restabfall-on')).toBeTruthy());
    click(checkbox('waste-evening-restabfall-on'));
    type(app?.container.querySelector('#waste-evening-restabfall'), '');
    click(button('Erinnerungen speichern'));
    await waitFor(() => expect(body()).toContain('Bitte geben Sie eine Uhrzeit wie 18:00 ein.'));
    expect(await axeViolations(app?.container as HTMLElement)).toEqual([]);
    expect(server.requests.some((r) => r.method === 'PUT')).toBe(false);
  });

  it('shows what the server keeps for this device, and turns it off', async () => {
    const kept: FollowState = {
      locationId: 12,
      types: [{ typeId: 'bioabfall', evening: '19:30', morning: null }],
    };
    server.answer(`GET /api/waste/follows/${DEVICE}`, kept);
    server.answer(`DELETE /api/waste/follows/${DEVICE}`, {});
    show(
      fakePush({
        state: {
          installationId: DEVICE,
          subscribed: true,
          preferences: null,
        },
      }),
    );
    await waitFor(() => expect(checkbox('waste-evening-bioabfall-on')?.checked).toBe(true));
    expect(checkbox('waste-evening-bioabfall')?.value).toBe('19:30');
    click(button('Erinnerungen ausschalten'));
    await waitFor(() => expect(body()).toContain('Die Erinnerungen sind ausgeschaltet.'));
    expect(server.requests.some((r) => r.method === 'DELETE')).toBe(true);
    expect(checkbox('waste-evening-bioabfall-on')?.checked).toBe(false);
  });
});
